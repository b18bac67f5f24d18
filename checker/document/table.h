#pragma once
#include <string>
#include <vector>

#include "checker/document/block.h"

namespace plancheck {

struct Cell {
  std::string text;  // joined over the lines it was broken across; artefacts removed; trimmed
  std::string norm;  // NFKC of text
  SourcePos pos;     // where the cell starts
  int last_line = 0;
  bool empty = true;           // merged cells arrive as empty cells
  bool lost_artefact = false;  // an [image: …] sat in the cell (often a lost "%")
  bool merged = false;  // .docx: continues a vertically merged cell (w:vMerge); empty, as in text
};

struct Table {
  std::string caption;  // nearest title line above the table, if any
  std::vector<Cell> header;
  std::vector<std::vector<Cell>> rows;  // data rows, each with header.size() cells where possible
  std::vector<Cell> notes;  // rows spanning the table after the data: 备注：…, 注：…, 资料来源：…
  int first_line = 0;
  int last_line = 0;
  int heading = -1;  // the heading the table sits under

  // Column index whose header matches one of the names (NFKC, contains), or -1.
  int Column(const std::vector<std::string>& names) const;
};

}  // namespace plancheck
