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

// Fills `table`'s header, rows and notes from the rows as written.
void LayTable(const std::vector<SourceRow>& rows, Table& table);

// Up to three short title paragraphs right above a table (附件 / 表1, the title, its period).
std::string Caption(const std::vector<std::string>& recent);

}  // namespace plancheck::html
