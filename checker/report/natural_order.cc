#include "checker/report/natural_order.h"

#include <string>

namespace plancheck::report {
namespace {

// The ASCII digit at `s[i]`, reading a full-width digit (U+FF10–FF19, three bytes) as one too;
// `width` is how many bytes it took. -1 when there is none.
int DigitAt(std::string_view s, std::size_t i, std::size_t& width) {
  if (i < s.size() && s[i] >= '0' && s[i] <= '9') {
    width = 1;
    return s[i] - '0';
  }
  if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xEF &&
      static_cast<unsigned char>(s[i + 1]) == 0xBC) {
    const auto third = static_cast<unsigned char>(s[i + 2]);
    if (third >= 0x90 && third <= 0x99) {
      width = 3;
      return third - 0x90;
    }
  }
  return -1;
}

// The digit run at `i` as its digits without leading zeros; advances `i` past it.
std::string TakeNumber(std::string_view s, std::size_t& i) {
  std::string digits;
  std::size_t width = 0;
  for (int d = DigitAt(s, i, width); d >= 0; d = DigitAt(s, i, width)) {
    if (!(digits.empty() && d == 0)) digits += static_cast<char>('0' + d);
    i += width;
  }
  return digits;
}

// <0, 0, >0 as the number `a` is smaller, equal or larger than `b` (digits, no leading zeros).
int CompareNumbers(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  return a.compare(b);
}

}  // namespace

bool NaturalLess(std::string_view a, std::string_view b) {
  std::size_t i = 0;
  std::size_t j = 0;
  std::size_t width = 0;
  while (i < a.size() && j < b.size()) {
    if (DigitAt(a, i, width) >= 0 && DigitAt(b, j, width) >= 0) {
      const int by_value = CompareNumbers(TakeNumber(a, i), TakeNumber(b, j));
      if (by_value != 0) return by_value < 0;
      continue;
    }
    // UTF-8 byte order is code point order, so bytes compare as characters would.
    if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
    ++i;
    ++j;
  }
  if ((i < a.size()) != (j < b.size())) return i >= a.size();  // a prefix first
  return a < b;  // equal as numbers (c02, c2): by the written form
}

}  // namespace plancheck::report
