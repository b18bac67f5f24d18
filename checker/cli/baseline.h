#pragma once
// The CI gate's baseline: gaps accepted once (--write-baseline FILE) do not fail later runs
// (--baseline FILE); only new gaps do. A gap is matched by rule, document and a hash of its
// evidence with whitespace removed, not by line, so it survives text moving up or down. Each entry
// accepts one gap: a second identical gap in the same document is new.
#include <map>
#include <string>
#include <tuple>

#include "checker/report/report.h"

namespace plancheck::cli {

class Baseline {
 public:
  // Throws UsageError (exit 2) naming the file when it is missing or not a plancheck baseline,
  // with the line and column of a JSON syntax error; a file over 64 MiB or nested deeper than
  // 16 levels is refused before it is parsed.
  static Baseline Load(const std::string& file, report::Lang lang);
  static Baseline Parse(const std::string& json, const std::string& file, report::Lang lang);

  // The baseline file for every gap of the run (sorted, so it diffs well in review).
  static std::string Render(const report::CheckRun& run);

  // Marks the gaps of `plan` that the baseline accepts (CheckedPlan::accepted), and counts the
  // entries of the plan no longer found (CheckedPlan::fixed).
  void Mark(report::CheckedPlan& plan) const;

  // What --write-baseline records, for its one-line summary.
  struct Summary {
    int plans = 0;
    int gaps = 0;
    LevelCounts by_level;
  };
  static Summary Tally(const report::CheckRun& run);

  std::size_t size() const { return entries_.size(); }

 private:
  using Key = std::tuple<std::string, std::string, std::string>;  // document, rule, hash
  static Key KeyOf(const std::string& document, const std::string& rule, const std::string& hash);
  std::map<Key, int> entries_;
};

}  // namespace plancheck::cli
