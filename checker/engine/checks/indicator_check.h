#pragma once
#include <optional>

#include "checker/engine/checks/patterns.h"
#include "checker/engine/checks/units.h"

namespace plancheck::checks {

// `indicator`: a quantitative target whose name matches `name` ({all, any, none}) and meets
// `expect` ({op, value, unit}) after unit conversion. Partial when the subject is mentioned without
// a target or the target is weaker (by how much); fail when never mentioned.
class IndicatorCheck final : public Check {
 public:
  static std::unique_ptr<Check> FromYaml(const RuleSpec& rule, YamlMap& map);
  std::vector<Trigger> Triggers() const override;
  void Evaluate(const CheckInput& input, ResultSink& sink) const override;
  std::string TargetText() const override { return expect_ ? ExpectText() : ""; }

  struct Expect {
    std::string op;  // ">=", ">", "=", "<=", "<"
    double value = 0;
    Unit unit;
  };

  // How far `indicator` falls short of `expect` in expect's unit: 0 when it meets it, nullopt when
  // the two cannot be compared (a change, another unit, a bound in the other direction).
  static std::optional<double> Shortfall(const Indicator& indicator, const Expect& expect);

 private:
  // The indicator that meets `expect` (short_by 0), else the closest weaker one, else one whose
  // target cannot be compared.
  struct Match {
    const Indicator* indicator = nullptr;
    double short_by = 0;
    const Indicator* without_target = nullptr;
  };
  Match BestMatch(const Indicators& indicators) const;
  // A partial result at the first sentence that mentions the subject; false when none does.
  bool AddMention(const CheckInput& input, ResultSink& sink) const;
  bool NameMatches(const Indicator& indicator) const;
  bool SentenceMentions(std::string_view sentence) const;
  std::string ExpectText() const;

  PatternList all_, any_, none_;
  std::optional<Expect> expect_;
};

}  // namespace plancheck::checks
