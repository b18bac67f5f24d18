#include "checker/cli/against.h"

#include <stdexcept>

#include "checker/cli/lang.h"
#include "checker/cli/period_option.h"
#include "checker/cli/region_option.h"
#include "checker/cli/usage_error.h"
#include "checker/engine/checks/registry.h"
#include "checker/formats/format.h"
#include "checker/indicators/indicator.h"
#include "checker/rulebook/rulebook_impl.h"

namespace plancheck::cli {
namespace {

// The parts of a plan that a bundled `section` rule already requires, by the words of its id
// (national.section.guiding-ideology, national.section.targets, national.section.safeguards).
std::vector<std::string> CoveredRoles(const RulebookOptions& options) {
  std::vector<std::string> roles;
  const auto book = LoadRulebook(options);
  const std::pair<const char*, const char*> words[] = {{"guid", "guidance"},
                                                       {"target", "goals"},
                                                       {"goal", "goals"},
                                                       {"task", "tasks"},
                                                       {"safeguard", "safeguards"}};
  for (const Rule& rule : book->rules) {
    if (rule.spec.kind != "section") continue;
    for (const auto& [word, role] : words) {
      if (rule.spec.id.find(word) != std::string::npos) roles.emplace_back(role);
    }
  }
  return roles;
}

}  // namespace

derive::DerivedPack DeriveFrom(const HigherPlan& plan, const RulebookOptions& rulebook,
                               report::Lang lang, int ordinal) {
  Document doc = LoadDocument(plan.file);
  doc.path = plan.file;
  if (!plan.region.empty()) ApplyRegionOption(plan.region, doc.metadata, lang);
  if (!plan.period.empty()) ParsePeriodOption(plan.period, "--period", lang);
  ApplyPeriodAndDate(plan.period, "", doc, lang);
  derive::DeriveOptions options;
  options.covered_roles = CoveredRoles(rulebook);
  options.ordinal = ordinal;
  try {
    return derive::DerivePack(doc, ExtractIndicators(doc), options);
  } catch (const std::runtime_error& e) {
    throw UsageError(
        std::string(Tr(lang, "上级规划无法转为规则：", "the higher-level plan gives no rules: ")) +
        e.what());
  }
}

std::shared_ptr<const Rulebook> RulebookWith(const RulebookOptions& options,
                                             const std::vector<derive::DerivedPack>& derived) {
  std::vector<PackSource> sources = CollectSources(options);
  for (const derive::DerivedPack& pack : derived) {
    sources.push_back({"derived:" + pack.name + ".yaml", pack.yaml, false});
  }
  return BuildRulebook(sources, checks::CheckKinds());
}

void MarkGroups(const std::vector<derive::DerivedPack>& derived, std::vector<Result>& results) {
  for (Result& r : results) {
    for (const derive::DerivedPack& pack : derived) {
      if (r.rule.starts_with(pack.name + ".")) r.group = pack.group;
    }
  }
}

}  // namespace plancheck::cli
