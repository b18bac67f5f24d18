#include "checker/document/table_rows.h"

#include <re2/re2.h>

#include <algorithm>

namespace plancheck {

bool IsPureNumber(std::string_view norm) {
  static const RE2 pattern(R"([<>≥≤=~\-\d.%\s]+)");
  return !norm.empty() && RE2::FullMatch(norm, pattern);
}

bool StartsAsTableNote(std::string_view text) {
  static const RE2 pattern(R"(^\s*(备注|附注|注|说明|资料来源|数据来源)\s*[:：\d])");
  return RE2::PartialMatch(text, pattern);
}

bool IsTableNote(const std::vector<Cell>& row) {
  const auto filled = std::count_if(row.begin(), row.end(), [](const Cell& c) { return !c.empty; });
  return filled == 1 && !row.empty() && StartsAsTableNote(row.front().norm);
}

}  // namespace plancheck
