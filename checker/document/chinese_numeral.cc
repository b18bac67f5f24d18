#include "checker/document/chinese_numeral.h"

#include <vector>

#include "checker/decode/utf8.h"

namespace plancheck {
namespace {

constexpr int kNone = -1;
constexpr int kMaxDigits = 9;  // keeps every value inside int

std::vector<char32_t> CodePointsOf(std::string_view text) {
  std::vector<char32_t> cps;
  for (std::size_t pos = 0; pos < text.size();) cps.push_back(utf8::Next(text, pos));
  return cps;
}

int DigitValue(char32_t cp) {
  switch (cp) {
    case U'〇':
    case U'零':
      return 0;
    case U'一':
    case U'壹':
      return 1;
    case U'二':
    case U'贰':
    case U'两':
      return 2;
    case U'三':
    case U'叁':
      return 3;
    case U'四':
    case U'肆':
      return 4;
    case U'五':
    case U'伍':
      return 5;
    case U'六':
    case U'陆':
      return 6;
    case U'七':
    case U'柒':
      return 7;
    case U'八':
    case U'捌':
      return 8;
    case U'九':
    case U'玖':
      return 9;
    default:
      return kNone;
  }
}

int UnitValue(char32_t cp) {
  switch (cp) {
    case U'十':
    case U'拾':
      return 10;
    case U'百':
    case U'佰':
      return 100;
    case U'千':
    case U'仟':
      return 1000;
    default:
      return kNone;
  }
}

// 二〇二五: digits only, read place by place.
std::optional<int> ParsePositional(const std::vector<char32_t>& cps) {
  if (cps.size() > kMaxDigits) return std::nullopt;
  int value = 0;
  for (const char32_t cp : cps) value = value * 10 + DigitValue(cp);
  return value;
}

// A numeral below 10000 with units: 十二, 二十, 一百零五, 三千二 (= 3200, the unit after the last
// one is implied unless a 零 stands between).
std::optional<int> ParseSection(const std::vector<char32_t>& cps) {
  if (cps.empty()) return std::nullopt;
  constexpr int kNoUnit = 10000;
  int total = 0;
  int pending = kNone;
  int last_unit = kNoUnit;
  bool zero_since_unit = false;
  for (const char32_t cp : cps) {
    const int digit = DigitValue(cp);
    const int unit = UnitValue(cp);
    if (digit == 0) {
      if (pending != kNone) return std::nullopt;
      zero_since_unit = true;
    } else if (digit > 0) {
      if (pending != kNone) return std::nullopt;
      pending = digit;
    } else if (unit != kNone) {
      if (unit >= last_unit) return std::nullopt;
      if (pending == kNone) {
        // Only a leading 十 stands for 一十 (十二 = 12).
        if (unit != 10 || last_unit != kNoUnit || zero_since_unit) return std::nullopt;
        pending = 1;
      }
      total += pending * unit;
      last_unit = unit;
      pending = kNone;
      zero_since_unit = false;
    } else {
      return std::nullopt;
    }
  }
  if (pending != kNone) {
    total += (last_unit == kNoUnit || zero_since_unit) ? pending : pending * (last_unit / 10);
  }
  return total;
}

bool AllDigits(const std::vector<char32_t>& cps) {
  for (const char32_t cp : cps) {
    if (DigitValue(cp) == kNone) return false;
  }
  return true;
}

}  // namespace

std::optional<int> ParseChineseNumber(std::string_view text) {
  const std::vector<char32_t> cps = CodePointsOf(text);
  if (cps.empty()) return std::nullopt;
  if (AllDigits(cps)) return ParsePositional(cps);
  std::size_t wan = cps.size();
  for (std::size_t i = 0; i < cps.size(); ++i) {
    if (cps[i] == U'万' || cps[i] == U'萬') {
      if (wan != cps.size()) return std::nullopt;
      wan = i;
    }
  }
  if (wan == cps.size()) return ParseSection(cps);
  const std::vector<char32_t> high(cps.begin(), cps.begin() + static_cast<std::ptrdiff_t>(wan));
  std::vector<char32_t> low(cps.begin() + static_cast<std::ptrdiff_t>(wan) + 1, cps.end());
  const std::optional<int> high_value = ParseSection(high);
  if (!high_value) return std::nullopt;
  if (low.empty()) return *high_value * 10000;
  // 一万五 = 15000: a lone digit right after 万 counts in thousands.
  if (low.size() == 1 && DigitValue(low[0]) > 0)
    return *high_value * 10000 + DigitValue(low[0]) * 1000;
  if (low.size() > 1 && DigitValue(low[0]) == 0) low.erase(low.begin());
  const std::optional<int> low_value = ParseSection(low);
  if (!low_value) return std::nullopt;
  return *high_value * 10000 + *low_value;
}

std::optional<int> ParseCircledNumber(std::string_view text) {
  std::size_t pos = 0;
  if (text.empty()) return std::nullopt;
  const char32_t cp = utf8::Next(text, pos);
  if (pos != text.size()) return std::nullopt;
  const auto in = [cp](char32_t first, char32_t last) { return cp >= first && cp <= last; };
  if (in(U'①', U'⑳')) return static_cast<int>(cp - U'①') + 1;
  if (in(U'㉑', U'㉟')) return static_cast<int>(cp - U'㉑') + 21;
  if (in(U'㊱', U'㊿')) return static_cast<int>(cp - U'㊱') + 36;
  if (in(U'⓫', U'⓴')) return static_cast<int>(cp - U'⓫') + 11;
  if (in(U'❶', U'❿')) return static_cast<int>(cp - U'❶') + 1;
  if (in(U'➀', U'➉')) return static_cast<int>(cp - U'➀') + 1;
  if (in(U'➊', U'➓')) return static_cast<int>(cp - U'➊') + 1;
  if (cp == U'⓪') return 0;
  return std::nullopt;
}

std::optional<int> ParseNumber(std::string_view text) {
  const std::vector<char32_t> cps = CodePointsOf(text);
  if (cps.empty()) return std::nullopt;
  bool arabic = true;
  for (const char32_t cp : cps) {
    arabic = arabic && ((cp >= U'0' && cp <= U'9') || (cp >= U'０' && cp <= U'９'));
  }
  if (arabic) {
    if (cps.size() > kMaxDigits) return std::nullopt;
    int value = 0;
    for (const char32_t cp : cps)
      value = value * 10 + static_cast<int>(cp >= U'０' ? cp - U'０' : cp - U'0');
    return value;
  }
  if (std::optional<int> circled = ParseCircledNumber(text)) return circled;
  return ParseChineseNumber(text);
}

}  // namespace plancheck
