#pragma once
// `consistency`: structural checks done in code, chosen by `check:`. Each is a Check of its own
// (numbering_check, pairs_check, …), registered by name in registry.cc.
#include "checker/engine/checks/patterns.h"

namespace plancheck::checks {

class ConsistencyCheck {
 public:
  // Reads `check` and builds that check from the same map (it reads its own options).
  static std::unique_ptr<Check> FromYaml(const RuleSpec& rule, YamlMap& map);
};

}  // namespace plancheck::checks
