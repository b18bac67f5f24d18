#pragma once
// Ruled tables on a fixed-layout page: the grid the ruling lines draw, and the runs in each cell.
#include <vector>

#include "checker/document/page_text.h"

namespace plancheck {

// One cell of a ruled table as drawn: its columns' edges, and whether the cell above goes on here
// (no rule between them: a vertically merged cell, whose text the topmost cell holds).
struct RuledCell {
  double x0 = 0;
  double x1 = 0;
  bool continues = false;
  std::vector<const TextRun*> runs;  // the text of the whole merged cell, on its topmost cell
};

struct RuledRow {
  double y0 = 0;
  double y1 = 0;
  std::vector<RuledCell> cells;
};

// A table, or the part of one, drawn on one page.
struct PageGrid {
  int page = 0;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  std::vector<double> columns;  // x of every vertical rule, left to right
  std::vector<RuledRow> rows;
};

// The ruled tables of `page`, top to bottom; `used[i]` is set for every run i placed in a cell.
std::vector<PageGrid> RuledTables(const PageText& page, std::vector<bool>& used);

}  // namespace plancheck
