#pragma once
#include "checker/engine/checks/patterns.h"
#include "checker/engine/checks/role_scope.h"

namespace plancheck::checks {

// `reference`: a basis document cited in 《…》. Pass when one of `documents` matches inside a
// 《…》; partial when it is named without them, or cited only outside the parts `in` names (all
// but the background by default: a look back at a law is not the plan resting on it); fail when
// absent.
class ReferenceCheck final : public Check {
 public:
  static std::unique_ptr<Check> FromYaml(const RuleSpec& rule, YamlMap& map);
  std::vector<Trigger> Triggers() const override;
  void Evaluate(const CheckInput& input, ResultSink& sink) const override;

 private:
  PatternList documents_;
  RoleScope in_;
};

}  // namespace plancheck::checks
