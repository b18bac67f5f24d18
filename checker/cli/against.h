#pragma once
// --against HIGHER (check, audit; `against:` in the config) and `rules derive`: a higher-level
// plan read with the same loaders and derived into a rule pack (checker/derive/).
#include <memory>
#include <string>
#include <vector>

#include "checker/derive/derive_pack.h"
#include "checker/report/report.h"
#include "checker/rulebook/rulebook.h"

namespace plancheck::cli {

// What to read the higher plan as when its text does not say (or says otherwise).
struct HigherPlan {
  std::string file;
  std::string region;  // "上海市": the level it stands for (松江's annex as a Shanghai-level plan)
  std::string period;  // "2020-2022"
};

// Loads `plan` (InputError → exit 3) and derives its pack. `ordinal` tells apart packs of plans
// with the same region. Throws UsageError when nothing can be derived.
derive::DerivedPack DeriveFrom(const HigherPlan& plan, const RulebookOptions& rulebook,
                               report::Lang lang, int ordinal = 0);

// The rulebook of `options` with the derived packs beside its packs.
std::shared_ptr<const Rulebook> RulebookWith(const RulebookOptions& options,
                                             const std::vector<derive::DerivedPack>& derived);

// Sets Result::group on the results of a derived pack's rules.
void MarkGroups(const std::vector<derive::DerivedPack>& derived, std::vector<Result>& results);

}  // namespace plancheck::cli
