#pragma once
#include "checker/engine/checks/patterns.h"
#include "checker/engine/checks/replacement.h"

namespace plancheck::checks {

// `consistency/doc-number`: 发文字号 form (GB/T 9704-2012 7.2.5): the year in full inside 六角括号
// 〔〕, no 第 before the sequence number, no leading zero: 五府办发〔2022〕13号. Reads the text
// view: NFKC would turn the look-alikes ﹝﹞ into 〔〕 and hide the mistake. With `replace:` a 文号
// whose only faults are its marks carries the corrected 文号 as its fix.
class DocNumberCheck final : public Check {
 public:
  static std::unique_ptr<Check> FromYaml(const RuleSpec& rule, YamlMap& map);
  std::vector<Trigger> Triggers() const override;
  void Evaluate(const CheckInput& input, ResultSink& sink) const override;

  // What is wrong with one 文号 as written ("" when nothing).
  static std::string Problems(std::string_view doc_number);

 private:
  Replacement replace_;
};

}  // namespace plancheck::checks
