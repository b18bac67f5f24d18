// YAML text -> one rule pack through the loader and validator (BuildRulebook, what LoadRulebook
// runs on every --rules pack), then what a loaded pack is used for: `rules lint`, `rules test`
// (every rule's self-tests) and a check of a small plan. RuleError is the documented failure.
// The custom mutator adds anchors, aliases, alias cycles, alias bombs and huge numbers.
#include <cstdint>
#include <memory>
#include <vector>

#include "checker/engine/checks/registry.h"
#include "checker/engine/evaluate.h"
#include "checker/engine/self_test.h"
#include "checker/indicators/indicator.h"
#include "checker/rulebook/rule_error.h"
#include "checker/rulebook/rulebook_impl.h"
#include "fuzz/fuzz_support.h"
#include "fuzz/mutators.h"

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size,
                                               std::size_t max_size, unsigned seed) {
  return plancheck::fuzz::MutateYaml(data, size, max_size, seed, false);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::shared_ptr<plancheck::Document> plan =
      plancheck::fuzz::ParsePlan("plan.txt", plancheck::fuzz::kSamplePlan);
  static const plancheck::Indicators indicators = plancheck::ExtractIndicators(*plan);
  std::shared_ptr<const plancheck::Rulebook> book;
  try {
    const std::vector<plancheck::PackSource> sources = {
        {"rules/fuzz.yaml", plancheck::fuzz::AsString(data, size), false}};
    book = plancheck::BuildRulebook(sources, plancheck::checks::CheckKinds());
  } catch (const plancheck::RuleError& e) {
    plancheck::fuzz::Refused(e);
    return 0;
  }
  (void)plancheck::ListRules(*book);
  (void)plancheck::ListPacks(*book);
  (void)plancheck::LintWarnings(*book);
  (void)plancheck::ApplicablePacks(*book, plan->metadata);
  (void)plancheck::RunSelfTests(*book);
  (void)plancheck::Evaluate(*book, *plan, indicators);
  return 0;
}
