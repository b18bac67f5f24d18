#include "checker/engine/checks/units.h"

#include <cmath>
#include <cstdio>

#include <re2/re2.h>

#include "checker/decode/utf8.h"
#include "checker/document/normalise.h"
#include "checker/indicators/numbers.h"

namespace plancheck::checks {
namespace {

// Population of a rate's denominator: "10万人" -> 100000, "十万人口" -> 100000, "万人" -> 10000.
std::optional<double> ParsePopulation(std::string_view text) {
  static const RE2 kPopulation(R"(每?(\d+(?:\.\d+)?)?(十|百|千)?(万)?(?:人口|人|户)?)");
  std::string digits, small, wan;
  if (!RE2::FullMatch(text, kPopulation, &digits, &small, &wan)) return std::nullopt;
  // "每10000…0万人" with more digits than a double holds: the unit cannot be read.
  const std::optional<double> number = digits.empty() ? 1.0 : indicators::ParseDecimal(digits);
  if (!number) return std::nullopt;
  double n = *number;
  if (small == "十") n *= 10;
  if (small == "百") n *= 100;
  if (small == "千") n *= 1000;
  if (!wan.empty()) n *= 10000;
  if (digits.empty() && small.empty() && wan.empty()) return std::nullopt;
  if (!std::isfinite(n)) return std::nullopt;
  return n;
}

bool SamePerson(const std::string& a, const std::string& b) {
  auto person = [](const std::string& u) { return u == "名" || u == "人" || u == "位"; };
  return a == b || (person(a) && person(b));
}

}  // namespace

std::optional<Unit> ParseUnit(std::string_view raw) {
  Unit unit;
  unit.written = std::string(raw);
  std::string text(utf8::Trim(Nfkc(raw)));
  if (text.empty()) return unit;
  const std::size_t slash = text.find('/');
  if (slash == std::string::npos) {
    if (text.find("百分点") != std::string::npos) return std::nullopt;  // a change, not a level
    unit.count = text;
    return unit;
  }
  const std::optional<double> people = ParsePopulation(std::string_view(text).substr(slash + 1));
  if (!people || *people <= 0) return std::nullopt;
  unit.count = text.substr(0, slash);
  unit.per_people = *people;
  return unit;
}

bool Comparable(const Unit& a, const Unit& b) {
  if (a.count.empty() && !a.rate()) return true;
  if (b.count.empty() && !b.rate()) return true;
  if (a.rate() != b.rate()) return false;
  return a.count.empty() || b.count.empty() || SamePerson(a.count, b.count);
}

double Convert(double value, const Unit& from, const Unit& to) {
  if (from.rate() && to.rate()) return value * to.per_people / from.per_people;
  return value;
}

std::string FormatNumber(double value) {
  if (!std::isfinite(value)) return "?";
  char buffer[32];
  // Beyond 15 digits %.4f would not fit the buffer; no real target is that large.
  if (std::fabs(value) >= 1e15) {
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    return buffer;
  }
  std::snprintf(buffer, sizeof buffer, "%.4f", value);
  std::string text(buffer);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

std::string DescribeDifference(double difference, const Unit& unit) {
  const std::string number = FormatNumber(std::fabs(difference));
  if (unit.percent()) return number + " 个百分点";
  if (unit.written.empty()) return number;
  return number + " " + unit.written;
}

}  // namespace plancheck::checks
