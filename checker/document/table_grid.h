#pragma once
// Tables read from a word processor's grid (.docx w:tbl, .odt table:table): cells placed on
// grid columns, merged down or across, laid out as the Table the text loader builds.
#include <string>
#include <string_view>
#include <vector>

#include "checker/document/table.h"

namespace plancheck {

// A cell as read: where it sits on the table's grid and what it says.
struct GridCell {
  int column = 0;          // the grid column it starts at
  int span = 1;            // columns it covers
  bool starts = false;     // the cell goes on in the rows below
  bool continues = false;  // the cell above goes on here
  std::string text;
  int first_line = 0;
  int last_line = 0;
};

struct GridRow {
  bool header = false;  // repeated as a header on each page
  std::vector<GridCell> cells;
};

// Lays `rows` out into `table`: the header rows (those repeated on each page; else the first,
// unless it is data; two when the second only splits the first) as one header row, the data rows
// one Cell per grid cell (a continuation empty and marked merged), and trailing 备注 rows as notes.
void LayGrid(const std::vector<GridRow>& rows, Table& table);

// Up to three short title paragraphs right above a table (附件 / 表1, the title, its period),
// as the text loader takes them. `recent` are the body paragraphs since the last table, trimmed.
std::string TableCaption(const std::vector<std::string>& recent);

// Appends `next` as a line break or a new paragraph joins it: nothing between Chinese
// characters, one space between two ASCII letters or digits ("公共法律服务" + "满意度").
void JoinSoft(std::string& out, std::string_view next);

}  // namespace plancheck
