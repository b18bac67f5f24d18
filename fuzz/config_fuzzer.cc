// .plancheck.yaml text -> ParseConfig, then everything check does with a config before and while
// checking: every pattern must name a rule (the overrides' too), the settings for a few document
// paths (the override globs), disabled rules and level overrides applied to a checked plan, the
// region resolved with the gazetteer. UsageError is the documented failure. The custom mutator
// adds anchors, aliases, alias bombs, huge numbers and globs that backtrack.
//
// `fuzz_config --write-seeds=DIR` writes seeds that use every key (config.h), with the bundled
// rules' real ids and real regions.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "checker/cli/config.h"
#include "checker/cli/region_option.h"
#include "checker/cli/usage_error.h"
#include "fuzz/fuzz_support.h"
#include "fuzz/mutators.h"

namespace {

// Paths as given on a command line: plain, in a drafts folder, and long with repeated letters (what
// a backtracking glob is slow on).
const std::vector<std::string>& Documents() {
  static const std::vector<std::string> documents = {
      "corpus/shanghai-songjiang-2023-2025.txt",
      "drafts/2024/songjiang-draft.docx",
      "/abs/plans/plan.md",
      "../elsewhere/a-draft-draft-draft-draft.txt",
      std::string(40, 'a') + "/" + std::string(30, 'a') + "/" + std::string(60, 'a') + ".txt",
  };
  return documents;
}

void WriteSeeds(const std::string& dir) {
  plancheck::fuzz::WriteSeed(
      dir, "every-key.yaml",
      "rules: [rules-extra/, ../shared/rules]\n"
      "builtin-rules: true\n"
      "fail-on: warning\n"
      "baseline: .plancheck-baseline.json\n"
      "lang: zh\n"
      "region: 上海市/松江区\n"
      "disable: [drafting.repeat.char, \"drafting.typo.*\"]\n"
      "levels: {national.topic.hotline-12348: error, \"national.*\": info}\n"
      "overrides:\n"
      "  - files: [\"drafts/**\", \"*-draft.txt\", \"**/songjiang-*.docx\"]\n"
      "    disable: [\"drafting.*\"]\n"
      "    levels: {\"*\": warning}\n"
      "    region: 吉林省/长春市/绿园区\n"
      "  - files: [\"corpus/*.txt\"]\n"
      "    region: \"511112\"\n");
  plancheck::fuzz::WriteSeed(dir, "anchors.yaml",
                             "disable: &off [\"drafting.typo.*\"]\n"
                             "overrides:\n"
                             "  - files: &drafts [\"drafts/**\"]\n"
                             "    disable: *off\n"
                             "  - files: *drafts\n"
                             "    levels: {drafting.punctuation.doubled: info}\n");
  plancheck::fuzz::WriteSeed(dir, "empty.yaml", "");
  plancheck::fuzz::WriteSeed(dir, "en.yaml",
                             "lang: en\nfail-on: never\nregion: 四川省/乐山市/五通桥区\n");
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  const std::vector<std::string> dirs = plancheck::fuzz::FlagValues(*argc, *argv, "write-seeds");
  if (!dirs.empty()) {
    WriteSeeds(dirs.front());
    std::exit(0);
  }
  return 0;
}

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size,
                                               std::size_t max_size, unsigned seed) {
  return plancheck::fuzz::MutateYaml(data, size, max_size, seed, true);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using plancheck::cli::UsageError;
  static const plancheck::report::CheckedPlan checked = plancheck::fuzz::CheckPlan(
      plancheck::fuzz::ParsePlan("plan.txt", plancheck::fuzz::kSamplePlan));
  const plancheck::report::Lang lang =
      size % 2 ? plancheck::report::Lang::kEn : plancheck::report::Lang::kZh;
  plancheck::cli::Config config;
  try {
    config = plancheck::cli::ParseConfig(plancheck::fuzz::AsString(data, size),
                                         "project/.plancheck.yaml", lang);
  } catch (const UsageError& e) {
    plancheck::fuzz::Refused(e);
    return 0;
  }
  try {  // as CheckPlans validates the config before reading any plan
    for (const plancheck::cli::Config::Override& o : config.overrides) {
      std::vector<plancheck::RuleInfo> probe = plancheck::fuzz::BuiltinRules();
      plancheck::cli::ApplySettings(o.settings, probe, lang);
    }
    std::vector<plancheck::RuleInfo> rules = plancheck::fuzz::BuiltinRules();
    plancheck::cli::ApplySettings(config.settings, rules, lang);
  } catch (const UsageError& e) {
    plancheck::fuzz::Refused(e);
  }
  for (const std::string& document : Documents()) {
    const plancheck::cli::DocumentSettings settings = config.For(document);
    plancheck::DocumentReport report = checked.report;
    try {
      plancheck::cli::ApplySettings(settings, plancheck::fuzz::BuiltinRules(), report, lang);
    } catch (const UsageError& e) {
      plancheck::fuzz::Refused(e);
    }
    if (!settings.region.empty()) {
      plancheck::Metadata metadata = checked.document->metadata;
      try {
        plancheck::cli::ApplyRegionOption(settings.region, metadata, lang);
      } catch (const UsageError& e) {
        plancheck::fuzz::Refused(e);
      }
    }
  }
  return 0;
}
