#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "checker/document/document.h"

namespace plancheck {

// The parse stage's steps, in the order ParseText runs them. Each reads what the one before built.

// Rebuilds flattened tables (TAB-led lines, rows split by blank lines). `lines` are the decoded
// lines (index 0 = line 1). Marks the blocks it takes as Block::Kind::kTableCell with their table.
std::vector<Table> BuildTables(const std::vector<std::string_view>& lines,
                               std::vector<Block>& blocks);

// Finds the numbered headings among the paragraph blocks, marks them kHeading, gives every block
// its innermost heading (Block::heading), and levels relative to the styles the plan uses.
Outline BuildOutline(std::vector<Block>& blocks);

// Title, region, level, period, kind, 发文字号, date.
Metadata ReadMetadata(const Document& doc);

// The structured loaders (docx, odt, html, pdf/ofd pages) build the same steps on top of what
// they read:

// A block whose text is its raw text (markup already read, no artefacts), with its NFKC view.
// `page` for fixed-layout formats.
Block PlainBlock(Block::Kind kind, int line, const std::string& text, int page = 0);

// Once blocks and tables are read: the outline, each table under the heading of its first cell,
// and the metadata.
void FinishDocument(Document& doc);

}  // namespace plancheck
