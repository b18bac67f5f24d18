#pragma once
#include "checker/engine/checks/patterns.h"

namespace plancheck::checks {

// `forbid`: `patterns` that must not appear (in the raw text view with `raw: true`), optionally
// only `within` some sections, not when one of `unless` appears in the same scope, and not for a
// hit that one of `except` matches in full. One fail per hit; one pass when there is none.
class ForbidCheck final : public Check {
 public:
  static std::unique_ptr<Check> FromYaml(const RuleSpec& rule, YamlMap& map);
  std::vector<Trigger> Triggers() const override;
  Polarity TriggerPolarity() const override { return Polarity::kForbidden; }
  void Evaluate(const CheckInput& input, ResultSink& sink) const override;

 private:
  PatternList patterns_;
  PatternList within_;
  PatternList unless_;
  PatternList except_;
};

}  // namespace plancheck::checks
