#pragma once
#include "checker/engine/checks/patterns.h"

namespace plancheck::checks {

// `consistency/declared-count`: a count declared for a table (共26项, in its caption, its header or
// the lines just above it) equals the table's rows (its 序号 column when it has one).
class DeclaredCountCheck final : public Check {
 public:
  static std::unique_ptr<Check> FromYaml(const RuleSpec& rule, YamlMap& map);
  void Evaluate(const CheckInput& input, ResultSink& sink) const override;
};

// Rows of a table as its numbering counts them.
int CountedRows(const Table& table);

}  // namespace plancheck::checks
