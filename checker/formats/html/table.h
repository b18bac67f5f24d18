#pragma once
// An HTML table laid on its grid as the .docx reader lays a w:tbl: one cell per <td>/<th>, a
// cell that a rowspan carries into the rows below repeated there empty and marked merged (as
// Word's w:vMerge continuation), a colspan still one cell.
#include <string>
#include <vector>

#include "checker/document/table.h"

namespace plancheck::html {

struct SourceCell {
  int colspan = 1;
  int rowspan = 1;
  std::string text;
  int first_line = 0;
  int last_line = 0;
};

struct SourceRow {
  bool header = false;  // in <thead>, or a leading row of <th> only
  std::vector<SourceCell> cells;
};

// Fills `table`'s header, rows and notes from the rows as written (LayGrid, table_grid.h).
void LayTable(const std::vector<SourceRow>& rows, Table& table);

}  // namespace plancheck::html
