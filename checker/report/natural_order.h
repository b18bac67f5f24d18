#pragma once
// Names as people sort them: c2 before c10, 第3区 before 第12区. Digit runs (ASCII or full-width)
// compare as numbers; everything else by its text, code point by code point (Chinese names by
// their characters, not by a locale's pinyin or stroke order, so the order is the same everywhere).
#include <string_view>

namespace plancheck::report {

// Strict weak order. Equal numbers with different leading zeros (c02, c2) order by the written
// form last, so distinct names never compare equal.
bool NaturalLess(std::string_view a, std::string_view b);

}  // namespace plancheck::report
