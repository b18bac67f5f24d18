// The 乡镇/街道 table (rules/gazetteer/towns.tsv) and its in-place lookup.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "checker/data/embedded.h"
#include "checker/document/gazetteer.h"
#include "checker/document/town_table.h"

namespace plancheck {
namespace {

const TownTable& T() { return TownTable::Builtin(); }

std::string ErrorOf(const std::string& tsv) {
  try {
    TownTable(tsv, "towns-test.tsv").Validate();
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

constexpr const char* kColumns = "code\tlevel\tname\tshort\tprovince\tcity\tcounty\n";

TEST(TownTable, BuiltinCopyIsCompleteSortedAndUnderItsCounties) {
  // 38k towns of the 2023 code list: 街道, 镇, 乡 and 苏木, without the functional zones.
  const std::size_t rows = T().Validate();
  EXPECT_GT(rows, 38000u);
  EXPECT_LT(rows, 41000u);
  // Every town's county (the first six digits of its code) is a county of gb2260.tsv, or its
  // city has no counties (东莞市).
  const Gazetteer& g = Gazetteer::Builtin();
  for (const char* name : {"李家台镇", "城关镇", "虎门镇", "南磨房地区", "泰达街道"}) {
    for (const Division& t : T().ByName(name)) {
      SCOPED_TRACE(t.code);
      // 东莞市's towns carry 441900, the city's own code: no county row has it.
      const Division* county = g.ByCode(t.CountyCode());
      if (county == nullptr || county->level != Division::Level::kCounty) {
        EXPECT_TRUE(t.county.empty());
        EXPECT_NE(g.ByCode(t.CityCode()), nullptr);
      } else {
        EXPECT_EQ(county->name, t.county);
        EXPECT_TRUE(t.IsWithin(*county));
        EXPECT_EQ(county->city, t.city);
        EXPECT_EQ(county->province, t.province);
      }
    }
  }
}

TEST(TownTable, FindsATownWithItsCountyCityAndProvince) {
  const std::vector<Division> found = T().ByName("李家台镇");
  ASSERT_EQ(found.size(), 1u);
  const Division& t = found.front();
  EXPECT_EQ(t.code, "211282115");
  EXPECT_EQ(t.level, Division::Level::kTown);
  EXPECT_EQ(t.LevelName(), "town");
  EXPECT_EQ(t.county, "开原市");
  EXPECT_EQ(t.city, "铁岭市");
  EXPECT_EQ(t.province, "辽宁省");
  EXPECT_EQ(t.CountyCode(), "211282");
  const Region r = t.ToRegion();
  EXPECT_EQ(r.province + "/" + r.city + "/" + r.county + "/" + r.town,
            "辽宁省/铁岭市/开原市/李家台镇");
  EXPECT_EQ(r.code, "211282115");
  const Division* kaiyuan = Gazetteer::Builtin().Unique("开原市");
  ASSERT_NE(kaiyuan, nullptr);
  EXPECT_TRUE(t.IsWithin(*kaiyuan));
  EXPECT_FALSE(kaiyuan->IsWithin(t));
  EXPECT_EQ(Gazetteer::Builtin().CityOf(t)->name, "铁岭市");
}

TEST(TownTable, ReturnsEveryTownOfARepeatedNameInCodeOrder) {
  const std::vector<Division> found = T().ByName("城关镇");
  EXPECT_GT(found.size(), 50u);
  std::set<std::string> counties;
  for (std::size_t i = 0; i < found.size(); ++i) {
    EXPECT_EQ(found[i].name, "城关镇");
    if (i > 0) {
      EXPECT_LT(found[i - 1].code, found[i].code);
    }
    counties.insert(found[i].CountyCode());
  }
  EXPECT_EQ(counties.size(), found.size());  // one per county
}

TEST(TownTable, KnowsNoCountyAndNoFunctionalZoneOrPrefixAsATown) {
  EXPECT_TRUE(T().ByName("开原市").empty());
  EXPECT_TRUE(T().ByName("李家台").empty());              // a prefix is not a name
  EXPECT_TRUE(T().ByName("北京经济技术开发区").empty());  // 类似乡级单位, dropped
  EXPECT_TRUE(T().ByName("街道").empty());
  EXPECT_TRUE(T().ByName("").empty());
  EXPECT_TRUE(T().HasPrefix("李家台"));
  EXPECT_FALSE(T().HasPrefix("开原市"));
}

TEST(TownTable, FirstAndLastRowsAreFound) {
  // The binary search's edges: the table's first and last names (in UTF-8 byte order).
  const std::string_view tsv = [] {
    for (const auto& [path, contents] : EmbeddedFiles()) {
      if (path == "gazetteer/towns.tsv") return contents;
    }
    return std::string_view();
  }();
  ASSERT_FALSE(tsv.empty());
  const std::size_t first = tsv.find('\n', tsv.find("code\tlevel")) + 1;
  const std::size_t last = tsv.rfind('\n', tsv.size() - 2) + 1;
  for (const std::size_t at : {first, last}) {
    const std::string_view line = tsv.substr(at, tsv.find('\n', at) - at);
    const std::size_t a = line.find('\t', line.find('\t') + 1) + 1;
    const std::string name(line.substr(a, line.find('\t', a) - a));
    SCOPED_TRACE(name);
    EXPECT_FALSE(T().ByName(name).empty());
  }
}

TEST(TownTable, SearchesASmallTableInPlace) {
  const std::string tsv = std::string("# a comment\n") + kColumns +
                          "110101001\ttown\t东华门街道\t\t北京市\t\t东城区\n"
                          "620121100\ttown\t城关镇\t\t甘肃省\t兰州市\t永登县\n"
                          "620123100\ttown\t城关镇\t\t甘肃省\t兰州市\t榆中县\n"
                          "211282115\ttown\t李家台镇\t\t辽宁省\t铁岭市\t开原市\n";
  const TownTable table(tsv, "small.tsv");
  EXPECT_EQ(table.Validate(), 4u);
  EXPECT_EQ(table.ByName("城关镇").size(), 2u);
  EXPECT_EQ(table.ByName("东华门街道").size(), 1u);
  EXPECT_EQ(table.ByName("李家台镇").size(), 1u);
  EXPECT_TRUE(table.ByName("西华门街道").empty());
}

TEST(TownTable, ReadsNoRowUpFrontOnlyTheRowsALookupReturns) {
  // Start-up does not grow with the table: a bad row costs nothing until a lookup lands on it.
  const std::string tsv = std::string(kColumns) +
                          "620121100\ttown\t城关镇\t\t甘肃省\t兰州市\t永登县\n" +
                          "211282115\ttown\t李家台镇\t\t辽宁省\n";
  const TownTable table(tsv, "lazy.tsv");
  EXPECT_EQ(table.ByName("城关镇").size(), 1u);
  EXPECT_THROW(table.ByName("李家台镇"), std::runtime_error);
  EXPECT_THROW(table.Validate(), std::runtime_error);
}

TEST(TownTable, RefusesAMalformedTableNamingTheLine) {
  EXPECT_NE(ErrorOf("code\tlevel\tname\n").find("towns-test.tsv:1: expected the column line"),
            std::string::npos);
  EXPECT_NE(ErrorOf(std::string(kColumns) + "2112821\ttown\t李家台镇\t\t辽宁省\t铁岭市\t开原市\n")
                .find("towns-test.tsv:2: code '2112821' is not 9 digits"),
            std::string::npos);
  EXPECT_NE(ErrorOf(std::string(kColumns) + "211282115\ttown\t李家台镇\t\t辽宁省\n")
                .find("towns-test.tsv:2: expected 7 tab-separated fields"),
            std::string::npos);
  EXPECT_NE(
      ErrorOf(std::string(kColumns) + "211282115\tcounty\t李家台镇\t\t辽宁省\t铁岭市\t开原市\n")
          .find("level 'county' is not town"),
      std::string::npos);
  // Out of order: 李 (E6 9D 8E) sorts after 城 (E5 9F 8E) in UTF-8.
  EXPECT_NE(
      ErrorOf(std::string(kColumns) + "211282115\ttown\t李家台镇\t\t辽宁省\t铁岭市\t开原市\n" +
              "620121100\ttown\t城关镇\t\t甘肃省\t兰州市\t永登县\n")
          .find("towns-test.tsv:3: 城关镇 is out of order"),
      std::string::npos);
}

}  // namespace
}  // namespace plancheck
