// The steps every structured loader ends with (builders.h).
#include "checker/document/builders.h"
#include "checker/document/document_marks.h"
#include "checker/document/normalise.h"

namespace plancheck {

Block PlainBlock(Block::Kind kind, int line, const std::string& text, int page) {
  Block block;
  block.kind = kind;
  block.line = line;
  block.page = page;
  block.raw = text;
  block.text = text;
  block.text_to_raw.resize(text.size() + 1);
  for (std::size_t i = 0; i <= text.size(); ++i) {
    block.text_to_raw[i] = static_cast<std::uint32_t>(i);
  }
  NormaliseWithMap(block.text, block.norm, block.norm_to_text);
  return block;
}

void FinishDocument(Document& doc) {
  DocumentMarks marks = TakeDocumentMarks(doc.blocks);
  doc.outline = BuildOutline(doc.blocks);
  for (const Block& block : doc.blocks) {  // a table sits under the heading of its first cell
    if (block.table < 0) continue;
    Table& table = doc.tables[static_cast<std::size_t>(block.table)];
    if (table.heading < 0) table.heading = block.heading;
  }
  doc.metadata = ReadMetadata(doc);
  doc.metadata.issuer_mark = std::move(marks.issuer_mark);
  doc.metadata.imprint = std::move(marks.imprint);
}

}  // namespace plancheck
