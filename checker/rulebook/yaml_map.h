#pragma once
// Reading a YAML mapping of a rule pack with validation: every key asked for is remembered, so what
// is left over is an unknown key (reported with the closest known one), and every error names the
// file, line and column of the node at fault.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

namespace plancheck {

// Where a node came from: the pack's file and the rule it belongs to (for messages).
struct YamlSource {
  std::string file;     // "rules/x.yaml" or "builtin:drafting/x.yaml"
  std::string context;  // "rule drafting.repeat.char", "pack drafting" or ""
  std::string_view text =
      {};  // the file's text, to give columns in characters (yaml-cpp counts bytes)
};

// Throws RuleError "file:line:col: context: message".
[[noreturn]] void FailAt(const YamlSource& source, const YAML::Mark& mark,
                         const std::string& message);

// A YAML scalar as text, or a RuleError when it is a map or a list.
std::string ScalarText(const YamlSource& source, const YAML::Node& node, std::string_view what);

// A scalar or a list of scalars, as a list (`heading: 保障措施` and `heading: [保障措施]` alike).
std::vector<std::string> TextList(const YamlSource& source, const YAML::Node& node,
                                  std::string_view what);

// The closest of `known` to `word` by edit distance, or "" when none is close.
std::string DidYouMean(std::string_view word, const std::vector<std::string>& known);

class YamlMap {
 public:
  // Throws when `node` is not a mapping, or has a key twice.
  YamlMap(const YAML::Node& node, YamlSource source, std::string_view what);

  // The value of `key`, or an undefined node. Either way `key` becomes a known key.
  YAML::Node Get(std::string_view key);
  YAML::Node Required(std::string_view key);
  bool Has(std::string_view key);

  std::string RequiredString(std::string_view key);
  std::optional<std::string> OptionalString(std::string_view key);
  std::vector<std::string> RequiredList(std::string_view key);  // scalar or list, not empty
  std::vector<std::string> OptionalList(std::string_view key);
  std::optional<int> OptionalInt(std::string_view key, int min, int max);
  std::optional<double> OptionalNumber(std::string_view key);
  std::optional<bool> OptionalBool(std::string_view key);

  // Throws on the first key never asked for, suggesting the closest known key.
  void RejectUnknownKeys() const;

  [[noreturn]] void Fail(const YAML::Node& at, const std::string& message) const;
  [[noreturn]] void Fail(const std::string& message) const;  // at the map itself
  const YamlSource& source() const { return source_; }
  const YAML::Node& node() const { return node_; }

 private:
  YAML::Node node_;
  YamlSource source_;
  std::string what_;
  std::vector<std::string> known_;
};

}  // namespace plancheck
