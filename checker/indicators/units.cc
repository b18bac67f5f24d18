#include "checker/indicators/units.h"

#include <re2/re2.h>

#include "checker/decode/utf8.h"

namespace plancheck::indicators {

std::string_view UnitAlternation() {
  return "\xEF\xBF\xBC|%|‰|个百分点|百分点|万人次|人次|万人|万元|亿元|元|个工作日|工作日|小时|"
         "分钟|秒|个|名|人|家|次|件|所|项|场|篇|期|户|支|套|处|座|条|本|份|批|部|台|类|倍|天|周|"
         "平方米|公里|米";
}

bool IsRateName(std::string_view name) {
  static const RE2 pattern(R"((率|比例|覆盖面|占比|比重|百分比)\s*(\(\s*\))?\s*$)");
  return RE2::PartialMatch(name, pattern);
}

std::optional<std::string> UnitFromNameSuffix(std::string_view name, std::string& stripped) {
  // NFKC or not: accept both bracket widths.
  static const RE2 pattern(
      R"(^(.*?)\s*(?:（|\()\s*((?:%|‰|[^\d\s()（）]{1,4})(?:/[^\d\s()（）]{1,4})?)\s*(?:）|\))\s*$)");
  static const RE2 unit_start(std::string("^(") + std::string(UnitAlternation()) + ")");
  std::string head;
  std::string unit;
  if (!RE2::FullMatch(name, pattern, &head, &unit)) return std::nullopt;
  if (!RE2::PartialMatch(unit, unit_start)) return std::nullopt;
  stripped = head;
  return unit;
}

void NormalisePerPopulation(Indicator& indicator) {
  struct Base {
    RE2 pattern;
    double factor;  // multiply a value per that base by this to get per 10,000
  };
  static const Base kBases[] = {
      {RE2("每(百万|100万)人"), 0.01}, {RE2("每(十万|10万)人"), 0.1},
      {RE2("每(万|1万|一万)人"), 1.0}, {RE2("每(千|1000)人"), 10.0},
      {RE2("每(百|100)人"), 100.0},
  };
  if (indicator.name.find("每") == std::string::npos) return;
  for (const Base& base : kBases) {
    if (RE2::PartialMatch(indicator.name, base.pattern)) {
      if (indicator.unit == "%") return;  // a share is already comparable
      indicator.normalised = indicator.value * base.factor;
      indicator.normalised_unit = indicator.unit + "/万人";
      return;
    }
  }
}

namespace {

bool IsWide(char32_t cp) {
  return utf8::IsHan(cp) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) ||
         cp == U'“' || cp == U'”' || cp == U'‘' || cp == U'’';
}

bool IsDigit(char32_t cp) { return cp >= U'0' && cp <= U'9'; }

}  // namespace

std::string SqueezeCjkSpaces(std::string_view text) {
  std::u32string cps;
  for (std::size_t pos = 0; pos < text.size();) cps.push_back(utf8::Next(text, pos));
  std::string out;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    if (cps[i] == U' ' || cps[i] == U'\u3000') {
      std::size_t j = i;
      while (j < cps.size() && (cps[j] == U' ' || cps[j] == U'\u3000')) ++j;
      const bool wide_before = !out.empty() && i > 0 && (IsWide(cps[i - 1]) || IsDigit(cps[i - 1]));
      const bool wide_after = j < cps.size() && (IsWide(cps[j]) || IsDigit(cps[j]));
      const bool touches_cjk = (i > 0 && IsWide(cps[i - 1])) || (j < cps.size() && IsWide(cps[j]));
      if (wide_before && wide_after && touches_cjk) {
        i = j - 1;
        continue;
      }
    }
    utf8::Append(out, cps[i]);
  }
  return std::string(utf8::Trim(out));
}

}  // namespace plancheck::indicators
