// A rule's fix as data (`replace:`): set only where it changes the hit and cures it, and checked by
// a test item's `fix:`, whose mismatch `rules test` reports; the bundled drafting rules give the
// fixes issue 17 asks for (doubled marks, 文号 brackets, half-width heading numbers).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "checker/engine/checks/registry.h"
#include "checker/engine/evaluate.h"
#include "checker/engine/self_test.h"
#include "checker/rulebook/rule_error.h"
#include "checker/rulebook/rulebook.h"
#include "checker/rulebook/rulebook_impl.h"

namespace plancheck {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;

std::shared_ptr<const Rulebook> FromText(const std::string& text) {
  return BuildRulebook({{"inline.yaml", text, false}}, checks::CheckKinds());
}

constexpr const char* kDoubled = R"(pack: t
title: t
issued: unknown
rules:
  - id: t.forbid.doubled
    kind: forbid
    level: info
    basis: t
    raw: true
    replace: {"。。": "。", "，，": "，"}
    patterns: ["[。，]{2,}"]
    tests:
      pass: [好。]
      fail:
        - {text: 好。。, fix: 。}
        - {text: 好，，，坏, fix: []}
        - {text: 好，。坏, fix: "，"}
)";

// The fixes of the gaps `rule` finds in `text`, in order.
std::vector<std::string> FixesIn(const Rulebook& book, const std::string& rule,
                                 const std::string& text) {
  const Rule* found = book.Find(rule);
  EXPECT_NE(found, nullptr) << rule;
  TestCase test;
  test.text = text;
  std::vector<std::string> out;
  for (const Result& r : RunTestCase(book, static_cast<int>(found - book.rules.data()), test)) {
    if (r.status == Status::kFail) out.push_back(r.fix);
  }
  return out;
}

TEST(RuleFix, OnlyWhereTheReplacedHitDiffersAndIsNoLongerAHit) {
  const auto book = FromText(kDoubled);
  EXPECT_THAT(FixesIn(*book, "t.forbid.doubled", "好。。坏，，好"), ElementsAre("。", "，"));
  // "，，，" → "，，" is still doubled; "，。" is left as it is: no fix, only the finding.
  EXPECT_THAT(FixesIn(*book, "t.forbid.doubled", "好，，，坏，。"), ElementsAre("", ""));
}

TEST(RuleFix, AWrongFixInATestItemIsAFailureThatNamesTheFixes) {
  const SelfTestReport report = RunSelfTests(*FromText(kDoubled));
  ASSERT_EQ(report.failures.size(), 1u);  // the third item: "，。" has no fix
  const SelfTestFailure& f = report.failures[0];
  EXPECT_EQ(f.line, 17);
  EXPECT_EQ(f.expected, "fail with fixes [\"，\"]");
  EXPECT_EQ(f.got, "fixes []");
}

TEST(RuleFix, FixBelongsToFailItemsOnly) {
  try {
    FromText(R"(pack: t
title: t
issued: unknown
rules:
  - id: t.forbid.x
    kind: forbid
    level: info
    basis: t
    patterns: [坏]
    tests: {pass: [{text: 好, fix: 好}], fail: [坏]}
)");
    FAIL() << "a fix on a pass item loaded";
  } catch (const RuleError& e) {
    EXPECT_THAT(e.what(), HasSubstr("'fix' belongs to a 'fail' item"));
  }
}

TEST(RuleFix, BundledDraftingRulesFixMarksTheyAreSureOf) {
  const auto book = LoadRulebook({});
  EXPECT_THAT(
      FixesIn(*book, "drafting.punctuation.doubled", "增强活力。。推进调解，，行政调解，。"),
      ElementsAre("。", "，", ""));
  EXPECT_THAT(FixesIn(*book, "drafting.docnumber.form",
                      "依据五府办发[2022]13号和川司发（2021）第5号，以及川办发〔21〕3号。"),
              ElementsAre("〔2022〕13号", "〔2021〕5号", ""));
  EXPECT_THAT(
      FixesIn(*book, "drafting.numbering.sequence",
              "一、总体要求\n（一）指导思想\n坚持。\n(二)基本原则\n坚持。\n（四）目标\n到2025年。"),
      UnorderedElementsAre("（二）", ""));  // the sequence check reports before the form check
}

}  // namespace
}  // namespace plancheck
