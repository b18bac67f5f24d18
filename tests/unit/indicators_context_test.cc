// What the extractor reads around the targets: the plan period (also when the metadata reader
// found none), and the background sections whose statistics are history, not targets.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "checker/document/document.h"
#include "checker/indicators/context.h"
#include "checker/indicators/indicator.h"

namespace plancheck::indicators {
namespace {

TEST(IndicatorContext, PeriodsAsPlansWriteThem) {
  EXPECT_EQ(PeriodIn("(2023-2025)")->to, 2025);
  EXPECT_EQ(PeriodIn("(2023—2025年)")->from, 2023);
  EXPECT_EQ(PeriodIn("2021年至2025年")->to, 2025);
  EXPECT_EQ(PeriodIn("“十四五”时期")->from, 2021);
  EXPECT_EQ(PeriodIn("“十四五”时期")->to, 2025);
  EXPECT_FALSE(PeriodIn("(2025-2023)").has_value());
  EXPECT_FALSE(PeriodIn("主要发展指标").has_value());
}

TEST(IndicatorContext, PlanPeriodWithoutMetadata) {
  Document doc = ParseText("t.txt", "某区法治建设三年行动方案（2024—2026年）\n\n正文。\n", "UTF-8");
  doc.metadata.period.reset();  // as while the metadata reader is not there yet
  const std::optional<Period> period = PlanPeriod(doc);
  ASSERT_TRUE(period.has_value());
  EXPECT_EQ(period->from, 2024);
  EXPECT_EQ(period->to, 2026);

  Document by_year = ParseText("t.txt", "某区实施方案\n\n到2022年，基本建成服务体系。\n", "UTF-8");
  by_year.metadata.period.reset();
  ASSERT_TRUE(PlanPeriod(by_year).has_value());
  EXPECT_EQ(PlanPeriod(by_year)->to, 2022);
}

TEST(IndicatorContext, BackgroundTitles) {
  for (const char* title : {"发展基础", "发展现状", "规划背景", "面临形势", "机遇和挑战",
                            "“十三五”时期工作回顾", "主要问题和发展趋势"}) {
    EXPECT_TRUE(IsBackgroundTitle(title)) << title;
  }
  for (const char* title : {"主要目标", "指导思想", "加强法律援助工作", "保障措施"}) {
    EXPECT_FALSE(IsBackgroundTitle(title)) << title;
  }
}

constexpr const char* kPlan =
    "某区公共法律服务规划（2021-2025年）\n\n"
    "第一章 规划背景\n\n"
    "第一节 发展基础\n\n"
    "全区建成1个区公共法律服务中心，调解成功率达到98.5%。\n\n"
    "第二节 面临形势\n\n"
    "群众需求日益增长。\n\n"
    "第二章 总体要求\n\n"
    "到2025年，调解成功率达到99%以上。\n";

TEST(IndicatorContext, BackgroundFromTheOutline) {
  const Document doc = ParseText("t.txt", kPlan, "UTF-8");
  const std::vector<bool> background = BackgroundBlocks(doc);
  ASSERT_EQ(background.size(), doc.blocks.size());
  EXPECT_TRUE(background[static_cast<std::size_t>(doc.BlockAtLine(7) - doc.blocks.data())]);
  EXPECT_FALSE(background[static_cast<std::size_t>(doc.BlockAtLine(15) - doc.blocks.data())]);
}

// The outline may be empty (another stage not there yet, or a plan without numbered headings
// the outline builder knows): the section headings are then recognised from the text.
TEST(IndicatorContext, BackgroundWithoutAnOutline) {
  Document doc = ParseText("t.txt", kPlan, "UTF-8");
  doc.outline.headings.clear();
  for (Block& b : doc.blocks) b.heading = -1;
  const std::vector<bool> background = BackgroundBlocks(doc);
  EXPECT_TRUE(background[static_cast<std::size_t>(doc.BlockAtLine(7) - doc.blocks.data())]);
  EXPECT_TRUE(background[static_cast<std::size_t>(doc.BlockAtLine(11) - doc.blocks.data())]);
  EXPECT_FALSE(background[static_cast<std::size_t>(doc.BlockAtLine(15) - doc.blocks.data())]);

  const std::vector<Indicator> found = ExtractIndicators(doc).items;
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].line, 15);
  EXPECT_EQ(found[0].op, ">=");
  EXPECT_DOUBLE_EQ(found[0].value, 99);
  EXPECT_EQ(found[0].year, 2025);
}

}  // namespace
}  // namespace plancheck::indicators
