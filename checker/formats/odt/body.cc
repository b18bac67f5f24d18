#include "checker/formats/odt/body.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <string_view>
#include <vector>

#include "checker/decode/utf8.h"
#include "checker/document/builders.h"
#include "checker/document/normalise.h"
#include "checker/document/table_grid.h"
#include "checker/formats/odt/lists.h"
#include "checker/formats/odt/text.h"
#include "checker/formats/zip/xml.h"

namespace plancheck::odt {
namespace {

// Spans and repeats far beyond any plan's table are damage; the bounds keep the grid small.
constexpr int kMaxSpan = 1024;
constexpr int kMaxRepeat = 1024;
constexpr int kMaxGridColumn = 1 << 20;

int IntAttr(pugi::xml_node node, const char* name, int fallback) {
  const std::string_view text = node.attribute(name).value();
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() && end == text.data() + text.size() ? value : fallback;
}

bool IsParagraph(std::string_view name) { return name == "text:p" || name == "text:h"; }

// A vertical merge under way: a cell of an earlier row that covers this column in rows below.
struct Down {
  int rows_left = 0;
  int span = 1;
};

class BodyReader {
 public:
  BodyReader(const StyleSheet& styles, Document& doc) : styles_(styles), doc_(doc) {}

  struct CellSlot {  // where a cell's paragraphs sit: table, row and cell index in the row
    int table = -1;
    int row = -1;
    int cell = -1;
  };
  // Where paragraphs go besides the blocks: a table cell's slot and text.
  struct Sink {
    const CellSlot* cell = nullptr;
    std::string* text = nullptr;
  };
  struct ListLevel {  // the text:list being read
    int sequence = 0;
    std::string style;
    int level = 0;
  };

  void Container(pugi::xml_node node, const Sink& sink);
  int paragraphs() const { return line_; }

 private:
  void Element(pugi::xml_node child, const Sink& sink);
  void Paragraph(pugi::xml_node p, const Sink& sink, const std::string& label);
  std::string HeadingLabel(pugi::xml_node h);
  void List(pugi::xml_node list, const ListLevel* outer, const Sink& sink);
  void Item(pugi::xml_node item, const ListLevel& list, const Sink& sink);
  void AddNotes(const std::vector<NoteRef>& notes);
  void Table(pugi::xml_node table, bool nested);
  void Rows(pugi::xml_node group, bool header, int table, std::vector<GridRow>& rows);
  GridRow Row(pugi::xml_node tr, int table, int row_index);
  GridCell CellContent(pugi::xml_node tc, CellSlot slot);

