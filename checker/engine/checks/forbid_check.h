#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "checker/engine/checks/patterns.h"
#include "checker/engine/checks/replacement.h"
#include "checker/engine/checks/role_scope.h"

namespace plancheck::checks {

// `forbid`: `patterns` that must not appear (in the raw text view with `raw: true`), optionally
// only `within` some sections, not when one of `unless` appears in the same scope, and not for a
// hit that one of `except` matches in full; with `in:`, only in those parts of the plan (a stale
// phrase in the background looks back, in the tasks it commits). With `replace:` (a map of
// literal marks, raw view only), a hit carries its fix: the hit with those marks replaced, so a
// half-width ",", "(" becomes a tracked change in Word; none when the replaced hit is the same or
// still a hit. One fail per hit; one pass when none.
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
  std::optional<RoleScope> in_;  // without `in:` every part counts, the background too
  Replacement replace_;          // the fix: these marks replaced
};

}  // namespace plancheck::checks
