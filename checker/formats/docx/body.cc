#include "checker/formats/docx/body.h"

#include <re2/re2.h>

#include <algorithm>
#include <functional>
#include <vector>

#include "checker/decode/utf8.h"
#include "checker/document/builders.h"
#include "checker/document/normalise.h"
#include "checker/document/table_grid.h"
#include "checker/formats/docx/text.h"

namespace plancheck::docx {
namespace {

// Word allows 63 grid columns; a span or offset far beyond that is damage, and bounding both keeps
// the running column from overflowing however many cells a row has.
constexpr int kMaxGridSpan = 1024;
constexpr int kMaxGridColumn = 1 << 20;

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Calls `visit` for every element of a block-level container, looking through the wrappers
// Word puts around paragraphs, rows and cells (content controls, custom XML).
void ForEachElement(const WordNames& w, pugi::xml_node container,
                    const std::function<void(pugi::xml_node)>& visit, int depth = 0) {
  const Nesting nesting(depth);
  for (const pugi::xml_node child : container.children()) {
    const std::string_view name = w.Local(child);
    if (name == "sdt") {
      ForEachElement(w, w.Child(child, "sdtContent"), visit, depth);
    } else if (name == "customXml") {
      ForEachElement(w, child, visit, depth);
    } else if (name.empty() && LocalName(child) == "AlternateContent") {
      for (const pugi::xml_node choice : child.children()) {  // read one of the alternatives
        if (LocalName(choice) != "Choice" && LocalName(choice) != "Fallback") continue;
        ForEachElement(w, choice, visit, depth);
        break;
      }
    } else if (!name.empty()) {
      visit(child);
    }
  }
}

using RawCell = GridCell;
using RawRow = GridRow;

class BodyReader {
 public:
  BodyReader(const BodyContext& context, Document& doc) : c_(context), w_(context.w), doc_(doc) {}

  void Container(pugi::xml_node node);
  int paragraphs() const { return line_; }

 private:
  struct CellSlot {  // where a cell's paragraphs sit: table, w:tr and cell index in the row
    int table = -1;
    int row = -1;
    int cell = -1;
  };

  std::string Paragraph(pugi::xml_node p, const CellSlot* cell);
  std::string Label(pugi::xml_node ppr, const std::string& style_id);
  void AddNotes(const std::vector<std::string>& ids,
                const std::map<std::string, std::string>& notes, std::string_view prefix);
  void Table(pugi::xml_node tbl, bool nested);
  RawRow Row(pugi::xml_node tr, int table, int row_index);
  RawCell CellContent(pugi::xml_node tc, CellSlot slot);
  void Anchors(const ParagraphText& content, std::size_t label, bool has_block);
  ParagraphSource Source(pugi::xml_node p, std::size_t label, const ParagraphText& content) const;