  const StyleSheet& styles_;
  Document& doc_;
  ListNumbering numbering_;
  int line_ = 0;
  std::vector<std::string> recent_;  // body paragraphs since the last table, for its caption
  std::map<int, Down> down_;         // by grid column, of the table being read
  int depth_ = 0;                    // element nesting (Nesting)
};

void BodyReader::Container(pugi::xml_node node, const Sink& sink) {
  const Nesting nesting(depth_);
  for (const pugi::xml_node child : node.children()) Element(child, sink);
}

void BodyReader::Element(pugi::xml_node child, const Sink& sink) {
  const std::string_view name = child.name();
  if (name == "text:p") {
    Paragraph(child, sink, "");
  } else if (name == "text:h") {
    Paragraph(child, sink, HeadingLabel(child));
  } else if (name == "text:list") {
    List(child, nullptr, sink);
  } else if (name == "table:table") {
    Table(child, sink.cell != nullptr);
  } else if (name == "text:section" || name == "text:index-body") {
    Container(child, sink);
  }
  // text:table-of-content and the other indexes repeat the headings: generated navigation.
}

// A text:h outside lists takes the outline style's number, unless it is a list header.
std::string BodyReader::HeadingLabel(pugi::xml_node h) {
  if (std::string_view(h.attribute("text:is-list-header").value()) == "true") return "";
  const int level = std::clamp(IntAttr(h, "text:outline-level", 1), 1, kListLevels);
  return numbering_.Next(numbering_.outline(), styles_.Outline(), level - 1);
}

void BodyReader::Paragraph(pugi::xml_node p, const Sink& sink, const std::string& label) {
  ++line_;
  const std::string style_name = p.attribute("text:style-name").value();
  const bool heading = std::string_view(p.name()) == "text:h";
  const int outline_level = heading
                                ? std::clamp(IntAttr(p, "text:outline-level", 1), 1, kListLevels)
                                : styles_.OutlineLevel(style_name);
  InlineText content(depth_, &styles_);
  content.Read(p);
  const std::string text = label + content.text();
  const std::string_view trimmed = utf8::Trim(text);
  if (!trimmed.empty()) {
    Block block =
        PlainBlock(sink.cell ? Block::Kind::kTableCell : Block::Kind::kParagraph, line_, text);
    block.style = styles_.DisplayName(style_name);
    block.outline_level = outline_level;
    if (sink.cell != nullptr) {
      block.table = sink.cell->table;
      block.docx_row = sink.cell->row;
      block.docx_cell = sink.cell->cell;
    }
    doc_.blocks.push_back(std::move(block));
    if (sink.text != nullptr) JoinSoft(*sink.text, trimmed);
  }
  AddNotes(content.notes());
  if (sink.cell == nullptr) recent_.emplace_back(trimmed);
  for (const pugi::xml_node box : content.text_boxes()) Container(box, {});
}

void BodyReader::AddNotes(const std::vector<NoteRef>& notes) {
  for (const NoteRef& note : notes) {
    const std::string text = NoteText(note.body, depth_, &styles_);
    if (text.empty()) continue;
    doc_.footnotes.push_back({(note.endnote ? "endnote " : "") + note.id, text, line_});
    doc_.blocks.push_back(PlainBlock(Block::Kind::kFootnote, line_, text));
  }
}

void BodyReader::List(pugi::xml_node list, const ListLevel* outer, const Sink& sink) {
  const Nesting nesting(depth_);
  ListLevel current;
  const std::string_view own_style = list.attribute("text:style-name").value();
  current.style = !own_style.empty() ? std::string(own_style) : outer ? outer->style : "";
  if (outer != nullptr) {
    current.sequence = outer->sequence;
    current.level = std::min(outer->level + 1, kListLevels - 1);
  } else {
    current.sequence = numbering_.Begin(
        current.style, list.attribute("xml:id").value(),
        list.attribute("text:continue-list").value(),
        std::string_view(list.attribute("text:continue-numbering").value()) == "true");
  }
  for (const pugi::xml_node item : list.children()) {
    const std::string_view name = item.name();
    if (name == "text:list-item" || name == "text:list-header") Item(item, current, sink);
  }
}

// The first paragraph of a text:list-item carries its number; later ones, and a list header's,
// are unnumbered; a nested list counts one level deeper on the same sequence.
void BodyReader::Item(pugi::xml_node item, const ListLevel& list, const Sink& sink) {
  bool numbered = std::string_view(item.name()) == "text:list-item";
  const int start = IntAttr(item, "text:start-value", -1);
  for (const pugi::xml_node child : item.children()) {
    const std::string_view name = child.name();
    if (IsParagraph(name)) {
      std::string label;
      if (numbered) {
        std::string style = list.style;
        if (style.empty()) style = styles_.ListStyleOf(child.attribute("text:style-name").value());
        // LibreOffice numbers a heading in a list at its outline level when the list does not
        // nest it that deep (a .docx heading style's level becomes a flat list with text:h).
        const int level = name == "text:h" ? std::clamp(IntAttr(child, "text:outline-level", 1) - 1,
                                                        list.level, kListLevels - 1)
                                           : list.level;
        if (const ListStyle* list_style = styles_.List(style)) {
          label = numbering_.Next(list.sequence, *list_style, level, start);
        }
      }
      numbered = false;
      Paragraph(child, sink, label);
    } else if (name == "text:list") {
      numbered = false;
      List(child, &list, sink);
    } else {
      Element(child, sink);
    }
  }
}

GridCell BodyReader::CellContent(pugi::xml_node tc, CellSlot slot) {
  GridCell cell;
  cell.span = std::clamp(IntAttr(tc, "table:number-columns-spanned", 1), 1, kMaxSpan);
  cell.starts = IntAttr(tc, "table:number-rows-spanned", 1) > 1;
  cell.first_line = line_ + 1;
  Container(tc, {&slot, &cell.text});
  cell.last_line = std::max(cell.first_line, line_);
  return cell;
}

// One table:table-row: its cells on the grid. A covered cell under a cell that spans rows
// continues it (marked merged, as a .docx w:vMerge continuation); one beside a cell that spans
// columns is that cell.
GridRow BodyReader::Row(pugi::xml_node tr, int table, int row_index) {
  GridRow row;
  std::map<int, Down> starting;
  int column = 0;
  int covered = 0;  // covered cells still to pass: the rest of a span
  for (const pugi::xml_node tc : tr.children()) {
    const std::string_view name = tc.name();
    if (name != "table:table-cell" && name != "table:covered-table-cell") continue;
    const int repeat = std::clamp(IntAttr(tc, "table:number-columns-repeated", 1), 1, kMaxRepeat);
    for (int r = 0; r < repeat; ++r) {
      if (name == "table:table-cell") {
        GridCell cell =
            r == 0 ? CellContent(tc, {table, row_index, static_cast<int>(row.cells.size())})
                   : row.cells.back();
        cell.column = column;
        const int rows = std::clamp(IntAttr(tc, "table:number-rows-spanned", 1), 1, kMaxRepeat);
        if (rows > 1) starting[column] = {rows - 1, cell.span};
        column = std::min(column + cell.span, kMaxGridColumn);
        covered = cell.span - 1;
        row.cells.push_back(std::move(cell));
      } else if (covered > 0) {
        --covered;
      } else if (const auto it = down_.find(column); it != down_.end()) {
        row.cells.push_back({.column = column,
                             .span = it->second.span,
                             .continues = true,
                             .text = {},
                             .first_line = line_ + 1,
                             .last_line = line_});
        column = std::min(column + it->second.span, kMaxGridColumn);
        covered = it->second.span - 1;
      } else {
        column = std::min(column + 1, kMaxGridColumn);  // covered by nothing we know: keep place
      }
    }
  }
  for (auto it = down_.begin(); it != down_.end();) {
    it = --it->second.rows_left > 0 ? std::next(it) : down_.erase(it);
  }
  down_.merge(starting);
  return row;
}

void BodyReader::Rows(pugi::xml_node group, bool header, int table, std::vector<GridRow>& rows) {
  const Nesting nesting(depth_);
  for (const pugi::xml_node child : group.children()) {
    const std::string_view name = child.name();
    if (name == "table:table-row") {
      GridRow row = Row(child, table, static_cast<int>(rows.size()));
      row.header = header;
      const int repeat = std::clamp(IntAttr(child, "table:number-rows-repeated", 1), 1, kMaxRepeat);
      for (int r = 1; r < repeat; ++r) rows.push_back(row);
      rows.push_back(std::move(row));
    } else if (name == "table:table-header-rows") {
      Rows(child, true, table, rows);
    } else if (name == "table:table-rows" || name == "table:table-row-group") {
      Rows(child, header, table, rows);
    }
  }
}

void BodyReader::Table(pugi::xml_node tbl, bool nested) {
  const Nesting nesting(depth_);
  const int index = static_cast<int>(doc_.tables.size());
  doc_.tables.emplace_back();
  doc_.tables.back().caption = nested ? "" : TableCaption(recent_);
  const int first_line = line_ + 1;
  std::map<int, Down> outer_down;  // a table in a cell has a grid of its own
  outer_down.swap(down_);
  std::vector<GridRow> raw;
  Rows(tbl, false, index, raw);
  down_.swap(outer_down);
  // Nested tables were appended meanwhile: address this one by index, not by reference.
  plancheck::Table& table = doc_.tables[static_cast<std::size_t>(index)];
  LayGrid(raw, table);
  table.first_line = first_line;
  table.last_line = std::max(first_line, line_);
  if (!nested) recent_.clear();
}

}  // namespace

int ReadBody(const StyleSheet& styles, pugi::xml_node text, Document& doc) {
  BodyReader reader(styles, doc);
  reader.Container(text, {});
  return reader.paragraphs();
}

}  // namespace plancheck::odt
