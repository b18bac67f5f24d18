#pragma once
#include <optional>
#include <string>

#include "checker/engine/checks/indicator_check.h"

namespace plancheck::checks {

// `counterpart`: a higher-level plan's indicator (`name`, `category`, `unit` as it writes them)
// that the plan must carry on (衔接审核). The plan's indicator with the best name-match score
// (derive/name_match.h, at least `min_score`) is compared with `expect`; `change: true` for a
// change target (增长10%). Pass when it meets it; partial when lower (quoting the plan's own note
// on why, when one is near) or not comparable; fail when no indicator matches (未设定). Each
// result carries the two targets side by side, the direction and the score.
class CounterpartCheck final : public Check {
 public:
  static std::unique_ptr<Check> FromYaml(const RuleSpec& rule, YamlMap& map);
  void Evaluate(const CheckInput& input, ResultSink& sink) const override;
  std::string TargetText() const override { return target_; }

 private:
  struct Found {
    const Indicator* indicator = nullptr;
    double score = 0;
  };
  Found BestMatch(const Indicators& indicators) const;
  // 高于, 低于, 持平 or 无法比较, and how far short (0 when it meets the target).
  std::pair<std::string, std::optional<double>> Compare(const Indicator& lower) const;

  std::string name_;
  std::string category_;
  std::string unit_;  // as the higher plan writes it ("人", "件/10万人", "人/中心")
  IndicatorCheck::Expect expect_;
  bool unit_parsed_ = true;  // false: compared only with the same unit as written
  bool change_ = false;
  double min_score_ = 0;
  std::string target_;  // "≥3人/万人"
};

}  // namespace plancheck::checks
