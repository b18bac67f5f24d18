// The Document of a fixed-layout file from its positioned runs: ruled tables first (their runs are
// cells, not prose), then printed lines, running headers and footers dropped, paragraphs joined
// as the page shows them (page_lines), tables continued across pages joined, headings from
// numbering (BuildOutline) and from type set larger or bold.
#include "checker/document/page_text.h"

#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <variant>

#include "checker/decode/utf8.h"
#include "checker/document/builders.h"
#include "checker/document/normalise.h"
#include "checker/document/page_grid.h"
#include "checker/document/page_lines.h"
#include "checker/document/running_lines.h"
#include "checker/document/table_grid.h"

namespace plancheck {
namespace {

// What the page shows in reading order: a printed line of body text, or a ruled table.
using Piece = std::variant<PageLine, PageGrid>;

// One paragraph inside a table cell, before line numbers are given.
struct CellParagraph {
  std::string text;
  int lines = 0;
  int page = 0;
};

struct DraftCell {
  double x0 = 0, x1 = 0;
  bool continues = false;
  std::vector<CellParagraph> paragraphs;
  bool empty() const { return paragraphs.empty(); }
};
using DraftRow = std::vector<DraftCell>;

struct DraftTable {
  std::vector<double> columns;
  std::vector<DraftRow> rows;
  std::size_t header_rows = 0;
  int fragments = 0;
};

std::vector<Piece> PiecesOfPage(const PageText& page, std::vector<PageLine> lines,
                                std::vector<PageGrid> grids) {
  std::vector<Piece> pieces;
  std::size_t g = 0;
  for (PageLine& line : lines) {
    while (g < grids.size() && grids[g].y0 < line.baseline)
      pieces.emplace_back(std::move(grids[g++]));
    pieces.emplace_back(std::move(line));
  }
  while (g < grids.size()) pieces.emplace_back(std::move(grids[g++]));
  (void)page;
  return pieces;
}

std::vector<Piece> ReadingOrder(const std::vector<PageText>& pages) {
  std::vector<std::vector<PageLine>> lines(pages.size());
  std::vector<std::vector<PageGrid>> grids(pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    std::vector<bool> used(pages[p].runs.size(), false);
    grids[p] = RuledTables(pages[p], used);
    std::vector<const TextRun*> free;
    for (std::size_t i = 0; i < used.size(); ++i) {
      if (!used[i]) free.push_back(&pages[p].runs[i]);
    }
    lines[p] = LinesOf(pages[p].number, std::move(free));
  }
  DropRunningLines(pages, lines);
  std::vector<Piece> pieces;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (Piece& piece : PiecesOfPage(pages[p], std::move(lines[p]), std::move(grids[p]))) {
      pieces.push_back(std::move(piece));
    }
  }
  return pieces;
}

DraftCell CellOf(const RuledCell& cell, int page) {
  DraftCell draft{cell.x0, cell.x1, cell.continues, {}};
  const std::vector<PageLine> lines = LinesOf(page, cell.runs);
  if (lines.empty()) return draft;
  TextColumn column = ColumnOf(lines);
  column.left = lines.front().x0;
  for (const PageLine& line : lines) {
    column.left = std::min(column.left, line.x0);
    column.right = std::max(column.right, line.x1);
  }
  for (const LineParagraph& p : ParagraphsOf(lines, column)) {
    draft.paragraphs.push_back({p.text, static_cast<int>(p.last - p.first + 1), page});
  }
  return draft;
}

std::string CellText(const DraftCell& cell) {
  std::string text;
  for (const CellParagraph& p : cell.paragraphs) JoinSoft(text, p.text);
  return text;
}

bool SameRow(const DraftRow& a, const DraftRow& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (CellText(a[i]) != CellText(b[i])) return false;
  }
  return true;
}

// A table goes on on the next page with the same outer edges and no rule of its own: rows there
// may leave out an inner rule the first page drew.
bool ContinuesColumns(const std::vector<double>& first, const std::vector<double>& next) {
  const auto near = [](double a, double b) { return std::abs(a - b) <= 3; };
  if (first.empty() || next.empty() || !near(first.front(), next.front()) ||
      !near(first.back(), next.back())) {
    return false;
  }
  return std::all_of(next.begin(), next.end(), [&](double x) {
    return std::any_of(first.begin(), first.end(), [&](double y) { return near(x, y); });
  });
}

// The first row on a new page finishes the last row of the page before when the producer split
// that row: each cell it fills was filled above, and some cell filled above is empty here.
bool FinishesSplitRow(const DraftRow& last, const DraftRow& first) {
  if (last.size() != first.size()) return false;
  bool emptied = false;
  for (std::size_t i = 0; i < last.size(); ++i) {
    if (!first[i].empty() && last[i].empty()) return false;
    emptied = emptied || (first[i].empty() && !last[i].empty());
  }
  return emptied;
}

