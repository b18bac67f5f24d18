#include "checker/engine/checks/consistency_check.h"

#include "checker/engine/checks/registry.h"

namespace plancheck::checks {

std::unique_ptr<Check> ConsistencyCheck::FromYaml(const RuleSpec& rule, YamlMap& map) {
  const std::string name = map.RequiredString("check");
  std::vector<std::string> names;
  for (const CheckKind& kind : ConsistencyChecks()) {
    if (kind.name == name) return kind.make(rule, map);
    names.emplace_back(kind.name);
  }
  std::string message = "unknown consistency check \"" + name + "\"";
  const std::string close = DidYouMean(name, names);
  if (!close.empty()) message += " (did you mean '" + close + "'?)";
  message += "; checks:";
  for (const std::string& n : names) message += " " + n;
  map.Fail(map.Get("check"), message);
}

}  // namespace plancheck::checks