  const BodyContext& c_;
  const WordNames& w_;
  Document& doc_;
  std::vector<FieldFrame> fields_;  // complex fields may span paragraphs
  int line_ = 0;
  std::vector<std::string> recent_;   // body paragraphs since the last table, for its caption
  std::vector<std::string> waiting_;  // comments started in paragraphs with no block yet
  int depth_ = 0;                     // tables in tables, text boxes in text boxes (Nesting)
};

void BodyReader::Container(pugi::xml_node node) {
  const Nesting nesting(depth_);
  ForEachElement(w_, node, [this](pugi::xml_node child) {
    const std::string_view name = w_.Local(child);
    if (name == "p") {
      Paragraph(child, nullptr);
    } else if (name == "tbl") {
      Table(child, false);
    }
  });
}

std::string BodyReader::Label(pugi::xml_node ppr, const std::string& style_id) {
  const NumberingRef direct = ReadNumberingRef(w_, ppr);
  const NumberingRef inherited = c_.styles.Numbering(style_id);
  const std::string num_id = direct.num_id.value_or(inherited.num_id.value_or(""));
  if (num_id.empty() || num_id == "0") return "";
  int level = direct.level.value_or(inherited.level.value_or(-1));
  if (level < 0) level = std::max(0, c_.numbering.LevelOfStyle(num_id, style_id));
  return c_.numbering.Next(num_id, level);
}

std::string BodyReader::Paragraph(pugi::xml_node p, const CellSlot* cell) {
  ++line_;
  const pugi::xml_node ppr = w_.Child(p, "pPr");
  std::string style_id(w_.ChildVal(ppr, "pStyle"));
  if (style_id.empty()) style_id = c_.styles.default_paragraph();
  int outline_level = c_.styles.OutlineLevel(style_id);
  if (const pugi::xml_node lvl = w_.Child(ppr, "outlineLvl")) {
    const int value = ToInt(w_.Attr(lvl, "val"), 9);
    outline_level = value >= 0 && value < 9 ? value + 1 : 0;
  }
  const std::string label = Label(ppr, style_id);
  ParagraphText content(w_, fields_);
  content.Read(p);
  const std::string style = c_.styles.Name(style_id);
  // A table of contents repeats the headings: generated navigation, not content.
  const bool toc = Lower(style).starts_with("toc ");
  const std::string text = toc ? "" : label + content.text();
  if (!utf8::Trim(text).empty()) {
    Block block = PlainBlock(cell ? Block::Kind::kTableCell : Block::Kind::kParagraph, line_, text);
    block.style = style;
    block.outline_level = outline_level;
    if (cell != nullptr) {
      block.table = cell->table;
      block.docx_row = cell->row;
      block.docx_cell = cell->cell;
    }
    doc_.blocks.push_back(std::move(block));
  }
  Anchors(content, label.size(), !utf8::Trim(text).empty());
  if (c_.paragraphs != nullptr) (*c_.paragraphs)(Source(p, label.size(), content));
  AddNotes(content.footnotes(), c_.footnotes, "");
  AddNotes(content.endnotes(), c_.endnotes, "endnote ");
  if (cell == nullptr) recent_.emplace_back(utf8::Trim(text));
  for (const pugi::xml_node box : content.text_boxes()) Container(box);
  return text;
}

// The paragraph's source map in the block's offsets: the label comes first and has no XML.
ParagraphSource BodyReader::Source(pugi::xml_node p, std::size_t label,
                                   const ParagraphText& content) const {
  ParagraphSource source{line_, p, label, content.pieces(), content.marks()};
  for (TextPiece& piece : source.pieces) {
    piece.begin += label;
    piece.end += label;
  }
  for (CommentMark& mark : source.marks) mark.offset += label;
  return source;
}

void BodyReader::Anchors(const ParagraphText& content, std::size_t label, bool has_block) {
  if (c_.comments == nullptr) return;
  const std::size_t block = doc_.blocks.size() - (has_block ? 1 : 0);  // this one or the next
  if (has_block) {
    for (const std::string& id : waiting_) {
      CommentAnchor& anchor = (*c_.comments)[id];
      anchor.first_block = block;
      anchor.first_offset = 0;
    }
    waiting_.clear();
  }
  for (const CommentMark& mark : content.marks()) {
    CommentAnchor& anchor = (*c_.comments)[mark.id];
    if (mark.start && !anchor.started) {
      anchor.started = true;
      anchor.line = line_;
      anchor.first_block = block;
      anchor.first_offset = label + mark.offset;
      if (!has_block) waiting_.push_back(mark.id);
    } else if (!mark.start && !anchor.ended && (has_block || block > 0)) {
      anchor.ended = true;
      anchor.last_block = has_block ? block : block - 1;
      anchor.last_offset = has_block ? label + mark.offset : doc_.blocks[block - 1].text.size();
    }
  }
}

void BodyReader::AddNotes(const std::vector<std::string>& ids,
                          const std::map<std::string, std::string>& notes,
                          std::string_view prefix) {
  for (const std::string& id : ids) {
    const auto it = notes.find(id);
    if (it == notes.end() || it->second.empty()) continue;
    doc_.footnotes.push_back({std::string(prefix) + id, it->second, line_});
    doc_.blocks.push_back(PlainBlock(Block::Kind::kFootnote, line_, it->second));
  }
}

RawCell BodyReader::CellContent(pugi::xml_node tc, CellSlot slot) {
  RawCell cell;
  const pugi::xml_node tc_pr = w_.Child(tc, "tcPr");
  cell.span = std::clamp(ToInt(w_.ChildVal(tc_pr, "gridSpan"), 1), 1, kMaxGridSpan);
  if (const pugi::xml_node v_merge = w_.Child(tc_pr, "vMerge")) {
    cell.starts = w_.Attr(v_merge, "val") == "restart";
    cell.continues = !cell.starts;
  }
  cell.first_line = line_ + 1;
  ForEachElement(w_, tc, [&](pugi::xml_node child) {
    const std::string_view name = w_.Local(child);
    if (name == "p") {
      const std::string text(utf8::Trim(Paragraph(child, &slot)));
      if (!text.empty()) JoinSoft(cell.text, text);
    } else if (name == "tbl") {
      Table(child, true);
    }
  });
  cell.last_line = std::max(cell.first_line, line_);
  return cell;
}

RawRow BodyReader::Row(pugi::xml_node tr, int table, int row_index) {
  RawRow row;
  const pugi::xml_node tr_pr = w_.Child(tr, "trPr");
  row.header = w_.Flag(tr_pr, "tblHeader");
  int column = std::clamp(ToInt(w_.ChildVal(tr_pr, "gridBefore"), 0), 0, kMaxGridSpan);
  if (column > 0) {  // grid columns the row leaves out on the left: one empty cell keeps it aligned
    row.cells.push_back({.column = 0, .span = column, .first_line = line_ + 1, .last_line = line_});
  }
  ForEachElement(w_, tr, [&](pugi::xml_node tc) {
    if (!w_.Is(tc, "tc")) return;
    // The legacy horizontal merge (w:hMerge) continues the cell on its left.
    const bool joins =
        !row.cells.empty() && w_.ChildVal(w_.Child(tc, "tcPr"), "hMerge") == "continue";
    const int index = static_cast<int>(row.cells.size()) - (joins ? 1 : 0);
    RawCell cell = CellContent(tc, {table, row_index, index});
    cell.column = column;
    column = std::min(column + cell.span, kMaxGridColumn);
    if (joins) {
      RawCell& left = row.cells.back();
      left.span += cell.span;
      if (!cell.text.empty()) JoinSoft(left.text, cell.text);
      left.last_line = cell.last_line;
    } else {
      row.cells.push_back(std::move(cell));
    }
  });
  return row;
}

void BodyReader::Table(pugi::xml_node tbl, bool nested) {
  const Nesting nesting(depth_);
  const int index = static_cast<int>(doc_.tables.size());
  doc_.tables.emplace_back();
  doc_.tables.back().caption = nested ? "" : TableCaption(recent_);
  const int first_line = line_ + 1;
  std::vector<RawRow> raw;
  ForEachElement(w_, tbl, [&](pugi::xml_node tr) {
    if (w_.Is(tr, "tr")) raw.push_back(Row(tr, index, static_cast<int>(raw.size())));
  });
  // Nested tables were appended meanwhile: address this one by index, not by reference.
  plancheck::Table& table = doc_.tables[static_cast<std::size_t>(index)];
  LayGrid(raw, table);
  table.first_line = first_line;
  table.last_line = std::max(first_line, line_);
  if (!nested) recent_.clear();
}

void CollectParagraphs(const WordNames& w, pugi::xml_node node,
                       const std::function<void(pugi::xml_node)>& visit, int depth = 0) {
  const Nesting nesting(depth);
  ForEachElement(w, node, [&](pugi::xml_node child) {
    const std::string_view name = w.Local(child);
    if (name == "p") {
      visit(child);
    } else if (name == "tbl" || name == "tr" || name == "tc") {
      CollectParagraphs(w, child, visit, depth);
    }
  });
}

}  // namespace

int ReadBody(const BodyContext& context, pugi::xml_node body, Document& doc) {
  BodyReader reader(context, doc);
  reader.Container(body);
  return reader.paragraphs();
}

std::map<std::string, std::string> ReadNotes(const XmlPart& part, std::string_view element) {
  std::map<std::string, std::string> notes;
  const WordNames& w = part.w;
  for (const pugi::xml_node note : part.root().children()) {
    if (!w.Is(note, element)) continue;
    const std::string_view type = w.Attr(note, "type");
    if (!type.empty() && type != "normal") continue;  // separator, continuationSeparator…
    std::vector<FieldFrame> fields;
    std::string text;
    CollectParagraphs(w, note, [&](pugi::xml_node p) {
      ParagraphText content(w, fields);
      content.Read(p);
      const std::string_view trimmed = utf8::Trim(content.text());
      if (!trimmed.empty()) JoinSoft(text, trimmed);
    });
    notes.emplace(std::string(w.Attr(note, "id")), std::move(text));
  }
  return notes;
}

}  // namespace plancheck::docx
