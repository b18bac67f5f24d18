#pragma once
#include "checker/engine/checks/patterns.h"
#include "checker/engine/checks/role_scope.h"

namespace plancheck::checks {

// `topic`: `patterns` mentioned at least `min` times (default 1), in the whole plan or `within`
// sections whose heading matches, in the parts `in` names (all but the background by default),
// each with one of `near` in its sentence when given. Partial with fewer mentions, or when the
// only mentions are outside those parts (仅在发展基础中提及), or only `weaker` matches (a general
// commitment where the rule asks a specific one: 经费保障机制 where legal-aid funds must be in the
// budget); fail with none.
class TopicCheck final : public Check {
 public:
  static std::unique_ptr<Check> FromYaml(const RuleSpec& rule, YamlMap& map);
  std::vector<Trigger> Triggers() const override;
  void Evaluate(const CheckInput& input, ResultSink& sink) const override;

 private:
  PatternList patterns_;
  PatternList within_;
  PatternList near_;
  PatternList weaker_;
  RoleScope in_;
  int min_ = 1;
};

}  // namespace plancheck::checks
