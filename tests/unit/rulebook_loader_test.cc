// Loading and validating rule packs: every validation error names the file, line and column and
// what to change; the bundled packs load; --rules adds and replaces.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "checker/engine/checks/registry.h"
#include "checker/rulebook/rule_error.h"
#include "checker/rulebook/rulebook.h"
#include "checker/rulebook/rulebook_impl.h"
#include "test_paths.h"

namespace plancheck {
namespace {

using ::testing::HasSubstr;
using testing::SourcePath;

std::string Fixture(const std::string& name) { return SourcePath("tests/fixtures/rules/" + name); }

// The error LoadRulebook throws for the packs at `path` alone, or "" when they load.
std::string LoadError(const std::string& path) {
  try {
    LoadRulebook({{path}, false});
  } catch (const RuleError& e) {
    return e.what();
  }
  return "";
}

std::shared_ptr<const Rulebook> FromText(const std::string& text) {
  return BuildRulebook({{"inline.yaml", text, false}}, checks::CheckKinds());
}

struct BadPack {
  const char* file;
  const char* place;    // "line:column" the error must name
  const char* message;  // a part of what it must say
};

class BadPackTest : public ::testing::TestWithParam<BadPack> {};

TEST_P(BadPackTest, IsRefusedWithFileLineColumnAndReason) {
  const BadPack& bad = GetParam();
  const std::string path = Fixture(std::string("bad/") + bad.file);
  const std::string error = LoadError(path);
  ASSERT_FALSE(error.empty()) << bad.file << " loaded but should not";
  EXPECT_THAT(error, HasSubstr(path + ":" + bad.place + ":")) << error;
  EXPECT_THAT(error, HasSubstr(bad.message)) << error;
}

INSTANTIATE_TEST_SUITE_P(
    EveryValidationError, BadPackTest,
    ::testing::Values(
        BadPack{"not-yaml.yaml", "2:10", "not valid YAML: illegal map value"},
        BadPack{"missing-pack.yaml", "1:1", "a rule pack needs 'pack'"},
        BadPack{"bad-pack-name.yaml", "1:7", "must be lower case"},
        BadPack{"missing-rules.yaml", "1:1", "needs 'rules'"},
        BadPack{"unknown-pack-key.yaml", "2:1",
                "a rule pack needs 'title' (is 'titel' a misspelling of it?)"},
        BadPack{"unknown-pack-extra.yaml", "3:1",
                "unknown key 'isuer' in a rule pack (did you mean 'issuer'?)"},
        BadPack{"unknown-rule-key.yaml", "9:5",
                "rule typo.topic.a: unknown key 'patern' in a rule (did you mean 'patterns'?)"},
        BadPack{"unknown-kind.yaml", "5:11", "unknown kind \"sectoin\" (did you mean 'section'?)"},
        BadPack{"bad-level.yaml", "6:12", "'level' must be error, warning or info"},
        BadPack{"missing-basis.yaml", "4:5", "a rule needs 'basis'"},
        BadPack{"bad-pattern.yaml", "8:15",
                "rule typo.forbid.lookbehind: pattern \"(?<=十九)大\" does not compile"},
        BadPack{"duplicate-id.yaml", "10:5",
                "rule typo.topic.a: rule id appears twice in this pack"},
        BadPack{"missing-fail-tests.yaml", "10:7", "'tests' needs a 'fail' list"},
        BadPack{"never-fires.yaml", "4:5",
                "none of the rule's patterns matches any of its 'fail' tests"},
        BadPack{"bad-when.yaml", "9:31", "'overlaps' runs backwards"},
        BadPack{"bad-type.yaml", "8:14", "'heading' must be a text or a list of texts, not a map"},
        BadPack{"duplicate-key.yaml", "7:5", "key 'level' appears twice in a rule"},
        BadPack{"bad-expect.yaml", "9:18", "'op' must be >=, >, =, <= or <"},
        BadPack{"bad-unit.yaml", "9:42", "unit \"件/每人\" is not one plancheck can convert"},
        BadPack{"unknown-check.yaml", "6:12",
                "unknown consistency check \"numbring\" (did you mean 'numbering'?)"},
        BadPack{"bad-issued.yaml", "3:9", "'issued' must be YYYY, YYYY-MM or YYYY-MM-DD"},
        BadPack{"empty-patterns.yaml", "8:15", "'patterns' is an empty list"},
        BadPack{"bad-id.yaml", "4:9", "must be lower-case words joined by dots"},
        BadPack{"bad-applies-to.yaml", "3:21", "'level' must be province, city, county or town"},
        BadPack{"bad-substitution.yaml", "9:42", "except \"公平公正\" does not contain \"公正处\""},
        BadPack{"bad-test-metadata.yaml", "10:46", "'period' must be two years in order"},
        BadPack{"bad-forbid-in.yaml", "9:9", "unknown section role 'backgrund'"}),
    [](const ::testing::TestParamInfo<BadPack>& info) {
      std::string name = info.param.file;
      name = name.substr(0, name.find('.'));
      for (char& c : name) {
        if (c == '-') c = '_';
      }
      return name;
    });

TEST(RulebookLoader, BundledPacksLoadAndHoldTheRequiredDraftingRules) {
  const auto book = LoadRulebook({});
  for (const char* id :
       {"drafting.punctuation.doubled", "drafting.pairs.unbalanced",
        "drafting.punctuation.halfwidth", "drafting.typo.confusables", "drafting.repeat.char",
        "drafting.numbering.sequence", "drafting.docnumber.form",
        "drafting.timeliness.party-congress", "drafting.unit.lost-in-image"}) {
    EXPECT_NE(book->Find(id), nullptr) << id;
  }
  for (const RuleInfo& rule : ListRules(*book)) {
    EXPECT_FALSE(rule.basis.empty()) << rule.id;
    EXPECT_FALSE(rule.title.empty()) << rule.id;
  }
}

TEST(RulebookLoader, EveryBundledRuleHasPassAndFailCases) {
  const auto book = LoadRulebook({});
  for (const Rule& rule : book->rules) {
    int pass = 0, fail = 0;
    for (const TestCase& t : rule.spec.tests) {
      (t.expect == TestCase::Expect::kPass ? pass : fail)++;
    }
    EXPECT_GE(pass, 1) << rule.spec.id;
    EXPECT_GE(fail, 1) << rule.spec.id;
  }
}

TEST(RulebookLoader, DuplicateIdsAcrossPacksAreRefusedNamingBoth) {
  const std::string error = LoadError(Fixture("dup-across"));
  EXPECT_THAT(error, HasSubstr("rule id 'shared.topic.hotline' is already used at"));
  EXPECT_THAT(error, HasSubstr("a.yaml:4"));
  EXPECT_THAT(error, HasSubstr("b.yaml:4"));
}

TEST(RulebookLoader, EveryBadPackIsReportedTogether) {
  const std::string error = LoadError(Fixture("bad"));
  EXPECT_THAT(error, HasSubstr("27 rule pack errors"));
  EXPECT_THAT(error, HasSubstr("unknown-kind.yaml"));
  EXPECT_THAT(error, HasSubstr("never-fires.yaml"));
}

TEST(RulebookLoader, RulesDirAddsPacksAndReplacesBundledRuleById) {
  const auto bundled = LoadRulebook({});
  const auto book = LoadRulebook({{Fixture("override")}, true});
  const Rule* replaced = book->Find("drafting.punctuation.doubled");
  ASSERT_NE(replaced, nullptr);
  EXPECT_EQ(replaced->spec.level, Severity::kError);
  EXPECT_EQ(replaced->spec.pack, "local");
  EXPECT_NE(book->Find("local.topic.hotline"), nullptr);
  EXPECT_EQ(book->rules.size(), bundled->rules.size() + 1);
  int doubled = 0;
  for (const Rule& rule : book->rules) doubled += rule.spec.id == "drafting.punctuation.doubled";
  EXPECT_EQ(doubled, 1);
}

TEST(RulebookLoader, NoBuiltinRulesUsesOnlyTheDir) {
  const auto book = LoadRulebook({{Fixture("good")}, false});
  ASSERT_EQ(book->packs.size(), 1u);
  EXPECT_EQ(book->packs[0].info.name, "sample");
  EXPECT_EQ(book->packs[0].info.issued, "2023-01");
  EXPECT_EQ(book->rules.size(), 7u);
}

TEST(RulebookLoader, MissingRulesDirIsARuleError) {
  EXPECT_THAT(LoadError("/nonexistent/rules"), HasSubstr("no such rules folder"));
}

TEST(RulebookLoader, RuleSourceIsKeptAsWritten) {
  const auto book = LoadRulebook({{Fixture("good")}, false});
  const Rule* rule = book->Find("sample.topic.hotline");
  ASSERT_NE(rule, nullptr);
  EXPECT_THAT(rule->spec.source, HasSubstr("- id: sample.topic.hotline"));
  EXPECT_THAT(rule->spec.source, HasSubstr("min: 2"));
  EXPECT_THAT(rule->spec.source, ::testing::Not(HasSubstr("sample.indicator")));
  EXPECT_EQ(rule->spec.line, 18);
}

TEST(RulebookLoader, PatternsAreNormalisedForTheNfkcView) {
  // A full-width bracket or percent in a pattern must match the NFKC view, where they are ASCII.
  const auto book = FromText(R"(pack: t
title: t
issued: unknown
rules:
  - id: t.topic.percent
    kind: topic
    level: info
    basis: t
    patterns: ["覆盖率（％）"]
    tests: {pass: ["覆盖率（％）"], fail: ["覆盖率"]}
)");
  EXPECT_EQ(book->rules[0].triggers[0].pattern, R"(覆盖率\(%\))");
}

TEST(RulebookLoader, TriggersOfAllRulesShareOneSetPerView) {
  const auto book = LoadRulebook({});
  std::size_t triggers = 0;
  for (const Rule& rule : book->rules) triggers += rule.triggers.size();
  EXPECT_EQ(book->index.refs[0].size() + book->index.refs[1].size(), triggers);
  EXPECT_GT(triggers, 40u);
}

TEST(RulebookLoader, DidYouMeanFindsCloseKeysOnly) {
  EXPECT_EQ(DidYouMean("patern", {"patterns", "heading"}), "patterns");
  EXPECT_EQ(DidYouMean("basis", {"patterns", "heading"}), "");
  EXPECT_EQ(DidYouMean("sectoin", {"section", "topic"}), "section");
}

}  // namespace
}  // namespace plancheck
