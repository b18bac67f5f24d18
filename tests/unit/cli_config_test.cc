#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "checker/cli/config.h"
#include "checker/cli/glob.h"
#include "checker/cli/usage_error.h"
#include "checker/decode/decoded_text.h"
#include "report_test_support.h"
#include "test_paths.h"

namespace plancheck::cli {
namespace {

using report::Lang;

std::string ConfigError(const std::string& yaml, Lang lang = Lang::kEn) {
  try {
    ParseConfig(yaml, "repo/.plancheck.yaml", lang);
  } catch (const UsageError& e) {
    return e.what();
  }
  return "";
}

TEST(CliConfig, ReadsEveryKey) {
  const Config config =
      LoadConfig(testing::SourcePath("tests/fixtures/config/full.plancheck.yaml"), Lang::kEn);
  const std::string dir = testing::SourcePath("tests/fixtures/config");
  EXPECT_EQ(config.rule_dirs, std::vector<std::string>{dir + "/rules"});
  EXPECT_EQ(config.builtin_rules, false);
  EXPECT_EQ(config.fail_on, report::FailOn::kWarning);
  EXPECT_EQ(config.baseline, dir + "/baseline.json");
  EXPECT_EQ(config.lang, "en");
  ASSERT_EQ(config.settings.disable.size(), 1u);
  EXPECT_EQ(config.settings.disable[0].pattern, "fixture.topic.*");
  EXPECT_NE(config.settings.disable[0].where.find("full.plancheck.yaml:"), std::string::npos);
  ASSERT_EQ(config.settings.levels.size(), 1u);
  EXPECT_EQ(config.settings.levels[0].second, Severity::kInfo);
  ASSERT_EQ(config.overrides.size(), 1u);
  EXPECT_EQ(config.overrides[0].files, std::vector<std::string>{"drafts/**"});
}

TEST(CliConfig, UnknownKeysAndBadValuesNameFileLineAndColumn) {
  EXPECT_EQ(ConfigError("fail-on: error\nrulez: [x]\n")
                .rfind("repo/.plancheck.yaml:2:1: unknown key 'rulez'", 0),
            0u)
      << ConfigError("fail-on: error\nrulez: [x]\n");
  EXPECT_NE(
      ConfigError("fail-on: sometimes\n").find("repo/.plancheck.yaml:1:10: unknown fail-on level"),
      std::string::npos)
      << ConfigError("fail-on: sometimes\n");
  EXPECT_NE(ConfigError("levels: {a.b: severe}\n").find(":1:15: unknown level 'severe'"),
            std::string::npos)
      << ConfigError("levels: {a.b: severe}\n");
  EXPECT_NE(ConfigError("overrides:\n  - files: a\n    disabel: [x]\n")
                .find(":3:5: unknown key 'disabel'"),
            std::string::npos);
  EXPECT_NE(ConfigError("overrides:\n  - disable: [x]\n").find("missing files"), std::string::npos);
  EXPECT_NE(ConfigError("builtin-rules: maybe\n").find("must be true or false"), std::string::npos);
  EXPECT_NE(ConfigError("rules: {a: b}\n").find("must be a string or a list"), std::string::npos);
  EXPECT_NE(ConfigError("rules: [a\n").find("repo/.plancheck.yaml:"), std::string::npos);
  EXPECT_NE(ConfigError("lang: fr\n", Lang::kZh).find("lang 只能是 zh 或 en"), std::string::npos);
  EXPECT_EQ(ConfigError(""), "") << "an empty file is all defaults";
}

TEST(CliConfig, AKeyThatIsNotAStringIsRefusedAtItsPlace) {
  // fuzz/regressions/config/complex-key.yaml: yaml-cpp's bad conversion escaped without the file.
  const std::string complex_key =
      ReadFileBytes(testing::SourcePath("fuzz/regressions/config/complex-key.yaml"));
  EXPECT_NE(ConfigError(complex_key).find("repo/.plancheck.yaml:"), std::string::npos)
      << ConfigError(complex_key);
  EXPECT_NE(ConfigError("? [a]\n: b\n").find("repo/.plancheck.yaml:1:3: a key must be a string"),
            std::string::npos)
      << ConfigError("? [a]\n: b\n");
  EXPECT_NE(ConfigError("levels:\n  ? {x: 1}\n  : error\n").find("repo/.plancheck.yaml:"),
            std::string::npos)
      << ConfigError("levels:\n  ? {x: 1}\n  : error\n");
}

TEST(CliConfig, OverridesApplyByGlobRelativeToTheConfig) {
  const Config config = ParseConfig(
      "disable: [a.one]\noverrides:\n  - files: ['drafts/**']\n    disable: [a.two]\n"
      "    region: 上海市/松江区\n  - files: '*.md'\n    levels: {a.one: error}\n",
      "repo/.plancheck.yaml", Lang::kEn);
  const DocumentSettings draft = config.For("repo/drafts/2024/plan.txt");
  ASSERT_EQ(draft.disable.size(), 2u);
  EXPECT_EQ(draft.disable[1].pattern, "a.two");
  EXPECT_EQ(draft.region, "上海市/松江区");
  const DocumentSettings other = config.For("repo/final/plan.txt");
  EXPECT_EQ(other.disable.size(), 1u);
  EXPECT_EQ(other.region, "");
  EXPECT_EQ(config.For("repo/plan.md").levels.size(), 1u);
  EXPECT_EQ(config.For("repo/sub/plan.md").levels.size(), 0u) << "* does not cross folders";
}

TEST(CliConfig, ApplySettingsDisablesReLevelsAndRecounts) {
  report::CheckRun run = testing::SampleRun();
  DocumentReport& report = run.plans[0].report;
  DocumentSettings settings;
  settings.disable.push_back({"national.section.*", "x:1:1"});
  settings.levels.push_back({{"drafting.*", "x:2:1"}, Severity::kError});
  ApplySettings(settings, run.rules, report, Lang::kEn);
  ASSERT_EQ(report.results.size(), 4u);
  for (const Result& r : report.results) EXPECT_NE(r.rule, "national.section.targets");
  EXPECT_EQ(report.results[0].level, Severity::kError);
  EXPECT_EQ(report.summary.rules, 4);
  EXPECT_EQ(report.summary.fail, 1);
  // A pattern that matches no rule is an error, not a silent no-op.
  settings.disable.push_back({"national.sectoin.targets", "repo/.plancheck.yaml:4:5"});
  try {
    ApplySettings(settings, run.rules, report, Lang::kEn);
    ADD_FAILURE() << "expected an error";
  } catch (const UsageError& e) {
    // With the rule it was meant to be.
    EXPECT_STREQ(
        e.what(),
        "repo/.plancheck.yaml:4:5: no rule matches 'national.sectoin.targets' (did you mean "
        "national.section.targets?)");
  }
}

TEST(CliConfig, FoundFromTheWorkingFolderUpward) {
  namespace fs = std::filesystem;
  const fs::path root = fs::temp_directory_path() / "plancheck-config-find";
  fs::remove_all(root);
  fs::create_directories(root / "a" / "b");
  std::ofstream(root / ".plancheck.yaml") << "fail-on: never\n";
  const std::string found = FindConfig((root / "a" / "b").string());
  EXPECT_TRUE(fs::equivalent(found, root / ".plancheck.yaml")) << found;
  fs::remove(root / ".plancheck.yaml");
  const std::string none = FindConfig((root / "a" / "b").string());
  // Nothing here; one may still exist above the temp folder, never inside our tree.
  EXPECT_EQ(none.find("plancheck-config-find"), std::string::npos) << none;
  fs::remove_all(root);
}

TEST(CliGlob, PathsAndRuleIds) {
  EXPECT_TRUE(GlobMatch("*.txt", "plan.txt"));
  EXPECT_FALSE(GlobMatch("*.txt", "a/plan.txt"));
  EXPECT_TRUE(GlobMatch("**/*.txt", "a/b/plan.txt"));
  EXPECT_TRUE(GlobMatch("**/*.txt", "plan.txt"));
  EXPECT_TRUE(GlobMatch("drafts/**", "drafts/2024/x.md"));
  EXPECT_TRUE(GlobMatch("规划?.txt", "规划一.txt"));
  EXPECT_FALSE(GlobMatch("规划?.txt", "规划十一.txt"));
  EXPECT_TRUE(GlobMatch("drafting.*", "drafting.typo.confusables", false));
  EXPECT_FALSE(GlobMatch("drafting.*", "national.section.targets", false));
  EXPECT_TRUE(GlobMatch("*.indicator.*", "shanghai.indicator.lawyers", false));
}

}  // namespace
}  // namespace plancheck::cli
