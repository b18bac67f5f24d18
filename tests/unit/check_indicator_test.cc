// indicator: a plan's target against a framework's, after unit conversion; partial with a weaker
// target or a mention without one; fail when never mentioned.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check_test_support.h"
#include "checker/engine/checks/indicator_check.h"
#include "checker/engine/checks/units.h"

namespace plancheck {
namespace {

using checks::IndicatorCheck;
using checks::ParseUnit;
using ::testing::HasSubstr;
using testing::OneRule;

Indicator Target(std::string name, std::string op, double value, std::string unit) {
  Indicator ind;
  ind.name = std::move(name);
  ind.op = std::move(op);
  ind.value = value;
  ind.unit = std::move(unit);
  ind.line = 7;
  ind.column = 2;
  ind.source = "table";
  ind.evidence = ind.name;
  return ind;
}

IndicatorCheck::Expect Expect(std::string op, double value, std::string unit) {
  return {std::move(op), value, *ParseUnit(unit)};
}

TEST(Units, RatesConvertByPopulation) {
  const auto per_100k = ParseUnit("件/10万人");
  const auto per_10k = ParseUnit("件/万人");
  ASSERT_TRUE(per_100k && per_10k);
  EXPECT_DOUBLE_EQ(per_100k->per_people, 100000);
  EXPECT_TRUE(checks::Comparable(*per_100k, *per_10k));
  EXPECT_DOUBLE_EQ(checks::Convert(180, *per_100k, *per_10k), 18);
  EXPECT_DOUBLE_EQ(ParseUnit("件/每十万人口")->per_people, 100000);
  EXPECT_FALSE(checks::Comparable(*ParseUnit("%"), *per_10k));
  EXPECT_TRUE(checks::Comparable(*ParseUnit("名"), *ParseUnit("人")));
  EXPECT_TRUE(checks::Comparable(*ParseUnit(""), *ParseUnit("%")));
  EXPECT_FALSE(ParseUnit("个百分点").has_value());
  EXPECT_FALSE(ParseUnit("件/每人").has_value());
}

TEST(IndicatorShortfall, ComparatorsAndUnits) {
  const auto at_least_100 = Expect(">=", 100, "%");
  EXPECT_EQ(IndicatorCheck::Shortfall(Target("覆盖率", "=", 100, "%"), at_least_100), 0);
  EXPECT_EQ(IndicatorCheck::Shortfall(Target("覆盖率", ">=", 90, "%"), at_least_100), 10);
  EXPECT_EQ(IndicatorCheck::Shortfall(Target("覆盖率", "=", 100, ""), at_least_100), 0);
  EXPECT_FALSE(IndicatorCheck::Shortfall(Target("数量", "=", 100, "件"), at_least_100).has_value());
  EXPECT_FALSE(
      IndicatorCheck::Shortfall(Target("覆盖率", "<=", 100, "%"), at_least_100).has_value());
  Indicator change = Target("覆盖率", "=", 100, "%");
  change.kind = "change";
  EXPECT_FALSE(IndicatorCheck::Shortfall(change, at_least_100).has_value());
  // 每十万人 180 件 meets 150 件/10万人, and 每万人 12 件 does not (120 per 100,000).
  const auto legal_aid = Expect(">=", 150, "件/10万人");
  EXPECT_EQ(IndicatorCheck::Shortfall(Target("法律援助", "=", 180, "件/10万人"), legal_aid), 0);
  EXPECT_NEAR(*IndicatorCheck::Shortfall(Target("法律援助", "=", 12, "件/万人"), legal_aid), 30,
              1e-9);
  // A range counts by its lower bound; "> 99" does not guarantee ">= 100".
  Indicator range = Target("覆盖率", "range", 90, "%");
  range.value_max = 100;
  EXPECT_EQ(IndicatorCheck::Shortfall(range, at_least_100), 10);
  EXPECT_GT(*IndicatorCheck::Shortfall(Target("覆盖率", ">", 99, "%"), at_least_100), 0);
  EXPECT_EQ(IndicatorCheck::Shortfall(Target("覆盖率", ">", 99, "%"), Expect(">", 99, "%")), 0);
  EXPECT_EQ(IndicatorCheck::Shortfall(Target("投诉率", "<=", 1, "%"), Expect("<=", 2, "%")), 0);
  EXPECT_EQ(IndicatorCheck::Shortfall(Target("投诉率", "<=", 3, "%"), Expect("<=", 2, "%")), 1);
}

const char* const kDutyLawyer = R"(  - id: t.indicator.duty-lawyer
    kind: indicator
    level: warning
    basis: t
    name: {all: [值班律师], any: [覆盖率, 法律帮助], none: [律师事务所]}
    expect: {op: ">=", value: 100, unit: "%"}
    tests: {pass: ["值班律师法律帮助覆盖率100%"], fail: [无]}
)";

std::vector<Result> Evaluate(const std::string& text, const Indicators& indicators) {
  const auto book = OneRule(kDutyLawyer);
  const Document doc = ParseText("plan.txt", text, "UTF-8");
  const auto hits = FindHits(*book, doc);
  std::vector<Result> out;
  EvaluateRule(*book, 0, doc, indicators, hits[0], out);
  return out;
}

TEST(IndicatorCheck, TargetThatMeetsPasses) {
  Indicators indicators;
  indicators.items.push_back(
      Target("对符合条件的犯罪嫌疑人、被告人，值班律师提供法律帮助的覆盖率", "=", 100, "%"));
  const auto results = Evaluate("附件：指标表", indicators);
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0].status, Status::kPass);
  EXPECT_EQ(results[0].location.line, 7);
  EXPECT_EQ(results[0].location.column, 2);
}

TEST(IndicatorCheck, WeakerTargetIsPartialAndSaysByHowMuch) {
  Indicators indicators;
  indicators.items.push_back(Target("值班律师法律帮助覆盖率", ">=", 90, "%"));
  indicators.items.push_back(
      Target("律师事务所值班律师覆盖率", "=", 100, "%"));  // excluded by none
  const auto results = Evaluate("附件：指标表", indicators);
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0].status, Status::kPartial);
  EXPECT_THAT(results[0].message, HasSubstr("差 10 个百分点"));
}

TEST(IndicatorCheck, MentionWithoutTargetIsPartialAndAbsenceFails) {
  const auto mention = Evaluate("落实法律援助值班律师制度，细化值班律师法律帮助职责。", {});
  ASSERT_EQ(mention.size(), 1u);
  EXPECT_EQ(mention[0].status, Status::kPartial);
  EXPECT_EQ(mention[0].location.line, 1);
  EXPECT_THAT(mention[0].message, HasSubstr("未设定量化目标"));
  // 值班律师 and 覆盖率 in different sentences: not a mention of the subject.
  EXPECT_EQ(Evaluate("设立值班律师。提高公证覆盖率。", {})[0].status, Status::kFail);
  EXPECT_EQ(Evaluate("完善公证制度。", {})[0].status, Status::kFail);
}

}  // namespace
}  // namespace plancheck
