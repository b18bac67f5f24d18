#include "checker/cli/rule_names.h"

#include <set>

#include <fmt/format.h>

#include "checker/report/common.h"
#include "checker/rulebook/yaml_map.h"

namespace plancheck::cli {

std::string DidYouMean(const std::string& name, const std::vector<std::string>& candidates,
                       report::Lang lang) {
  // The rulebook's own measure (as for a mistyped pack key).
  const std::string near = plancheck::DidYouMean(name, candidates);
  if (near.empty() || near == name) return "";
  return lang == report::Lang::kZh ? fmt::format("（是否为 {}？）", near)
                                   : fmt::format(" (did you mean {}?)", near);
}

std::vector<std::string> RuleNames(const std::vector<RuleInfo>& rules) {
  std::set<std::string> names;
  for (const RuleInfo& r : rules) {
    names.insert(r.id);
    names.insert(r.pack);
  }
  return {names.begin(), names.end()};
}

}  // namespace plancheck::cli
