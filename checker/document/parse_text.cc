#include <string_view>

#include "checker/decode/utf8.h"
#include "checker/document/artefacts.h"
#include "checker/document/builders.h"
#include "checker/document/document.h"
#include "checker/document/document_marks.h"
#include "checker/document/normalise.h"

namespace plancheck {
namespace {

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      if (start < text.size()) lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

Block MakeBlock(Block::Kind kind, int line, std::string_view raw, std::string text,
                std::vector<std::uint32_t> text_to_raw) {
  Block block;
  block.kind = kind;
  block.line = line;
  block.raw = std::string(raw);
  block.text = std::move(text);
  block.text_to_raw = std::move(text_to_raw);
  NormaliseWithMap(block.text, block.norm, block.norm_to_text);
  return block;
}

// A footnote body " [0: …]" becomes a block of its own on the same line.
Block FootnoteBlock(int line, std::string_view raw, std::pair<std::uint32_t, std::uint32_t> span) {
  std::vector<std::uint32_t> map;
  for (std::uint32_t i = span.first; i < span.second; ++i) map.push_back(i);
  map.push_back(span.second);
  return MakeBlock(Block::Kind::kFootnote, line, raw,
                   std::string(raw.substr(span.first, span.second - span.first)), std::move(map));
}

}  // namespace

Document ParseText(const std::string& path, const std::string& utf8_text,
                   const std::string& encoding) {
  Document doc;
  doc.path = path;
  doc.format = path.ends_with(".md") ? "md" : "txt";
  doc.encoding = encoding;
  const std::vector<std::string_view> lines = SplitLines(utf8_text);
  doc.line_count = static_cast<int>(lines.size());

  for (std::size_t i = 0; i < lines.size(); ++i) {
    const int line = static_cast<int>(i) + 1;
    CleanLine clean = StripArtefacts(lines[i], line);
    int markdown_level = 0;
    for (const Artefact& a : clean.artefacts) {
      if (a.kind == Artefact::Kind::kMarkdownHeading)
        markdown_level = static_cast<int>(a.text.size());
    }
    doc.artefacts.insert(doc.artefacts.end(), clean.artefacts.begin(), clean.artefacts.end());
    doc.footnotes.insert(doc.footnotes.end(), clean.footnotes.begin(), clean.footnotes.end());
    if (!utf8::Trim(clean.text).empty()) {
      doc.blocks.push_back(MakeBlock(Block::Kind::kParagraph, line, lines[i], std::move(clean.text),
                                     std::move(clean.text_to_raw)));
      doc.blocks.back().outline_level = markdown_level;
    }
    for (const auto& span : clean.footnote_spans) {
      doc.blocks.push_back(FootnoteBlock(line, lines[i], span));
    }
  }
  doc.tables = BuildTables(lines, doc.blocks);
  DocumentMarks marks = TakeDocumentMarks(doc.blocks);
  doc.outline = BuildOutline(doc.blocks);
  for (Table& table : doc.tables) {
    const Block* first = doc.BlockAtLine(table.first_line);
    if (first != nullptr) table.heading = first->heading;
  }
  doc.metadata = ReadMetadata(doc);
  doc.metadata.issuer_mark = std::move(marks.issuer_mark);
  doc.metadata.imprint = std::move(marks.imprint);
  return doc;
}

}  // namespace plancheck
