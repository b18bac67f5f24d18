// Indicators read from indicator tables: one per data row, with its category carried down over
// merged cells, its unit from the unit column or the name, its year from header or caption.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "checker/document/document.h"
#include "checker/formats/format.h"
#include "checker/indicators/indicator.h"
#include "tests/unit/test_paths.h"

namespace plancheck {
namespace {

using ::testing::SizeIs;

std::vector<Indicator> FromTables(const Document& doc) {
  std::vector<Indicator> out;
  for (const Indicator& ind : ExtractIndicators(doc).items) {
    if (ind.source == "table") out.push_back(ind);
  }
  return out;
}

std::vector<Indicator> CorpusTables(const std::string& stem) {
  return FromTables(LoadDocument(testing::CorpusPath(stem)));
}

const Indicator& AtLine(const std::vector<Indicator>& found, int line) {
  static const Indicator kNone{};
  const auto it = std::find_if(found.begin(), found.end(),
                               [line](const Indicator& i) { return i.line == line; });
  EXPECT_NE(it, found.end()) << "no indicator at line " << line;
  return it == found.end() ? kNone : *it;
}

TEST(TableIndicators, SongjiangAnnex) {
  const std::vector<Indicator> found = CorpusTables("shanghai-songjiang-2023-2025");
  ASSERT_THAT(found, SizeIs(26));
  const Indicator& first = AtLine(found, 85);
  EXPECT_EQ(first.category, "普法");
  EXPECT_EQ(first.op, "=");
  EXPECT_DOUBLE_EQ(first.value, 25);
  EXPECT_EQ(first.unit, "个");
  EXPECT_EQ(first.nature, "约束性");
  EXPECT_EQ(first.year, 2025);  // from the caption's period （2023-2025）
  // Merged category cell: carried down.
  EXPECT_EQ(AtLine(found, 92).category, "普法");
  EXPECT_EQ(AtLine(found, 92).name, "区级社会主义法治文化品牌活动");
  EXPECT_EQ(AtLine(found, 99).op, ">=");
  // The broken target cell.
  EXPECT_DOUBLE_EQ(AtLine(found, 113).value, 7);
  EXPECT_EQ(AtLine(found, 113).category, "律师");
  EXPECT_EQ(AtLine(found, 122).name, "大中型律所数量（50名律师以上）");
  const Indicator& range = AtLine(found, 136);
  EXPECT_EQ(range.op, "range");
  EXPECT_DOUBLE_EQ(range.value, 1);
  EXPECT_EQ(range.value_max, 2);
  EXPECT_EQ(AtLine(found, 171).op, ">");
  EXPECT_DOUBLE_EQ(AtLine(found, 171).value, 99);
  EXPECT_EQ(AtLine(found, 171).unit, "%");
  EXPECT_EQ(AtLine(found, 234).name,
            "对符合通知辩护条件的犯罪嫌疑人、被告人，法律援助机构指派律师提供辩护的比例");
  const Indicator& per100k = AtLine(found, 255);
  EXPECT_DOUBLE_EQ(per100k.value, 180);
  ASSERT_TRUE(per100k.normalised.has_value());
  EXPECT_DOUBLE_EQ(*per100k.normalised, 18);
  EXPECT_EQ(AtLine(found, 262).category, "公共法律服务平台");
  EXPECT_EQ(AtLine(found, 262).name, "12348法律服务热线咨询即时评价满意率");
}

TEST(TableIndicators, WutongqiaoBaselinesAndInferredUnits) {
  const std::vector<Indicator> found = CorpusTables("sichuan-leshan-wutongqiao-2021-2025");
  ASSERT_THAT(found, SizeIs(11));  // the group row 法治文化阵地覆盖率 has no values
  const Indicator& first = AtLine(found, 68);
  EXPECT_EQ(first.name, "市级青少年法治教育基地覆盖率");
  EXPECT_EQ(first.category, "普法依法治理");
  EXPECT_EQ(first.unit, "%");
  EXPECT_TRUE(first.unit_inferred);
  EXPECT_EQ(first.baseline, 0);
  EXPECT_EQ(first.baseline_year, 2020);
  EXPECT_EQ(first.year, 2025);
  EXPECT_DOUBLE_EQ(first.value, 100);
  const Indicator& people = AtLine(found, 100);
  EXPECT_EQ(people.unit, "人");  // from the name's "（人）"
  EXPECT_FALSE(people.unit_inferred);
  EXPECT_EQ(people.name, "村（社区）骨干“法律明白人”数量");
  EXPECT_EQ(people.nature, "约束性");
  const Indicator& aid = AtLine(found, 116);
  EXPECT_EQ(aid.baseline, 2.28);
  EXPECT_EQ(aid.category, "法律援助服务");
  EXPECT_EQ(AtLine(found, 150).value, 33.3);
  EXPECT_EQ(AtLine(found, 150).baseline, 6.3);
}

TEST(TableIndicators, LianyungangYearColumnAndNameUnits) {
  const std::vector<Indicator> found = CorpusTables("jiangsu-lianyungang-2023-2025");
  ASSERT_THAT(found, SizeIs(17));
  const Indicator& staff = AtLine(found, 123);
  EXPECT_EQ(staff.unit, "人/中心");
  EXPECT_EQ(staff.op, ">=");
  EXPECT_DOUBLE_EQ(staff.value, 3);
  EXPECT_EQ(staff.year, 2025);  // the "2025年" column
  EXPECT_EQ(staff.category, "公共法律服务平台建设");
  EXPECT_EQ(AtLine(found, 163).value, 1.5);
  EXPECT_EQ(AtLine(found, 179).category, "公共法律服务满意度");
  EXPECT_EQ(AtLine(found, 108).name, "县区、乡镇（街道）标准化公共法律服务实体平台建成率");
}

TEST(TableIndicators, TargetYearFallsBackToThePlanPeriod) {
  const Document doc = ParseText(
      "fixture.txt",
      "某区法律服务规划（2021-2025年）\n\n主要指标\n\n\t指标名称\n\t单位\n\t目标值\n\t属性\n\n"
      "\t调解成功率\n\t%\n\t≥95\n\t预期性\n\n\t调解组织\n\t个\n\t全覆盖\n\t约束性\n",
      "UTF-8");
  const std::vector<Indicator> found = FromTables(doc);
  ASSERT_THAT(found, SizeIs(2));
  EXPECT_EQ(found[0].year, 2025);
  EXPECT_EQ(found[0].op, ">=");
  EXPECT_EQ(found[0].unit, "%");
  EXPECT_DOUBLE_EQ(found[1].value, 100);  // 全覆盖
}

TEST(TableIndicators, ColumnsFoundByTheirRoleNotByPosition) {
  // 类别 first, the name column called 具体指标, a 2022 baseline, the target "2025年预期值".
  const Document doc =
      ParseText("fixture.txt",
                "\t指标类别\n\t具体指标\n\t单位\n\t2022年基数\n\t2025年预期值\n\t属性\n\n"
                "\t律师\n\t每万人拥有律师数\n\t名\n\t2.5\n\t不低于3\n\t预期性\n",
                "UTF-8");
  const std::vector<Indicator> found = FromTables(doc);
  ASSERT_THAT(found, SizeIs(1));
  EXPECT_EQ(found[0].name, "每万人拥有律师数");
  EXPECT_EQ(found[0].category, "律师");
  EXPECT_EQ(found[0].op, ">=");
  EXPECT_DOUBLE_EQ(found[0].value, 3);
  EXPECT_EQ(found[0].unit, "名");
  EXPECT_EQ(found[0].baseline, 2.5);
  EXPECT_EQ(found[0].baseline_year, 2022);
  EXPECT_EQ(found[0].year, 2025);
  EXPECT_EQ(found[0].nature, "预期性");
}

TEST(TableIndicators, TablesWithoutTargetColumnGiveNothing) {
  const Document doc = ParseText(
      "fixture.txt", "\t机构\n\t地址\n\n\t区公证处\n\t某路1号\n\n\t区法律援助中心\n\t某路2号\n",
      "UTF-8");
  EXPECT_THAT(FromTables(doc), SizeIs(0));
}

}  // namespace
}  // namespace plancheck
