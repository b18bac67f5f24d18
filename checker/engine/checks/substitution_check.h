#pragma once
#include "checker/engine/checks/patterns.h"

namespace plancheck::checks {

// `substitution`: wrong form -> right form. Every `wrong` is a literal string; all of them (of all
// rules) go through the one RE2::Set pass, so a list of thousands costs one scan. A pair may list
// `except`: longer strings in which the wrong form is right (公正处理 holds 公正处). One fail per
// hit with the fix; one pass when there is none.
class SubstitutionCheck final : public Check {
 public:
  static std::unique_ptr<Check> FromYaml(const RuleSpec& rule, YamlMap& map);
  std::vector<Trigger> Triggers() const override;
  Polarity TriggerPolarity() const override { return Polarity::kForbidden; }
  void Evaluate(const CheckInput& input, ResultSink& sink) const override;

 private:
  struct Pair {
    std::string wrong;  // in the view's form
    std::string right;
    std::string wrong_written;
    std::vector<std::string> except;  // in the view's form
    YAML::Mark mark;
  };
  bool Excepted(const Pair& pair, std::string_view text, std::size_t at) const;

  View view_ = View::kNorm;
  std::vector<Pair> pairs_;
};

}  // namespace plancheck::checks
