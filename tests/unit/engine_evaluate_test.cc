// Evaluate(): packs chosen by metadata, every applicable rule yields results, n/a when `when`
// fails, results sorted by rule then place, the summary by rule; and the self-tests.
#include <algorithm>
#include <set>
#include <tuple>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "checker/engine/evaluate.h"
#include "checker/engine/self_test.h"
#include "checker/rulebook/rulebook_impl.h"
#include "test_paths.h"

namespace plancheck {
namespace {

using ::testing::HasSubstr;

std::shared_ptr<const Rulebook> Sample() {
  return LoadRulebook({{testing::SourcePath("tests/fixtures/rules/good")}, false});
}

const char* const kPlan =
    "一、总体要求\n（一）指导思想\n贯彻十九大精神。\n二、主要任务\n开通12348热线，公正处办理公证。"
    "\n"
    "三、保障措施\n加强组织领导，落实经费保障，强化督查考核。\n";

Document Plan(const std::string& province, const std::string& level, int from) {
  Document doc = ParseText("plan.txt", kPlan, "UTF-8");
  doc.metadata.region = {province, "", "松江区", ""};
  doc.metadata.level = level;
  doc.metadata.period = Period{from, from + 2, ""};
  return doc;
}

TEST(Evaluate, PackAppliesByRegionAndLevel) {
  const auto book = Sample();
  EXPECT_EQ(Evaluate(*book, Plan("上海市", "county", 2023), {}).packs,
            std::vector<std::string>{"sample"});
  EXPECT_TRUE(Evaluate(*book, Plan("江苏省", "county", 2023), {}).packs.empty());
  EXPECT_TRUE(Evaluate(*book, Plan("上海市", "province", 2023), {}).packs.empty());
}

TEST(Evaluate, EveryRuleYieldsResultsSortedWithASummaryByRule) {
  const auto book = Sample();
  const Document doc = Plan("上海市", "county", 2023);
  const DocumentReport report = Evaluate(*book, doc, {});
  EXPECT_EQ(report.document, &doc);
  std::set<std::string> rules;
  for (const Result& r : report.results) rules.insert(r.rule);
  EXPECT_EQ(rules.size(), book->rules.size());
  EXPECT_TRUE(std::is_sorted(
      report.results.begin(), report.results.end(), [](const Result& a, const Result& b) {
        return std::tie(a.rule, a.location.line) < std::tie(b.rule, b.location.line);
      }));
  const Summary& s = report.summary;
  EXPECT_EQ(s.rules, 7);
  EXPECT_EQ(s.pass + s.fail + s.partial + s.na, s.rules);
  // 十九大 in 指导思想 (2023 plan), 公正处, no duty-lawyer, no 法律援助法, 12348 once.
  EXPECT_EQ(s.fail, 4);
  EXPECT_EQ(s.partial, 1);
  EXPECT_EQ(s.pass, 2);
  // Weighted by level (warning 2, info 1): safeguards (warning) and order (info) pass, 12348
  // (info) is partial; the rest fail. (2 + 1 + 0.5) of 4 × 2 + 3 × 1.
  EXPECT_NEAR(s.score, 100.0 * 3.5 / 11, 1e-9);
  EXPECT_EQ(s.failing.warning, 3);
  EXPECT_EQ(s.failing.info, 2);
  for (const Result& r : report.results) {
    if (r.rule == "sample.substitution.notary") {
      EXPECT_EQ(r.location.line, 5);
      EXPECT_EQ(r.location.column, 11);
      EXPECT_EQ(r.fix, "公证处");
      EXPECT_EQ(r.basis, "测试依据 第六条");
      EXPECT_EQ(r.level, Severity::kWarning);
    }
  }
}

TEST(Evaluate, RuleWhoseWhenFailsIsNotApplicable) {
  const DocumentReport report = Evaluate(*Sample(), Plan("上海市", "county", 2021), {});
  for (const Result& r : report.results) {
    if (r.rule != "sample.forbid.old-meeting") continue;
    EXPECT_EQ(r.status, Status::kNa);
    EXPECT_THAT(r.message, HasSubstr("2021 < 2023"));
  }
  EXPECT_EQ(report.summary.na, 1);
}

TEST(SelfTests, SamplePackPassesAndAFailureIsReported) {
  const auto book = Sample();
  const SelfTestReport report = RunSelfTests(*book);
  EXPECT_TRUE(report.ok()) << (report.failures.empty()
                                   ? ""
                                   : report.failures[0].rule + ": got " + report.failures[0].got);
  EXPECT_EQ(report.cases, 18);
  ASSERT_EQ(report.packs.size(), 1u);
  EXPECT_EQ(report.packs[0].passed, 18);
  TestCase wrong;
  wrong.expect = TestCase::Expect::kFail;
  wrong.text = "公证处办理。";
  const int rule = static_cast<int>(book->Find("sample.substitution.notary") - book->rules.data());
  EXPECT_FALSE(Meets(wrong.expect, RunTestCase(*book, rule, wrong)));
}

}  // namespace
}  // namespace plancheck
