#include "checker/rulebook/yaml_safety.h"

#include <sstream>

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>

namespace plancheck {
namespace {

// The name after '*' at `mark` ("w" for `*w`), or "" when the text there is not an alias.
std::string AliasName(std::string_view text, const YAML::Mark& mark) {
  if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) >= text.size()) return "";
  std::size_t at = static_cast<std::size_t>(mark.pos);
  if (text[at] != '*') return "";
  const std::size_t end = text.find_first_of(" \t\r\n,[]{}", ++at);
  constexpr std::size_t kShown = 40;  // a name is short; do not quote a whole line
  return std::string(text.substr(at, std::min(end, text.size()) - at).substr(0, kShown));
}

// Refuses aliases and deep nesting while yaml-cpp reads the events; builds nothing.
class Guard final : public YAML::EventHandler {
 public:
  explicit Guard(std::string_view text) : text_(text) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {}
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    const std::string name = AliasName(text_, mark);
    const std::string shown = name.empty() ? "" : "*" + name;
    throw UnsafeYaml(
        mark,
        fmt::format("YAML 别名（{}）不受支持：请把锚点（&）处的内容照写一遍",
                    shown.empty() ? "*" : shown),
        fmt::format("YAML aliases are not supported ({}): write the anchored (&) content out "
                    "in full instead",
                    shown.empty() ? "*" : shown));
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    Enter(mark);
  }
  void OnSequenceEnd() override { --depth_; }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    Enter(mark);
  }
  void OnMapEnd() override { --depth_; }

 private:
  void Enter(const YAML::Mark& mark) {
    if (++depth_ <= kMaxYamlDepth) return;
    throw UnsafeYaml(mark,
                     fmt::format("YAML 嵌套超过 {} 层（映射和列表）：请减少嵌套", kMaxYamlDepth),
                     fmt::format("YAML nested deeper than {} levels of maps and lists; flatten it",
                                 kMaxYamlDepth));
  }

  std::string_view text_;
  int depth_ = 0;
};

}  // namespace

YAML::Node SafeYamlLoad(std::string_view text) {
  std::istringstream in{std::string(text)};
  YAML::Parser parser(in);
  Guard guard(text);
  parser.HandleNextDocument(guard);
  return YAML::Load(std::string(text));
}

}  // namespace plancheck