// Adds the part of a table drawn on the next page: the header rows the producer repeats there
// are dropped, and a row split over the page break is joined again.
void Continue(DraftTable& table, std::vector<DraftRow> rows) {
  std::size_t repeated = 0;
  while (repeated < rows.size() && repeated < table.rows.size() &&
         SameRow(rows[repeated], table.rows[repeated]) && repeated < 3) {
    ++repeated;
  }
  if (repeated > 0 && repeated < rows.size()) {
    if (table.fragments == 1 || table.header_rows == 0) table.header_rows = repeated;
    rows.erase(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(repeated));
  }
  if (!rows.empty() && !table.rows.empty() && FinishesSplitRow(table.rows.back(), rows.front())) {
    for (std::size_t i = 0; i < rows.front().size(); ++i) {
      auto& into = table.rows.back()[i].paragraphs;
      auto& from = rows.front()[i].paragraphs;
      if (!into.empty() && !from.empty()) {  // a paragraph cut by the page break goes on
        JoinWrapped(into.back().text, from.front().text);
        into.back().lines += from.front().lines;
        from.erase(from.begin());
      }
      into.insert(into.end(), from.begin(), from.end());
    }
    rows.erase(rows.begin());
  }
  for (DraftRow& row : rows) table.rows.push_back(std::move(row));
  ++table.fragments;
}

std::vector<DraftRow> RowsOf(const PageGrid& grid) {
  std::vector<DraftRow> rows;
  for (const RuledRow& row : grid.rows) {
    DraftRow draft;
    for (const RuledCell& cell : row.cells) draft.push_back(CellOf(cell, grid.page));
    rows.push_back(std::move(draft));
  }
  return rows;
}

// The index of the vertical rule at `x` among the table's.
int ColumnIndex(const std::vector<double>& columns, double x) {
  std::size_t best = 0;
  for (std::size_t i = 1; i < columns.size(); ++i) {
    if (std::abs(columns[i] - x) < std::abs(columns[best] - x)) best = i;
  }
  return static_cast<int>(best);
}

// A finding's sentence-end: a caption never has one.
bool EndsSentence(std::string_view text) {
  static const RE2 sentence_end(R"([。；;]\s*$)");
  return RE2::PartialMatch(text, sentence_end);
}

// Type set larger than the body, or bold in a body that is not, marks a heading where the
// numbering does not: its level by size, largest first.
struct TypeScale {
  double body = 0;
  bool body_bold = false;
  std::vector<double> larger;  // sizes above the body's, largest first

  int Level(double size, bool bold, std::string_view text) const {
    if (utf8::CodePoints(text) > 40 || EndsSentence(text) || text.ends_with("，")) return 0;
    for (std::size_t i = 0; i < larger.size(); ++i) {
      if (std::abs(size - larger[i]) < 0.5) return static_cast<int>(i) + 1;
    }
    return bold && !body_bold && std::abs(size - body) < 0.5 ? static_cast<int>(larger.size()) + 1
                                                             : 0;
  }
};

TypeScale ScaleOf(const std::vector<Piece>& pieces) {
  std::map<long, std::size_t> chars;  // size in tenths of a point -> characters set in it
  std::size_t bold = 0, all = 0;
  for (const Piece& piece : pieces) {
    const auto* line = std::get_if<PageLine>(&piece);
    if (line == nullptr) continue;
    const std::size_t n = utf8::CodePoints(line->text);
    chars[std::lround(line->size * 10)] += n;
    all += n;
    bold += line->bold ? n : 0;
  }
  TypeScale scale;
  std::size_t most = 0;
  for (const auto& [size, n] : chars) {
    if (n > most) most = n, scale.body = static_cast<double>(size) / 10;
  }
  scale.body_bold = bold * 2 > all;
  for (auto it = chars.rbegin(); it != chars.rend(); ++it) {
    const double size = static_cast<double>(it->first) / 10;
    // One step of the 号 scale (四号 14 → 小三 15 → 三号 16 → 小二 18) is a point or two.
    if (size >= scale.body + 0.9 && scale.larger.size() < 3) scale.larger.push_back(size);
  }
  return scale;
}

class LayoutReader {
 public:
  LayoutReader(Document& doc, const std::vector<PageText>& pages, std::vector<Piece>& pieces)
      : doc_(doc), pages_(pages), pieces_(pieces) {}
  void Read();

 private:
  void Flow(std::vector<PageLine>& lines);
  bool Centred(const PageLine& first, const PageLine& last) const;
  void Tables(std::size_t& i);
  void AddTable(DraftTable& draft);
  GridCell CellAt(const DraftTable& draft, std::size_t row, std::size_t index);

  Document& doc_;
  const std::vector<PageText>& pages_;
  std::vector<Piece>& pieces_;
  TextColumn column_;
  TypeScale scale_;
  int line_ = 0;
  bool seen_body_ = false;
  std::vector<std::string> recent_;  // body paragraphs since the last table, for its caption
};

