#pragma once
#include "checker/engine/checks/patterns.h"
#include "checker/engine/checks/replacement.h"

namespace plancheck::checks {

// `consistency/numbering`: heading numbers run 1, 2, 3 within each level with no gap or repeat (a
// sequence that runs on across parents is allowed); no level skipped; the standard forms of
// GB/T 9704 (一、 （一） 1. （1）) not mixed with half-width brackets or other delimiters. With
// `replace:`, a number in half-width brackets carries the full-width one as its fix.
class NumberingCheck final : public Check {
 public:
  static std::unique_ptr<Check> FromYaml(const RuleSpec& rule, YamlMap& map);
  void Evaluate(const CheckInput& input, ResultSink& sink) const override;

 private:
  void CheckSequence(const Document& doc, ResultSink& sink) const;
  void CheckLevels(const Document& doc, ResultSink& sink) const;
  void CheckForms(const Document& doc, ResultSink& sink) const;
  std::string BracketFix(const Document& doc, const Heading& h) const;

  Replacement replace_;  // `replace:` the marks of a half-width number, {"(": "（", ")": "）"}
};

}  // namespace plancheck::checks
