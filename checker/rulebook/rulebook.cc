// Placeholder until the rulebook lands: an empty rulebook.
#include "checker/rulebook/rulebook.h"

namespace plancheck {

class Rulebook {};

std::shared_ptr<const Rulebook> LoadRulebook(const RulebookOptions&) {
  return std::make_shared<const Rulebook>();
}
std::vector<RuleInfo> ListRules(const Rulebook&) { return {}; }
std::vector<PackInfo> ListPacks(const Rulebook&) { return {}; }

}  // namespace plancheck
