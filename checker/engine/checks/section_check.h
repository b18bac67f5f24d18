#pragma once
#include "checker/engine/checks/patterns.h"

namespace plancheck::checks {

// `section`: a heading whose title matches one of `heading` (at `at_level` when given, with a body
// of at least `min_body` characters). Partial when the body is too short or the words appear only
// in body text; fail otherwise.
class SectionCheck final : public Check {
 public:
  static std::unique_ptr<Check> FromYaml(const RuleSpec& rule, YamlMap& map);
  std::vector<Trigger> Triggers() const override;
  void Evaluate(const CheckInput& input, ResultSink& sink) const override;

 private:
  PatternList heading_;
  int at_level_ = 0;
  int min_body_ = 0;
};

// Code points of a heading's body: its run-in text and every block up to the next heading at its
// level or above. Spaces are not counted.
int BodyLength(const Document& doc, int heading);

}  // namespace plancheck::checks
