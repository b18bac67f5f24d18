#pragma once
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

}  // namespace plancheck
