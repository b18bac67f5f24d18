#include "checker/indicators/quantity.h"

#include <re2/re2.h>

#include "checker/decode/utf8.h"
#include "checker/document/chinese_numeral.h"
#include "checker/indicators/comparators.h"
#include "checker/indicators/numbers.h"
#include "checker/indicators/units.h"

namespace plancheck::indicators {
namespace {

std::string_view PieceView(const re2::StringPiece& piece) { return {piece.data(), piece.size()}; }

// "百人" and "千名" mean one hundred, one thousand: the numeral parser wants the 一.
std::optional<double> ChineseValue(std::string_view numeral) {
  std::string text(numeral);
  if (text.starts_with("百") || text.starts_with("千") || text.starts_with("万")) {
    text = "一" + text;
  }
  if (text.ends_with("万")) {
    const std::optional<int> head = ParseChineseNumber(text.substr(0, text.size() - 3));
    if (head) return *head * 10000.0;
  }
  const std::optional<int> value = ParseChineseNumber(text);
  if (!value) return std::nullopt;
  return *value;
}

}  // namespace

std::vector<Quantity> FindQuantities(std::string_view text) {
  static const RE2 pattern(
      R"((\d+(?:\.\d+)?)(?:\s*(?:-|~|—|–|至|到)\s*(\d+(?:\.\d+)?))?|([一二两三四五六七八九十百千万]+))");
  std::vector<Quantity> out;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m[4];
  std::size_t pos = 0;
  while (pos < text.size() && pattern.Match(input, pos, text.size(), RE2::UNANCHORED, m, 4)) {
    Quantity q;
    q.begin = static_cast<std::size_t>(m[0].data() - text.data());
    q.end = q.begin + m[0].size();
    pos = q.end > pos ? q.end : pos + 1;
    if (!m[3].empty()) {
      const std::optional<double> value = ChineseValue(PieceView(m[3]));
      if (!value) continue;
      q.value = *value;
      q.chinese = true;
    } else {
      // Digits too many for a double are no quantity: skipped, like an unreadable numeral.
      const std::optional<double> value = ParseDecimal(PieceView(m[1]));
      const std::optional<double> value_max =
          m[2].empty() ? std::nullopt : ParseDecimal(PieceView(m[2]));
      if (!value || (!m[2].empty() && !value_max)) continue;
      q.value = *value;
      q.value_max = value_max;
    }
    out.push_back(q);
  }
  return out;
}

UnitRead UnitAfter(std::string_view right) {
  static const RE2 pattern("^(\\s*(" + std::string(UnitAlternation()) + "))");
  re2::StringPiece all;
  re2::StringPiece unit;
  if (!RE2::PartialMatch(right, pattern, &all, &unit)) return {};
  UnitRead read;
  read.length = all.size();
  read.unit = std::string(unit.data(), unit.size());
  if (read.unit == kLostUnit) {
    read.unit.clear();
    read.lost = true;
  }
  return read;
}

std::optional<CellTarget> ParseTargetCell(std::string_view norm) {
  static const RE2 full_cover(R"(^\s*(全覆盖|全部覆盖|100%覆盖)\s*$)");
  if (RE2::FullMatch(norm, full_cover)) return CellTarget{"=", 100, std::nullopt, "%"};
  const std::vector<Quantity> found = FindQuantities(norm);
  if (found.empty()) return std::nullopt;
  const Quantity& q = found.front();
  if (q.chinese) return std::nullopt;
  const std::string_view left = utf8::Trim(norm.substr(0, q.begin));
  const Cue cue = CueBefore(left);
  if (!left.empty() && cue.begin != 0) return std::nullopt;  // words we do not understand
  const std::string_view right = norm.substr(q.end);
  const UnitRead unit = UnitAfter(right);
  const Suffix suffix = SuffixAfter(right.substr(unit.length));
  CellTarget target;
  target.value = q.value;
  target.value_max = q.value_max;
  target.unit = unit.unit;
  target.op = q.value_max ? "range" : CombineOp(cue, suffix);
  if (cue.kind == CueKind::kChange) return std::nullopt;  // 增长10% is no level target
  return target;
}

std::optional<double> ParsePlainNumber(std::string_view norm) {
  static const RE2 pattern(R"(^\s*(\d+(?:\.\d+)?)\s*%?\s*$)");
  std::string digits;
  if (!RE2::FullMatch(norm, pattern, &digits)) return std::nullopt;
  return ParseDecimal(digits);
}

}  // namespace plancheck::indicators
