#pragma once
#include <optional>

#include "checker/engine/checks/patterns.h"
#include "checker/engine/checks/role_scope.h"
#include "checker/engine/checks/units.h"

namespace plancheck::checks {

// `indicator`: a quantitative target whose name matches `name` ({all, any, none}) and meets
// `expect` ({op, value, unit}) after unit conversion. Partial when the subject is mentioned without
// a target or the target is weaker (by how much); fail when never mentioned. Targets and mentions
// count in the parts `in` names (all but the background by default): a figure in 发展基础 is what
// was achieved, not a target, and gives partial (仅在发展基础中提及).
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
  Match BestMatch(const Document& doc, const Indicators& indicators) const;
  struct Mention {
    const Block* block;
    std::size_t at;  // byte offset in block.norm
  };
  // The first sentence that mentions the subject, in the parts that count (or, `counted` false,
  // in those that do not).
  std::optional<Mention> FirstMention(const CheckInput& input, bool counted) const;
  // A partial result at the first sentence that mentions the subject; false when none does.
  bool AddMention(const CheckInput& input, ResultSink& sink) const;
  // A partial result where the subject appears only outside `in`; false when it does not.
  bool AddOutside(const CheckInput& input, ResultSink& sink) const;
  bool Counts(const Document& doc, int block) const;
  bool NameMatches(const Indicator& indicator) const;
  bool SentenceMentions(std::string_view sentence) const;
  std::string ExpectText() const;

  PatternList all_, any_, none_;
  std::optional<Expect> expect_;
  RoleScope in_;
};

// Where an indicator is: its own line and column, the section of its block, its evidence.
Result& PlaceAtIndicator(Result& r, const Document& doc, const Indicator& ind);

}  // namespace plancheck::checks
