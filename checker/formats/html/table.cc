#include "checker/formats/html/table.h"

#include <re2/re2.h>

#include <algorithm>

#include "checker/decode/utf8.h"
#include "checker/document/normalise.h"
#include "checker/document/table_rows.h"

namespace plancheck::html {
namespace {

// HTML caps colspan at 1000 and rowspan at 65534; a grid this wide is damage.
constexpr int kMaxSpan = 1000;
constexpr int kMaxRowSpan = 65534;
constexpr int kMaxGridColumn = 1 << 16;

struct GridCell {  // a cell on the grid, as the .docx reader's RawCell
  int column = 0;
  int span = 1;
  bool starts = false;     // carries on into the rows below
  bool continues = false;  // carried from the row above
  std::string text;
  int first_line = 0;
  int last_line = 0;
};

struct GridRow {
  bool header = false;
  std::vector<GridCell> cells;
};

void JoinSoft(std::string& out, std::string_view next) {
  const auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  if (!out.empty() && !next.empty() && alnum(out.back()) && alnum(next.front())) out += ' ';
  out += next;
}

// Rows with their cells on grid columns, rowspans carried down as continuation cells.
std::vector<GridRow> ToGrid(const std::vector<SourceRow>& rows) {
  std::vector<int> rest;  // per start column: rows a rowspan still covers
  std::vector<int> spans;
  std::vector<GridRow> grid;
  for (const SourceRow& row : rows) {
    GridRow out{row.header, {}};
    int column = 0;
    const auto carry = [&](bool all) {
      while (column < static_cast<int>(rest.size()) && (all || rest[column] > 0)) {
        const std::size_t c = static_cast<std::size_t>(column);
        if (rest[c] > 0) {
          out.cells.push_back({.column = column, .span = spans[c], .continues = true});
          --rest[c];
          column += spans[c];
        } else {
          ++column;
        }
      }
    };
    for (const SourceCell& cell : row.cells) {
      carry(false);
      const int span = std::clamp(cell.colspan, 1, kMaxSpan);
      const int down = std::clamp(cell.rowspan, 1, kMaxRowSpan);
      if (down > 1) {
        const std::size_t c = static_cast<std::size_t>(column);
        if (rest.size() <= c) rest.resize(c + 1, 0), spans.resize(c + 1, 1);
        rest[c] = down - 1;
        spans[c] = span;
      }
      out.cells.push_back({column, span, down > 1, false, cell.text, cell.first_line,
                           std::max(cell.first_line, cell.last_line)});
      column = std::min(column + span, kMaxGridColumn);
    }
    carry(true);
    grid.push_back(std::move(out));
  }
  return grid;
}

Cell ToCell(const GridCell& grid) {
  Cell cell;
  cell.text = grid.continues ? "" : grid.text;
  cell.norm = Nfkc(cell.text);
  cell.empty = cell.text.empty();
  cell.merged = grid.continues;
  cell.pos = {grid.first_line, 1};
  cell.last_line = grid.last_line;
  return cell;
}

bool HasNumber(const GridRow& row) {
  return std::any_of(row.cells.begin(), row.cells.end(),
                     [](const GridCell& c) { return IsPureNumber(Nfkc(c.text)); });
}

// As the .docx reader decides: the marked header rows; else the first row unless it is data;
// two when the second only continues and splits the first.
std::size_t HeaderRows(const std::vector<GridRow>& grid) {
  std::size_t rows = 0;
  while (rows < grid.size() && grid[rows].header) ++rows;
  if (rows > 0 || grid.empty()) return rows;
  if (HasNumber(grid[0])) return 0;
  if (grid.size() < 2 || HasNumber(grid[1])) return 1;
  const bool continued =
      std::any_of(grid[1].cells.begin(), grid[1].cells.end(), [&](const GridCell& c) {
        return c.continues &&
               std::any_of(grid[0].cells.begin(), grid[0].cells.end(),
                           [&](const GridCell& u) { return u.starts && u.column == c.column; });
      });
  return continued ? 2 : 1;
}

std::vector<Cell> Header(const std::vector<GridRow>& grid, std::size_t rows) {
  std::vector<Cell> header;
  if (rows == 0) return header;
  for (GridCell leaf : grid[rows - 1].cells) {
    std::string text;
    for (std::size_t r = 0; r + 1 < rows; ++r) {
      for (const GridCell& upper : grid[r].cells) {
        const bool covers = upper.column <= leaf.column && leaf.column < upper.column + upper.span;
        if (covers && !upper.continues && !upper.text.empty()) JoinSoft(text, upper.text);
      }
    }
    if (!leaf.continues && leaf.text != text) JoinSoft(text, leaf.text);
    leaf.text = text;
    leaf.continues = false;
    header.push_back(ToCell(leaf));
  }
  return header;
}

}  // namespace

void LayTable(const std::vector<SourceRow>& rows, Table& table) {
  const std::vector<GridRow> grid = ToGrid(rows);
  const std::size_t header_rows = HeaderRows(grid);
  table.header = Header(grid, header_rows);
  for (std::size_t r = header_rows; r < grid.size(); ++r) {
    std::vector<Cell> row;
    for (const GridCell& cell : grid[r].cells) row.push_back(ToCell(cell));
    if (IsTableNote(row)) {
      table.notes.push_back(
          std::move(*std::find_if(row.begin(), row.end(), [](const Cell& c) { return !c.empty; })));
    } else {
      table.rows.push_back(std::move(row));
    }
  }
}

std::string Caption(const std::vector<std::string>& recent) {
  static const RE2 sentence_end(R"([。；;]\s*$)");
  std::vector<std::string> parts;
  int blanks = 0;
  for (auto it = recent.rbegin(); it != recent.rend() && parts.size() < 3; ++it) {
    if (it->empty()) {
      if (++blanks > 2) break;
      continue;
    }
    blanks = 0;
    if (utf8::CodePoints(*it) > 40 || RE2::PartialMatch(*it, sentence_end)) break;
    parts.push_back(*it);
  }
  std::string caption;
  for (auto it = parts.rbegin(); it != parts.rend(); ++it)
    caption += (caption.empty() ? "" : " ") + *it;
  return caption;
}

}  // namespace plancheck::html
