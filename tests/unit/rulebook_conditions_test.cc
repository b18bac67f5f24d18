// applies_to and when: conditions on the plan's metadata, with the reason in words.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "checker/rulebook/conditions.h"
#include "checker/rulebook/rule_error.h"

namespace plancheck {
namespace {

using ::testing::HasSubstr;

Conditions Read(const std::string& yaml, bool allow_any = true) {
  YamlMap map(YAML::Load(yaml), {"when.yaml", "", yaml}, "'when'");
  Conditions c = ReadConditions(map, allow_any);
  map.RejectUnknownKeys();
  return c;
}

Metadata Songjiang() {
  Metadata m;
  m.region = {"上海市", "", "松江区", "310117"};
  m.level = "county";
  m.period = Period{2023, 2025, "2023-2025"};
  m.kind = "规划";
  m.date = "2023-03-01";
  return m;
}

Metadata Wutongqiao() {
  Metadata m;
  m.region = {"四川省", "乐山市", "五通桥区", "511112"};
  m.level = "county";
  m.period = Period{2021, 2025, "十四五"};
  m.kind = "规划";
  m.date = "2022-06-16";
  return m;
}

TEST(Conditions, RegionByNameWithOrWithoutSuffixAndByCode) {
  EXPECT_TRUE(RegionMatches("上海市", "上海市", ""));
  EXPECT_TRUE(RegionMatches("上海", "上海市", ""));
  EXPECT_TRUE(RegionMatches("松江区", "松江", ""));
  EXPECT_FALSE(RegionMatches("四川省", "上海市", "310117"));
  EXPECT_TRUE(RegionMatches("310000", "", "310117"));   // province code
  EXPECT_TRUE(RegionMatches("511100", "", "511112"));   // city code
  EXPECT_TRUE(RegionMatches("511112", "", "511112"));   // county code
  EXPECT_FALSE(RegionMatches("511100", "", "510104"));  // another city of the province
}

TEST(Conditions, AppliesToProvinceAndLevel) {
  const Conditions c = Read("{province: [上海市, \"320000\"], level: [county, city]}", false);
  EXPECT_TRUE(Evaluate(c, Songjiang()).holds);
  const Verdict v = Evaluate(c, Wutongqiao());
  EXPECT_FALSE(v.holds);
  EXPECT_THAT(v.why, HasSubstr("四川省"));
}

TEST(Conditions, UnknownFactsDoNotHoldAndSaySo) {
  Metadata m;
  const Verdict region = Evaluate(Read("{province: 上海市}"), m);
  EXPECT_FALSE(region.holds);
  EXPECT_THAT(region.why, HasSubstr("未知"));
  const Verdict period = Evaluate(Read("{period: {overlaps: [2021, 2025]}}"), m);
  EXPECT_FALSE(period.holds);
  EXPECT_THAT(period.why, HasSubstr("规划期未知"));
}

TEST(Conditions, PeriodOverlapsFromAtLeastAndIssuedAfter) {
  EXPECT_TRUE(Evaluate(Read("{period: {overlaps: [2021, 2025]}}"), Songjiang()).holds);
  EXPECT_TRUE(Evaluate(Read("{period: {from_at_least: 2023}}"), Songjiang()).holds);
  EXPECT_FALSE(Evaluate(Read("{period: {from_at_least: 2023}}"), Wutongqiao()).holds);
  EXPECT_FALSE(Evaluate(Read("{issued_after: 2022-10-22}"), Wutongqiao()).holds);
  EXPECT_TRUE(Evaluate(Read("{issued_after: 2022-10-22}"), Songjiang()).holds);
  Metadata putuo;
  putuo.period = Period{2020, 2022, ""};
  EXPECT_FALSE(Evaluate(Read("{period: {overlaps: [2023, 2025]}}"), putuo).holds);
}

TEST(Conditions, AnyHoldsWhenOneAlternativeDoes) {
  const Conditions c = Read("{any: [{period: {from_at_least: 2023}}, {issued_after: 2022-10-22}]}");
  EXPECT_TRUE(Evaluate(c, Songjiang()).holds);
  Metadata late = Wutongqiao();
  late.date = "2023-01-05";
  EXPECT_TRUE(Evaluate(c, late).holds);
  const Verdict v = Evaluate(c, Wutongqiao());
  EXPECT_FALSE(v.holds);
  EXPECT_THAT(v.why, HasSubstr("2021 < 2023"));
  EXPECT_THAT(v.why, HasSubstr("2022-06-16"));
}

TEST(Conditions, KindDraftAndIssuedBefore) {
  Metadata m = Songjiang();
  EXPECT_TRUE(Evaluate(Read("{kind: [规划, 实施方案]}"), m).holds);
  m.kind = "实施意见";
  EXPECT_FALSE(Evaluate(Read("{kind: [规划, 实施方案]}"), m).holds);
  EXPECT_TRUE(Evaluate(Read("{draft: false}"), m).holds);
  EXPECT_TRUE(Evaluate(Read("{issued_before: 2024}"), m).holds);
  EXPECT_FALSE(Evaluate(Read("{issued_before: 2023-01}"), m).holds);
}

TEST(Conditions, DatesWidenToTheirPeriod) {
  EXPECT_EQ(NormaliseDate("2022", true), "2022-12-31");
  EXPECT_EQ(NormaliseDate("2022", false), "2022-01-01");
  EXPECT_EQ(NormaliseDate("2022-02", true), "2022-02-28");  // the real last day (2024-02: 29)
  EXPECT_EQ(NormaliseDate("2022-10-22", true), "2022-10-22");
  EXPECT_EQ(NormaliseDate("2022-13-01", true), "");
  EXPECT_EQ(NormaliseDate("22年", true), "");
}

TEST(Conditions, InvalidValuesAreRuleErrors) {
  EXPECT_THROW(Read("{level: district}"), RuleError);
  EXPECT_THROW(Read("{period: {overlaps: [2025]}}"), RuleError);
  EXPECT_THROW(Read("{period: {from: 2023}}"), RuleError);
  EXPECT_THROW(Read("{issued_after: yesterday}"), RuleError);
  EXPECT_THROW(Read("{any: [{period: {from_at_least: 2023}}]}", false),
               RuleError);  // any: only in when
  try {
    Read("{perod: {overlaps: [2021, 2025]}}");
    FAIL();
  } catch (const RuleError& e) {
    EXPECT_THAT(e.what(), HasSubstr("when.yaml:1:2"));
    EXPECT_THAT(e.what(), HasSubstr("did you mean 'period'"));
  }
}

}  // namespace
}  // namespace plancheck
