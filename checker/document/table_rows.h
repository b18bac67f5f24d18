#pragma once
// What the text and the .docx table readers agree on about a table's rows.
#include <string_view>
#include <vector>

#include "checker/document/table.h"

namespace plancheck {

// A cell that is only a number (≥90, 1-2, 100%): a row with one is data, not a header.
bool IsPureNumber(std::string_view norm);

// 备注：… / 注：… / 说明 / 资料来源 at the start of `text`: a note on the table, not data.
bool StartsAsTableNote(std::string_view text);

// A row whose only filled cell is such a note.
bool IsTableNote(const std::vector<Cell>& row);

}  // namespace plancheck