void LayoutReader::Read() {
  std::vector<PageLine> body;
  for (const Piece& piece : pieces_) {
    if (const auto* line = std::get_if<PageLine>(&piece)) body.push_back(*line);
  }
  column_ = ColumnOf(body);
  // A page or two of short paragraphs does not show its right margin: take it as the left one.
  for (const PageText& page : pages_)
    column_.right = std::max(column_.right, page.width - column_.left);
  scale_ = ScaleOf(pieces_);
  std::vector<PageLine> flow;
  for (std::size_t i = 0; i < pieces_.size();) {
    if (auto* line = std::get_if<PageLine>(&pieces_[i])) {
      flow.push_back(std::move(*line));
      ++i;
      continue;
    }
    Flow(flow);
    Tables(i);
  }
  Flow(flow);
  doc_.line_count = line_;
}

// Room on both sides of the paragraph's first and last lines, about the column's middle.
bool LayoutReader::Centred(const PageLine& first, const PageLine& last) const {
  const double middle = (column_.left + column_.right) / 2;
  const auto centred = [&](const PageLine& line) {
    return line.x0 > column_.left + line.size &&
           std::abs((line.x0 + line.x1) / 2 - middle) < line.size;
  };
  return centred(first) && centred(last);
}

void LayoutReader::Flow(std::vector<PageLine>& lines) {
  for (const LineParagraph& p : ParagraphsOf(lines, column_)) {
    Block block = PlainBlock(Block::Kind::kParagraph, line_ + 1, p.text, lines[p.first].page);
    // Above the first body paragraph, what is centred is the plan's name (or its 发文机关标志),
    // not a heading; a heading there is set flush like the ones below.
    if (seen_body_ || !Centred(lines[p.first], lines[p.last])) {
      block.outline_level = scale_.Level(p.size, p.bold, utf8::Trim(p.text));
    }
    // Body text has begun at a sentence in the body's size, not at a 发文字号 or an addressee.
    seen_body_ = seen_body_ || (std::abs(p.size - scale_.body) < 0.5 &&
                                (EndsSentence(p.text) || utf8::CodePoints(p.text) > 30));
    line_ += static_cast<int>(p.last - p.first + 1);
    recent_.emplace_back(utf8::Trim(p.text));
    if (!utf8::Trim(p.text).empty()) doc_.blocks.push_back(std::move(block));
  }
  lines.clear();
}

// A ruled table and its parts on the following pages, as one table.
void LayoutReader::Tables(std::size_t& i) {
  const PageGrid& first = std::get<PageGrid>(pieces_[i]);
  DraftTable draft{first.columns, RowsOf(first), 0, 1};
  int page = first.page;
  for (++i; i < pieces_.size(); ++i) {
    const auto* next = std::get_if<PageGrid>(&pieces_[i]);
    if (next == nullptr || next->page != page + 1 ||
        !ContinuesColumns(draft.columns, next->columns)) {
      break;
    }
    Continue(draft, RowsOf(*next));
    page = next->page;
  }
  AddTable(draft);
}

// The cell as a grid cell (column and span on the table's rules), its paragraphs as blocks.
GridCell LayoutReader::CellAt(const DraftTable& draft, std::size_t row, std::size_t index) {
  const DraftCell& cell = draft.rows[row][index];
  GridCell out;
  out.column = ColumnIndex(draft.columns, cell.x0);
  out.span = std::max(1, ColumnIndex(draft.columns, cell.x1) - out.column);
  out.continues = cell.continues;
  out.starts =
      row + 1 < draft.rows.size() && index < draft.rows[row + 1].size() &&
      std::any_of(draft.rows[row + 1].begin(), draft.rows[row + 1].end(),
                  [&](const DraftCell& c) { return c.continues && std::abs(c.x0 - cell.x0) < 3; });
  out.text = cell.continues ? "" : CellText(cell);
  out.first_line = line_ + 1;
  for (const CellParagraph& p : cell.paragraphs) {
    Block block = PlainBlock(Block::Kind::kTableCell, line_ + 1, p.text, p.page);
    block.table = static_cast<int>(doc_.tables.size());
    block.docx_row = static_cast<int>(row);
    block.docx_cell = static_cast<int>(index);
    doc_.blocks.push_back(std::move(block));
    line_ += p.lines;
  }
  out.last_line = std::max(out.first_line, line_);
  return out;
}

void LayoutReader::AddTable(DraftTable& draft) {
  Table table;
  table.caption = TableCaption(recent_);
  recent_.clear();
  table.first_line = line_ + 1;
  std::vector<GridRow> rows;
  for (std::size_t r = 0; r < draft.rows.size(); ++r) {
    GridRow row;
    row.header = r < draft.header_rows;
    for (std::size_t c = 0; c < draft.rows[r].size(); ++c) row.cells.push_back(CellAt(draft, r, c));
    rows.push_back(std::move(row));
  }
  LayGrid(rows, table);
  table.last_line = std::max(table.first_line, line_);
  doc_.tables.push_back(std::move(table));
}

}  // namespace

Document BuildFromPages(const std::string& path, std::string_view format,
                        const std::vector<PageText>& pages) {
  Document doc;
  doc.path = path;
  doc.format = std::string(format);
  doc.encoding = "UTF-8";
  std::vector<Piece> pieces = ReadingOrder(pages);
  LayoutReader(doc, pages, pieces).Read();
  FinishDocument(doc);
  return doc;
}

}  // namespace plancheck
