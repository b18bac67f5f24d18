#pragma once
#include <string>

#include "checker/engine/checks/patterns.h"

namespace plancheck::checks {

// `consistency/repeat`: a character typed twice (提提供) or a word typed twice (服务服务). RE2 has
// no backreferences, so this scans code points; a dictionary word segmentation (ICU) tells a
// doubled character inside a word boundary (学习|习近平, 管理|理念: fine) from a stray one
// (提|提供). Normal reduplication (常常, 方方面面, 一步一步), the `allow` words, and a doubled
// `suffixes` character (委员会会议: 会 ends 委员会 and starts 会议) are not defects.
class RepeatCheck final : public Check {
 public:
  static std::unique_ptr<Check> FromYaml(const RuleSpec& rule, YamlMap& map);
  void Evaluate(const CheckInput& input, ResultSink& sink) const override;

  struct Finding {
    std::size_t offset = 0;  // byte offset of the repeated part in the text
    std::string repeated;    // "提" or "服务"
  };
  // Doubled characters and words in `text`, skipping `allow` words.
  std::vector<Finding> Scan(std::string_view text) const;

 private:
  // An `allow` word covers the bytes [begin, end) of `text`.
  bool Allowed(std::string_view text, std::size_t begin, std::size_t end) const;

  std::vector<std::string> allow_;
  std::u32string suffixes_;
};

}  // namespace plancheck::checks
