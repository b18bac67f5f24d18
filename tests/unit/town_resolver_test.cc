// Township plans (乡镇, 街道) placed down to their town: ResolvePlace and the metadata it fills.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "checker/document/document.h"
#include "checker/document/gazetteer.h"
#include "checker/document/region_resolver.h"
#include "checker/document/town_resolver.h"
#include "checker/document/town_table.h"
#include "checker/formats/format.h"
#include "test_paths.h"

namespace plancheck {
namespace {

using testing::CorpusPath;
using testing::CorpusStems;
using testing::SourcePath;

std::optional<Division> Place(const std::string& title,
                              const std::vector<std::string>& paragraphs) {
  const std::vector<std::string_view> views(paragraphs.begin(), paragraphs.end());
  return ResolvePlace(title, views, Gazetteer::Builtin(), TownTable::Builtin());
}

std::string Describe(const Region& r) {
  return r.province + "/" + r.city + "/" + r.county + "/" + r.town;
}

TEST(TownPlan, TheFixturePlanResolvesToItsTownCountyCityAndProvince) {
  const Metadata m =
      LoadDocument(SourcePath("tests/fixtures/towns/lijiatai-2024-2025.txt")).metadata;
  EXPECT_EQ(m.title, "李家台镇公共法律服务体系建设实施方案（2024—2025年）");
  EXPECT_EQ(Describe(m.region), "辽宁省/铁岭市/开原市/李家台镇");
  EXPECT_EQ(m.region.code, "211282115");
  EXPECT_EQ(m.level, "town");
  EXPECT_EQ(m.kind, "实施方案");
}

TEST(TownPlan, ATitleThatNamesTheCountyToo) {
  const auto d = Place("开原市李家台镇法律服务工作方案", {"全镇推进公共法律服务。"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->code, "211282115");
  EXPECT_EQ(Describe(d->ToRegion()), "辽宁省/铁岭市/开原市/李家台镇");
}

TEST(TownPlan, AUniqueTownNeedsTheTextToSpeakAsATownWhenNothingElsePlacesIt) {
  const auto self = Place("李家台镇公共法律服务实施方案", {"全镇各村（社区）配备法律顾问。"});
  ASSERT_TRUE(self);
  EXPECT_EQ(self->code, "211282115");
  EXPECT_FALSE(Place("李家台镇公共法律服务实施方案", {"推进法律服务。"}));
}

TEST(TownPlan, ARepeatedNameGoesToTheTownWhoseCountyTheTextNames) {
  // 城关镇 is in 88 counties, two of them in 兰州市 (永登县 620121, 榆中县 620123).
  const auto yuzhong =
      Place("城关镇公共法律服务实施方案", {"按照兰州市和榆中县的部署，全镇推进公共法律服务。"});
  ASSERT_TRUE(yuzhong);
  EXPECT_EQ(yuzhong->CountyCode(), "620123");
  EXPECT_EQ(yuzhong->level, Division::Level::kTown);
  const auto yongdeng = Place("城关镇公共法律服务实施方案", {"落实永登县委部署，全镇推进。"});
  ASSERT_TRUE(yongdeng);
  EXPECT_EQ(yongdeng->CountyCode(), "620121");
  EXPECT_EQ(yongdeng->county, "永登县");
}

TEST(TownPlan, ATieBetweenTwoTownsKeepsTheDivisionAboveThem) {
  // 兰州市 alone does not say which of its two 城关镇; the plan stays at 兰州市, not at 城关区.
  const auto lanzhou = Place("城关镇公共法律服务实施方案", {"贯彻兰州市委部署，全镇推进。"});
  ASSERT_TRUE(lanzhou);
  EXPECT_EQ(lanzhou->name, "兰州市");
  EXPECT_EQ(lanzhou->level, Division::Level::kCity);
}

TEST(TownPlan, ATownNeverDisplacesTheCountyTheTitleNames) {
  // 城关镇 of 榆中县 is not in 开原市: the county of the title stands.
  const auto d = Place("开原市城关镇公共法律服务实施方案", {"按照铁岭市部署，全市推进。"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->name, "开原市");
  EXPECT_EQ(d->level, Division::Level::kCounty);
}

TEST(TownPlan, WordsAndCitationsAreNotTowns) {
  // 乡村振兴 is not a 乡; a town inside 《…》 is another document's.
  const auto rural = Place("五通桥区法律服务助力乡村振兴实施方案", {"贯彻乐山市委部署。"});
  ASSERT_TRUE(rural);
  EXPECT_EQ(rural->name, "五通桥区");
  const auto cited = Place("开原市关于转发《李家台镇公共法律服务实施方案》的通知", {"全市推进。"});
  ASSERT_TRUE(cited);
  EXPECT_EQ(cited->name, "开原市");
}

TEST(TownPlan, CorpusPlansResolveExactlyAsWithoutTheTownTable) {
  for (const std::string& stem : CorpusStems()) {
    SCOPED_TRACE(stem);
    const Document doc = LoadDocument(CorpusPath(stem));
    EXPECT_NE(doc.metadata.level, "town");
    EXPECT_TRUE(doc.metadata.region.town.empty());
    std::vector<std::string_view> paragraphs;
    for (const Block& b : doc.blocks) paragraphs.push_back(b.norm);
    const Division* county = ResolveRegion(doc.metadata.title, paragraphs, Gazetteer::Builtin());
    const auto place =
        ResolvePlace(doc.metadata.title, paragraphs, Gazetteer::Builtin(), TownTable::Builtin());
    ASSERT_EQ(county != nullptr, place.has_value());
    if (county != nullptr) {
      EXPECT_EQ(place->code, county->code);
    }
  }
}

}  // namespace
}  // namespace plancheck
