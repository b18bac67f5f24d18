// LoadRulebook lives with the engine: the rulebook stage validates packs, but the check kinds it
// builds them with are the engine's (checks/registry.cc).
#include "checker/engine/checks/registry.h"
#include "checker/rulebook/rulebook.h"
#include "checker/rulebook/rulebook_impl.h"

namespace plancheck {

std::shared_ptr<const Rulebook> LoadRulebook(const RulebookOptions& options) {
  return BuildRulebook(CollectSources(options), checks::CheckKinds());
}

}  // namespace plancheck
