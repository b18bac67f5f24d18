// Packs and rules target township plans with `level: town` (applies_to and when).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "checker/rulebook/conditions.h"
#include "checker/rulebook/rule_error.h"

namespace plancheck {
namespace {

using ::testing::HasSubstr;

Conditions Read(const std::string& yaml) {
  YamlMap map(YAML::Load(yaml), {"when.yaml", "", yaml}, "'applies_to'");
  Conditions c = ReadConditions(map, false);
  map.RejectUnknownKeys();
  return c;
}

Metadata Lijiatai() {
  Metadata m;
  m.region = {"辽宁省", "铁岭市", "开原市", "211282115", "李家台镇"};
  m.level = "town";
  m.period = Period{2024, 2025, "（2024—2025年）"};
  m.kind = "实施方案";
  return m;
}

TEST(TownConditions, LevelTownSelectsTownshipPlansOnly) {
  const Conditions town = Read("{level: [town]}");
  EXPECT_TRUE(Evaluate(town, Lijiatai()).holds);
  Metadata county = Lijiatai();
  county.level = "county";
  county.region = {"辽宁省", "铁岭市", "开原市", "211282"};
  const Verdict v = Evaluate(town, county);
  EXPECT_FALSE(v.holds);
  EXPECT_THAT(v.why, HasSubstr("county"));
}

TEST(TownConditions, ATownIsWithinItsCountyCityAndProvinceByNameAndCode) {
  EXPECT_TRUE(Evaluate(Read("{province: 辽宁省, level: [county, town]}"), Lijiatai()).holds);
  EXPECT_TRUE(Evaluate(Read("{county: 开原市}"), Lijiatai()).holds);
  EXPECT_TRUE(Evaluate(Read("{city: \"211200\"}"), Lijiatai()).holds);
  EXPECT_TRUE(Evaluate(Read("{county: \"211282\"}"), Lijiatai()).holds);
  EXPECT_FALSE(Evaluate(Read("{county: \"211281\"}"), Lijiatai()).holds);
}

TEST(TownConditions, AnUnknownLevelIsStillARuleErrorNamingTown) {
  try {
    Read("{level: [village]}");
    FAIL() << "village accepted";
  } catch (const RuleError& e) {
    EXPECT_THAT(e.what(), HasSubstr("province, city, county or town"));
  }
}

}  // namespace
}  // namespace plancheck
