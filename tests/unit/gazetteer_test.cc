#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "checker/data/embedded.h"
#include "checker/document/gazetteer.h"

namespace plancheck {
namespace {

std::vector<std::string> Codes(const std::vector<const Division*>& divisions) {
  std::vector<std::string> codes;
  for (const Division* d : divisions) codes.push_back(d->code);
  return codes;
}

std::vector<std::string> Names(const std::vector<NameMatch>& matches) {
  std::vector<std::string> names;
  for (const NameMatch& m : matches) names.push_back(m.candidates.front()->name);
  return names;
}

const Gazetteer& G() { return Gazetteer::Builtin(); }

TEST(Gazetteer, BuiltinCopyIsEmbeddedAndComplete) {
  const auto& files = EmbeddedFiles();
  EXPECT_TRUE(std::any_of(files.begin(), files.end(),
                          [](const auto& f) { return f.first == "gazetteer/gb2260.tsv"; }));
  std::size_t provinces = 0, cities = 0, counties = 0;
  for (const Division& d : G().divisions()) {
    provinces += d.level == Division::Level::kProvince;
    cities += d.level == Division::Level::kCity;
    counties += d.level == Division::Level::kCounty;
  }
  // 31 provincial units on the mainland, 333 prefectures, some 2,850 counties and districts.
  EXPECT_EQ(provinces, 31u);
  EXPECT_EQ(cities, 333u);
  EXPECT_GT(counties, 2800u);
  EXPECT_LT(counties, 2900u);
}

TEST(Gazetteer, EveryRowHangsFromItsProvinceAndCity) {
  std::set<std::string> codes;
  for (const Division& d : G().divisions()) {
    EXPECT_TRUE(codes.insert(d.code).second) << "duplicate " << d.code;
    const Division* province = G().ProvinceOf(d);
    ASSERT_NE(province, nullptr) << d.code;
    EXPECT_EQ(province->name, d.province) << d.code;
    if (d.level != Division::Level::kCounty) continue;
    const Division* city = G().CityOf(d);
    EXPECT_EQ(city == nullptr ? std::string() : city->name, d.city) << d.code << " " << d.name;
  }
}

TEST(Gazetteer, FullNameAndCode) {
  const Division* songjiang = G().Unique("松江区");
  ASSERT_NE(songjiang, nullptr);
  EXPECT_EQ(songjiang->code, "310117");
  EXPECT_EQ(songjiang->province, "上海市");
  EXPECT_EQ(songjiang->city, "");  // a municipality's district has no city between
  EXPECT_EQ(G().ByCode("310117"), songjiang);

  const Division* wutongqiao = G().ByCode("511112");
  ASSERT_NE(wutongqiao, nullptr);
  EXPECT_EQ(wutongqiao->name, "五通桥区");
  const Region region = wutongqiao->ToRegion();
  EXPECT_EQ(region.province, "四川省");
  EXPECT_EQ(region.city, "乐山市");
  EXPECT_EQ(region.county, "五通桥区");
  EXPECT_EQ(region.code, "511112");
  EXPECT_EQ(G().ByCode("999999"), nullptr);
}

TEST(Gazetteer, ShortNamesWhereUnambiguous) {
  ASSERT_NE(G().Unique("松江"), nullptr);
  EXPECT_EQ(G().Unique("松江")->name, "松江区");
  ASSERT_NE(G().Unique("五通桥"), nullptr);
  EXPECT_EQ(G().Unique("五通桥")->code, "511112");
  ASSERT_NE(G().Unique("连云港"), nullptr);
  EXPECT_EQ(G().Unique("连云港")->level, Division::Level::kCity);
  ASSERT_NE(G().Unique("浦东"), nullptr);  // 浦东新区
  EXPECT_EQ(G().Unique("浦东")->name, "浦东新区");
  ASSERT_NE(G().Unique("延边"), nullptr);  // 延边朝鲜族自治州
  EXPECT_EQ(G().Unique("延边")->level, Division::Level::kCity);
  ASSERT_NE(G().Unique("黔东南"), nullptr);
  EXPECT_EQ(G().Unique("黔东南")->name, "黔东南苗族侗族自治州");
  ASSERT_NE(G().Unique("内蒙古"), nullptr);
  EXPECT_EQ(G().Unique("内蒙古")->name, "内蒙古自治区");
  // No one-character short names: 和县 and 城区 have none.
  EXPECT_TRUE(G().ByShortName("和").empty());
  EXPECT_TRUE(G().ByShortName("城").empty());
}

TEST(Gazetteer, AmbiguousNamesGiveEveryCandidate) {
  EXPECT_EQ(Codes(G().Find("普陀区")), (std::vector<std::string>{"310107", "330903"}));
  EXPECT_EQ(G().Unique("普陀区"), nullptr);
  EXPECT_GE(G().Find("鼓楼区").size(), 4u);  // 南京, 徐州, 福州, 开封
  // 吉林 is a province and a city.
  std::vector<Division::Level> levels;
  for (const Division* d : G().Find("吉林")) levels.push_back(d->level);
  EXPECT_EQ(levels,
            (std::vector<Division::Level>{Division::Level::kProvince, Division::Level::kCity}));
  EXPECT_TRUE(G().Find("不存在区").empty());
}

TEST(Gazetteer, LevelsAndContainment) {
  const Division* shanghai = G().Unique("上海市");
  const Division* putuo_zs = G().ByCode("330903");
  const Division* zhoushan = G().Unique("舟山市");
  ASSERT_TRUE(shanghai && putuo_zs && zhoushan);
  EXPECT_TRUE(shanghai->IsMunicipality());
  EXPECT_EQ(shanghai->LevelName(), "province");
  EXPECT_FALSE(G().Unique("四川省")->IsMunicipality());
  EXPECT_EQ(zhoushan->LevelName(), "city");
  EXPECT_EQ(putuo_zs->LevelName(), "county");
  EXPECT_TRUE(putuo_zs->IsWithin(*zhoushan));
  EXPECT_TRUE(putuo_zs->IsWithin(*G().Unique("浙江省")));
  EXPECT_FALSE(putuo_zs->IsWithin(*shanghai));
  EXPECT_FALSE(zhoushan->IsWithin(*putuo_zs));
  EXPECT_EQ(G().CityOf(*putuo_zs), zhoushan);
  EXPECT_EQ(G().CityOf(*G().Unique("松江区")), nullptr);
  // A county-level city a province administers directly has no city above it.
  const Division* xiantao = G().Unique("仙桃市");
  ASSERT_NE(xiantao, nullptr);
  EXPECT_EQ(xiantao->level, Division::Level::kCounty);
  EXPECT_EQ(xiantao->city, "");
}

TEST(Gazetteer, ScanFindsLongestNamesWithoutOverlap) {
  const std::string text = "浙江省舟山市普陀区与上海松江交流";
  const std::vector<NameMatch> found = G().Scan(text);
  EXPECT_EQ(Names(found),
            (std::vector<std::string>{"浙江省", "舟山市", "普陀区", "上海市", "松江区"}));
  ASSERT_EQ(found.size(), 5u);
  EXPECT_FALSE(found[2].short_form);
  EXPECT_EQ(found[2].candidates.size(), 2u);  // the scan reports; resolving is the reader's job
  EXPECT_TRUE(found[3].short_form);
  EXPECT_EQ(text.substr(found[4].offset, found[4].length), "松江");
}

TEST(Gazetteer, AShortNameDoesNotSwallowTheHeadOfAFullName) {
  // 和平 (和平区) would take the 平 of 平阳县.
  EXPECT_EQ(Names(G().Scan("和平阳县")), (std::vector<std::string>{"平阳县"}));
  EXPECT_EQ(Names(G().Scan("和平与发展")), (std::vector<std::string>{"和平区"}));
}

TEST(Gazetteer, TwoCharacterNamesThatAreWordsNeedTheirCity) {
  // 城区 is a district of 阳泉市 (and others), and an everyday word.
  EXPECT_TRUE(G().Scan("推进城区治理和郊区发展").empty());
  const std::vector<NameMatch> found = G().Scan("阳泉市城区");
  ASSERT_EQ(found.size(), 2u);
  ASSERT_EQ(found[1].candidates.size(), 1u);
  EXPECT_EQ(found[1].candidates[0]->city, "阳泉市");
  // At the very start (a title) it counts.
  EXPECT_EQ(G().Scan("城区公共法律服务规划").size(), 1u);
}

TEST(Gazetteer, ParseRejectsMalformedRowsWithTheLine) {
  const Gazetteer g = Gazetteer::Parse(
      "# comment\ncode\tlevel\tname\tshort\tprovince\tcity\n"
      "310000\tprovince\t上海市\t上海\t上海市\t\n310117\tcounty\t松江区\t松江\t上海市\t\n",
      "test.tsv");
  EXPECT_EQ(g.size(), 2u);
  EXPECT_EQ(g.Unique("松江")->code, "310117");
  try {
    (void)Gazetteer::Parse(
        "code\tlevel\tname\tshort\tprovince\tcity\n31011\tcounty\t松江区\t\t上海市\t\n", "bad.tsv");
    FAIL() << "a five-digit code was accepted";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("bad.tsv:2"), std::string::npos) << e.what();
  }
  EXPECT_THROW((void)Gazetteer::Parse("310117\tdistrict\t松江区\t\t上海市\t\n"),
               std::runtime_error);
  EXPECT_THROW((void)Gazetteer::Parse("310117\tcounty\t松江区\n"), std::runtime_error);
  EXPECT_THROW((void)Gazetteer::Parse("# nothing\n"), std::runtime_error);
}

}  // namespace
}  // namespace plancheck
