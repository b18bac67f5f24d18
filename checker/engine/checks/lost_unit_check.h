#pragma once
#include "checker/engine/checks/patterns.h"

namespace plancheck::checks {

// `consistency/lost-unit`: an [image: …] artefact right after a number (98.78[image: …]) or inside
// a rate's unit brackets (覆盖率（[image: …]）) is where Word-to-text conversion lost a unit,
// usually "%".
class LostUnitCheck final : public Check {
 public:
  static std::unique_ptr<Check> FromYaml(const RuleSpec& rule, YamlMap& map);
  void Evaluate(const CheckInput& input, ResultSink& sink) const override;
};

}  // namespace plancheck::checks
