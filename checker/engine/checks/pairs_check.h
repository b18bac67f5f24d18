#pragma once
#include "checker/engine/checks/patterns.h"

namespace plancheck::checks {

// `consistency/pairs`: 《》 “” ‘’ （） 【】 〔〕 「」 『』 〈〉 balanced within each paragraph
// (GB/T 15834). A table cell broken over lines is one cell; a quotation continued over paragraphs
// (each opens with “, only the last closes) is allowed; a list marker "1）" is not a bracket. Reads
// the text view.
class PairsCheck final : public Check {
 public:
  static std::unique_ptr<Check> FromYaml(const RuleSpec& rule, YamlMap& map);
  void Evaluate(const CheckInput& input, ResultSink& sink) const override;

  // A mark left open or closed without its partner: byte offset in `text` and the mark.
  struct Problem {
    std::size_t offset = 0;
    std::string mark;
    bool unclosed = true;
  };
  static std::vector<Problem> Scan(std::string_view text);
};

}  // namespace plancheck::checks
