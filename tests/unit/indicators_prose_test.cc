// Prose targets: every phrase form of issue 3, positive and negative, on sentences written for
// these tests (not the corpus's), so the patterns are tried on phrasing they were not tuned to.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "checker/document/document.h"
#include "checker/indicators/indicator.h"

namespace plancheck {
namespace {

using ::testing::IsEmpty;
using ::testing::SizeIs;

// A small plan around `body`: a title with its period, a goals section, then the body.
std::vector<Indicator> Extract(const std::string& body) {
  const std::string text =
      "某区公共法律服务体系建设规划（2023-2025年）\n\n一、总体要求\n\n（一）主要目标\n\n" + body +
      "\n";
  const Document doc = ParseText("test.txt", text, "UTF-8");
  return ExtractIndicators(doc).items;
}

// By value: callers pass the temporary that Extract returns.
Indicator Only(const std::vector<Indicator>& found) {
  EXPECT_THAT(found, SizeIs(1));
  return found.empty() ? Indicator{} : found.front();
}

struct Case {
  const char* sentence;
  const char* op;
  double value;
  const char* unit;
};

class Comparators : public ::testing::TestWithParam<Case> {};

TEST_P(Comparators, GivesOpValueAndUnit) {
  const Case& c = GetParam();
  const Indicator ind = Only(Extract(c.sentence));
  EXPECT_EQ(ind.op, c.op) << c.sentence;
  EXPECT_DOUBLE_EQ(ind.value, c.value) << c.sentence;
  EXPECT_EQ(ind.unit, c.unit) << c.sentence;
  EXPECT_EQ(ind.source, "prose");
  EXPECT_EQ(ind.kind, "level");
}

// 《民法典》第一千二百五十九条: 以上, 以下, 以内 include the number; 超过, 不满 exclude it.
INSTANTIATE_TEST_SUITE_P(
    Phrases, Comparators,
    ::testing::Values(Case{"全区法律援助受援群众满意度达到96%。", "=", 96, "%"},
                      Case{"公证执业质量合格率达98%以上。", ">=", 98, "%"},
                      Case{"人民调解案件调解成功率不低于97%。", ">=", 97, "%"},
                      Case{"每个镇（街道）每年开展法治讲座不少于12场。", ">=", 12, "场"},
                      Case{"律师事务所年度考核合格率保持在99%以上。", ">=", 99, "%"},
                      Case{"行政复议案件纠错率控制在5%以内。", "<=", 5, "%"},
                      Case{"群众有效投诉率降至1%以下。", "<=", 1, "%"},
                      Case{"法律援助申请审查时间不超过7天。", "<=", 7, "天"},
                      Case{"新执业律师人数超过60名。", ">", 60, "名"},
                      Case{"积压未办结的信访事项不满10件。", "<", 10, "件"},
                      Case{"热线平台工单按时办结率≥98%。", ">=", 98, "%"},
                      Case{"网络平台咨询回复率＞95%。", ">", 95, "%"},
                      Case{"线上法律咨询平均响应时间≤30分钟。", "<=", 30, "分钟"},
                      Case{"热线来电平均等待时间控制在15秒以内。", "<=", 15, "秒"},
                      Case{"法律援助受援人数突破2万人次。", ">", 2, "万人次"},
                      Case{"为每个行政村至少配备2名法律顾问。", ">=", 2, "名"},
                      Case{"基层法律服务所执业人员不少于3人。", ">=", 3, "人"},
                      Case{"全区新建3个公共法律服务工作室。", "=", 3, "个"},
                      Case{"每年举办两次法律服务行业培训。", "=", 2, "次"},
                      Case{"到2025年村（居）法律顾问达到百人以上。", ">=", 100, "人"},
                      Case{"司法鉴定意见书复核率为100%。", "=", 100, "%"}));

TEST(ProseTargets, RateFollowedByItsValue) {
  // "…率100%" with no verb between is a stated level.
  const std::vector<Indicator> found = Extract("推进认罪认罚案件值班律师参与率100%。");
  ASSERT_THAT(found, SizeIs(1));
  EXPECT_EQ(found[0].op, "=");
  EXPECT_DOUBLE_EQ(found[0].value, 100);
  EXPECT_EQ(found[0].name, "推进认罪认罚案件值班律师参与率");
  EXPECT_THAT(Extract("公证复核率为100%，重大案件公证质量抽查覆盖率100%。"), SizeIs(2));
}

TEST(ProseTargets, RangesInEveryForm) {
  for (const char* sentence : {"培育2-3家品牌律师事务所。", "培育2～3家品牌律师事务所。",
                               "培育2至3家品牌律师事务所。", "培育2~3家品牌律师事务所。"}) {
    const Indicator ind = Only(Extract(sentence));
    EXPECT_EQ(ind.op, "range") << sentence;
    EXPECT_DOUBLE_EQ(ind.value, 2) << sentence;
    ASSERT_TRUE(ind.value_max.has_value()) << sentence;
    EXPECT_DOUBLE_EQ(*ind.value_max, 3) << sentence;
    EXPECT_EQ(ind.unit, "家") << sentence;
    EXPECT_EQ(ind.name, "品牌律师事务所") << sentence;
  }
}

TEST(ProseTargets, FullCoverageIsOneHundredPercent) {
  const Indicator ind = Only(Extract("到2024年，实现村（社区）人民调解委员会全覆盖。"));
  EXPECT_EQ(ind.op, "=");
  EXPECT_DOUBLE_EQ(ind.value, 100);
  EXPECT_EQ(ind.unit, "%");
  EXPECT_EQ(ind.year, 2024);
  EXPECT_EQ(ind.name, "村（社区）人民调解委员会覆盖率");
}

TEST(ProseTargets, FullCoverageAsAModifierIsNoTarget) {
  EXPECT_THAT(Extract("构建多层次、全覆盖的调解组织网络，深化刑事案件律师辩护全覆盖工作。"),
              IsEmpty());
}

TEST(ProseTargets, PerPopulationRatesAreNormalisedPerTenThousand) {
  const Indicator per100k = Only(Extract("每十万人口获得法律援助服务件数达到160件。"));
  EXPECT_DOUBLE_EQ(per100k.value, 160);
  EXPECT_EQ(per100k.unit, "件");
  ASSERT_TRUE(per100k.normalised.has_value());
  EXPECT_DOUBLE_EQ(*per100k.normalised, 16);
  EXPECT_EQ(per100k.normalised_unit, "件/万人");

  const Indicator per10k = Only(Extract("每万人拥有公证员数不少于0.5名。"));
  EXPECT_EQ(per10k.op, ">=");
  ASSERT_TRUE(per10k.normalised.has_value());
  EXPECT_DOUBLE_EQ(*per10k.normalised, 0.5);
}

TEST(ProseTargets, CountsWithTheObjectBeforeTheNumber) {
  const Indicator ind = Only(Extract("到2024年，新培养涉外法律人才15名。"));
  EXPECT_EQ(ind.op, "=");
  EXPECT_DOUBLE_EQ(ind.value, 15);
  EXPECT_EQ(ind.unit, "名");
  EXPECT_EQ(ind.name, "涉外法律人才");
  EXPECT_EQ(ind.year, 2024);
}

TEST(ProseTargets, ShareOfUnitsThatReachSomething) {
  const Indicator ind = Only(Extract("全县85%以上的村（社区）建成规范化法律服务室。"));
  EXPECT_EQ(ind.op, ">=");
  EXPECT_DOUBLE_EQ(ind.value, 85);
  EXPECT_EQ(ind.name, "全县村（社区）建成规范化法律服务室");
}

TEST(ProseTargets, ChangeOfThePreviousTargetKeepsItsName) {
  const std::vector<Indicator> found = Extract("全区律师总数达到800人，较2022年增长20%。");
  ASSERT_THAT(found, SizeIs(2));
  EXPECT_EQ(found[1].kind, "change");
  EXPECT_EQ(found[1].name, "全区律师总数");
  EXPECT_EQ(found[1].baseline_year, 2022);
}

TEST(ProseTargets, TargetYearFromTheSentence) {
  const std::vector<Indicator> found =
      Extract("到2024年底，全区专职人民调解员达到80名。调解组织规范化率达到90%。");
  ASSERT_THAT(found, SizeIs(2));
  EXPECT_EQ(found[0].year, 2024);
  EXPECT_FALSE(found[1].year.has_value());  // the next sentence states no year
}

TEST(ProseTargets, TwoTargetsInOneClauseGiveTwoIndicators) {
  const std::vector<Indicator> found = Extract("确保法律咨询热线接通率和回访率均不低于92%。");
  ASSERT_THAT(found, SizeIs(2));
  EXPECT_EQ(found[0].name, "法律咨询热线接通率");
  EXPECT_EQ(found[1].name, "法律咨询热线回访率");
  for (const Indicator& ind : found) {
    EXPECT_EQ(ind.op, ">=");
    EXPECT_DOUBLE_EQ(ind.value, 92);
  }
}

TEST(ProseTargets, TwoCountsSharingAVerb) {
  const std::vector<Indicator> found = Extract("新建2个法律服务驿站和5个村级调解室。");
  ASSERT_THAT(found, SizeIs(2));
  EXPECT_DOUBLE_EQ(found[0].value, 2);
  EXPECT_EQ(found[0].name, "法律服务驿站");
  EXPECT_DOUBLE_EQ(found[1].value, 5);
  EXPECT_EQ(found[1].name, "村级调解室");
}

TEST(ProseTargets, ParallelLevelsBorrowTheName) {
  const std::vector<Indicator> found = Extract("县级法治文化示范点达到20个，镇级达到60个。");
  ASSERT_THAT(found, SizeIs(2));
  EXPECT_EQ(found[1].name, "镇级法治文化示范点");
}

TEST(ProseTargets, RelativeChangesAreKindChange) {
  for (const char* sentence :
       {"法律援助案件数量年均增长8%。", "群众满意度提高5个百分点。", "公证办理时长压缩30%。"}) {
    const Indicator ind = Only(Extract(sentence));
    EXPECT_EQ(ind.kind, "change") << sentence;
  }
  // "提高到" names the level to reach, not a change.
  EXPECT_EQ(Only(Extract("群众满意度提高到95%。")).kind, "level");
}

TEST(ProseTargets, UnitLostInAnImageIsInferredForRates) {
  const Indicator ind =
      Only(Extract("力争矛盾纠纷调解成功率达到95 [image: image3.png]v\n\n\n以上，"
                   "为群众提供优质服务。"));
  EXPECT_EQ(ind.op, ">=");
  EXPECT_DOUBLE_EQ(ind.value, 95);
  EXPECT_EQ(ind.unit, "%");
  EXPECT_TRUE(ind.unit_inferred);
}

TEST(ProseTargets, LocationAndEvidence) {
  const std::vector<Indicator> found = Extract("推进规范化建设。公证质量合格率达到99%。");
  ASSERT_THAT(found, SizeIs(1));
  EXPECT_EQ(found[0].line, 7);  // title, blank, 一、, blank, （一）, blank, body
  EXPECT_EQ(found[0].column, 18);
  EXPECT_EQ(found[0].evidence, "公证质量合格率达到99%");
}

// --- not targets -----------------------------------------------------------------------------

TEST(ProseNonTargets, YearsDatesAndDocumentNumbers) {
  EXPECT_THAT(Extract("2020年以来，各项工作稳步推进。"), IsEmpty());
  EXPECT_THAT(Extract("依据区政府办公室《关于推进法治建设的意见》（某府办发〔2022〕13号）执行。"),
              IsEmpty());
  EXPECT_THAT(Extract("本规划自2022年6月16日起施行。"), IsEmpty());
}

TEST(ProseNonTargets, ArticleAndHeadingNumbers) {
  EXPECT_THAT(Extract("依照《法律援助法》第三十条的规定，提供法律援助服务。"), IsEmpty());
  EXPECT_THAT(Extract("按照条例第3条规定办理。"), IsEmpty());
  EXPECT_THAT(Extract("（二十三）提升律师服务质效。加强律师队伍建设。"), IsEmpty());
}

TEST(ProseNonTargets, NumbersInsideTitlesAndQuotes) {
  EXPECT_THAT(Extract("贯彻《某省公共法律服务条例（2021年修订）》，实施“八五”普法规划。"),
              IsEmpty());
  EXPECT_THAT(Extract("推行“最多跑一次”改革，落实一次性告知制度。"), IsEmpty());
}

TEST(ProseNonTargets, ServiceHoursAndCodes) {
  EXPECT_THAT(Extract("提供7×24小时法律咨询服务，完善12348热线和G60走廊服务站。"), IsEmpty());
}

TEST(ProseNonTargets, AttributiveBoundsQualifyANoun) {
  EXPECT_THAT(Extract("支持50名律师以上的律师事务所做优做强。"), IsEmpty());
}

TEST(ProseNonTargets, BoundsThatQualifyWhoOrWhat) {
  // Conditions of eligibility, not targets to reach.
  EXPECT_THAT(Extract("对年收入低于3万元的家庭减免公证费用。"), IsEmpty());
  EXPECT_THAT(Extract("调整为当地最低生活保障标准的2倍。"), IsEmpty());
  // …but an amount a verb provides is one.
  const Indicator funds = Only(Extract("区财政每年安排不低于80万元的专项经费。"));
  EXPECT_EQ(funds.op, ">=");
  EXPECT_DOUBLE_EQ(funds.value, 80);
  EXPECT_EQ(funds.unit, "万元");
  EXPECT_EQ(funds.name, "区财政每年安排专项经费");
}

TEST(ProseNonTargets, VagueAndCampaignNumerals) {
  EXPECT_THAT(Extract("打造一批示范性调解工作室，开展千场法治讲座进社区活动。"), IsEmpty());
  EXPECT_THAT(Extract("推进一村（社区）一法律顾问工作。"), IsEmpty());
}

TEST(ProseNonTargets, BackgroundSectionsHoldHistoryNotTargets) {
  const std::string text =
      "某区公共法律服务体系建设规划（2023-2025年）\n\n"
      "一、发展基础\n\n"
      "2020年全区人民调解成功率达到98.78%，建成1个区公共法律服务中心。\n\n"
      "二、主要目标\n\n"
      "到2025年，人民调解成功率达到99%。\n";
  const std::vector<Indicator> found =
      ExtractIndicators(ParseText("test.txt", text, "UTF-8")).items;
  ASSERT_THAT(found, SizeIs(1));
  EXPECT_EQ(found[0].line, 9);
  EXPECT_DOUBLE_EQ(found[0].value, 99);
}

TEST(ProseNonTargets, ReportsOfWhatWasDone) {
  EXPECT_THAT(Extract("截至2022年底，全区累计建成调解组织120个。"), IsEmpty());
}

}  // namespace
}  // namespace plancheck
