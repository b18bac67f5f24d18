#pragma once
// Units of indicator targets, for comparing a plan's target with a framework's: "%", counts
// ("名", "件") and per-population rates ("件/10万人", "件/万人"), which convert to per 10,000.
#include <optional>
#include <string>
#include <string_view>

namespace plancheck::checks {

struct Unit {
  std::string count;      // "%", "件", "名"… ("" when not stated)
  double per_people = 0;  // the population of a rate (100000 for 件/10万人), 0 when not a rate
  std::string written;    // as given

  bool percent() const { return count == "%"; }
  bool rate() const { return per_people > 0; }
};

// Parses a unit as plans and packs write it; nullopt when it cannot be read.
std::optional<Unit> ParseUnit(std::string_view text);

// Whether values in `a` can be compared with values in `b` (an unstated unit compares with any).
bool Comparable(const Unit& a, const Unit& b);

// `value` in unit `from` expressed in unit `to` (rates convert by population); Comparable first.
double Convert(double value, const Unit& from, const Unit& to);

// How a difference reads: "10 个百分点" for %, "1.5 件/万人" for a rate.
std::string DescribeDifference(double difference, const Unit& unit);

// A number without trailing zeros: 100, 1.5, 0.25.
std::string FormatNumber(double value);

}  // namespace plancheck::checks
