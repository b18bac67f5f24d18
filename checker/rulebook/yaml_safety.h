#pragma once
// YAML that costs more to read than its size: an alias can point at its own ancestor (a cycle
// that recursion never leaves) or be repeated into a billion copies, and deep nesting exhausts
// the stack. Rule packs, .plancheck.yaml and the like have no use for either, so every YAML file
// plancheck reads goes through SafeYamlLoad: aliases are refused and nesting is bounded.
#include <stdexcept>
#include <string>
#include <string_view>

#include <yaml-cpp/yaml.h>

namespace plancheck {

// Maps and lists nested deeper than this are refused (the bundled packs use fewer than 10).
inline constexpr int kMaxYamlDepth = 64;

// What SafeYamlLoad refuses, with where (yaml-cpp's mark: 0-based line, byte column) and a
// message in both languages; the caller adds the file and picks the language.
class UnsafeYaml : public std::runtime_error {
 public:
  UnsafeYaml(const YAML::Mark& mark, std::string zh, std::string en)
      : std::runtime_error(en), mark_(mark), zh_(std::move(zh)), en_(std::move(en)) {}
  const YAML::Mark& mark() const { return mark_; }
  const std::string& zh() const { return zh_; }
  const std::string& en() const { return en_; }

 private:
  YAML::Mark mark_;
  std::string zh_;
  std::string en_;
};

// YAML::Load of the first document of `text`, after a pass over its parser events that throws
// UnsafeYaml at the first alias (*name, including merge keys `<<: *name`) or at the first map or
// list nested deeper than kMaxYamlDepth. Invalid YAML throws YAML::ParserException as YAML::Load.
YAML::Node SafeYamlLoad(std::string_view text);

}  // namespace plancheck
