#include "checker/formats/html/table.h"

#include <algorithm>

#include "checker/document/table_grid.h"

namespace plancheck::html {
namespace {

// HTML caps colspan at 1000 and rowspan at 65534; a grid this wide is damage.
constexpr int kMaxSpan = 1000;
constexpr int kMaxRowSpan = 65534;
constexpr int kMaxGridColumn = 1 << 16;

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
          GridCell carried;  // the cell above goes on here, empty
          carried.column = column;
          carried.span = spans[c];
          carried.continues = true;
          out.cells.push_back(std::move(carried));
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

}  // namespace

void LayTable(const std::vector<SourceRow>& rows, Table& table) { LayGrid(ToGrid(rows), table); }

}  // namespace plancheck::html
