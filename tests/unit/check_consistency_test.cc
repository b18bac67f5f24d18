// The consistency checks: pairs, repeat, doc-number, lost-unit, numbering, declared-count, period.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check_test_support.h"
#include "checker/engine/checks/doc_number_check.h"
#include "checker/engine/checks/pairs_check.h"
#include "checker/engine/checks/repeat_check.h"

namespace plancheck {
namespace {

using testing::Failures;
using ::testing::HasSubstr;
using testing::OneRule;
using testing::RunOn;

std::string Rule(const std::string& check, const std::string& extra = "") {
  return "  - id: t.consistency." + check + "\n    kind: consistency\n    check: " + check +
         "\n    level: warning\n    basis: t\n" + extra + "    tests: {pass: [甲], fail: [乙]}\n";
}

std::vector<std::string> Marks(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& p : checks::PairsCheck::Scan(text))
    out.push_back(p.mark + (p.unclosed ? "+" : "-"));
  return out;
}

TEST(PairsCheck, ScanFindsUnclosedAndUnopenedMarks) {
  EXPECT_TRUE(Marks("“法律七进”《民法典》（试行）【重点】〔2022〕").empty());
  EXPECT_EQ(Marks("便‘捷化"), std::vector<std::string>{"‘+"});
  EXPECT_EQ(Marks("普通“法律明白人培养率"), std::vector<std::string>{"“+"});
  EXPECT_EQ(Marks("依据《法律援助法的规定"), std::vector<std::string>{"《+"});
  EXPECT_EQ(Marks("制度）和公证"), std::vector<std::string>{"）-"});
  // Crossed: the inner mark is reported, the outer pair still closes.
  EXPECT_EQ(Marks("《关于“加强》"), std::vector<std::string>{"“+"});
  // Width mixing is another rule's business: （ closes with ) here.
  EXPECT_TRUE(Marks("街（镇)").empty());
}

TEST(PairsCheck, ListMarkersAndApostrophesAreNotMarks) {
  EXPECT_TRUE(Marks("主要措施：1）健全机制；2）完善平台；a)其他").empty());
  EXPECT_TRUE(Marks("一）总体要求").empty());
  EXPECT_TRUE(Marks("the plan’s goals").empty());
}

TEST(PairsCheck, PerParagraphWithQuotationContinuedOverParagraphs) {
  const auto book = OneRule(Rule("pairs"));
  EXPECT_EQ(Worst(RunOn(*book, "“第一段，\n“第二段，结束。”")), Status::kPass);
  const auto fails = Failures(RunOn(*book, "“第一段，\n第二段没有引号。"));
  ASSERT_EQ(fails.size(), 1u);
  EXPECT_EQ(fails[0].location.line, 1);
  EXPECT_EQ(fails[0].location.column, 1);
  const auto wutongqiao = Failures(RunOn(*book, "公共法律服务均等化、便‘捷化水平显著提升。"));
  ASSERT_EQ(wutongqiao.size(), 1u);
  EXPECT_EQ(wutongqiao[0].location.column, 12);
  EXPECT_THAT(wutongqiao[0].message, HasSubstr("‘"));
}

TEST(PairsCheck, TableCellBrokenOverLinesIsOneCell) {
  const auto book = OneRule(Rule("pairs"));
  const std::string table =
      "表1 主要指标\n\t领域\n\t指标名称\n\t目标\n\n\t普法\n\t法治文化阵地覆盖率（\n\n）\n\t100\n";
  EXPECT_EQ(Failures(RunOn(*book, table)).size(), 0u);
}

std::vector<std::string> Repeats(std::string_view text, std::vector<std::string> allow = {}) {
  std::string extra = "    allow: [";
  for (std::size_t i = 0; i < allow.size(); ++i) extra += (i ? ", " : "") + allow[i];
  extra += "]\n";
  const auto book = OneRule(Rule("repeat", allow.empty() ? "" : extra));
  std::vector<std::string> out;
  for (const Result& r : Failures(RunOn(*book, std::string(text)))) out.push_back(r.message);
  return out;
}

TEST(RepeatCheck, StrayDoubledCharacterAndDoubledWord) {
  const auto stray = Repeats("为建设高素质的公共法律服务队伍提提供政策保障。");
  ASSERT_EQ(stray.size(), 1u);
  EXPECT_THAT(stray[0], HasSubstr("“提”重复"));
  const auto word = Repeats("对公共法律服务服务质量开展专业评估。");
  ASSERT_EQ(word.size(), 1u);
  EXPECT_THAT(word[0], HasSubstr("“服务”重复"));
}

TEST(RepeatCheck, WordBoundariesAndReduplicationAreNotDefects) {
  EXPECT_TRUE(Repeats("深刻学习习近平法治思想，推进宪法法律进学校，健全机制制度，维护被告人人权。")
                  .empty());
  EXPECT_TRUE(
      Repeats("常常、层层压实、方方面面、的的确确、实实在在、一步一步推进、紧紧围绕。").empty());
  EXPECT_TRUE(Repeats("实现村村通。", {"村村通"}).empty());
}

TEST(RepeatCheck, ColumnPointsAtTheRepeatedPart) {
  const auto book = OneRule(Rule("repeat"));
  const auto fails = Failures(RunOn(*book, "队伍提提供保障"));
  ASSERT_EQ(fails.size(), 1u);
  EXPECT_EQ(fails[0].location.column, 4);
}

TEST(DocNumberCheck, Gbt9704Form) {
  using checks::DocNumberCheck;
  EXPECT_EQ(DocNumberCheck::Problems("五府办发〔2022〕13号"), "");
  EXPECT_THAT(DocNumberCheck::Problems("五府办发[2022]13号"), HasSubstr("六角括号"));
  EXPECT_THAT(DocNumberCheck::Problems("五府办发（2022）13号"), HasSubstr("六角括号"));
  EXPECT_THAT(DocNumberCheck::Problems("五府办发﹝2022﹞13号"), HasSubstr("六角括号"));
  EXPECT_THAT(DocNumberCheck::Problems("五府办发〔22〕13号"), HasSubstr("四位"));
  EXPECT_THAT(DocNumberCheck::Problems("五府办发〔2022〕第13号"), HasSubstr("第"));
  EXPECT_THAT(DocNumberCheck::Problems("五府办发〔2022〕013号"), HasSubstr("虚位"));
}

TEST(DocNumberCheck, FindsDocNumbersInTextOnly) {
  const auto book = OneRule(Rule("doc-number"));
  EXPECT_EQ(Worst(RunOn(*book, "五府办发〔2022〕13号\n依据中办发〔2019〕44号文件。")),
            Status::kPass);
  const auto fails = Failures(RunOn(*book, "依据沪府办[2021]5号文件，（2021—2025年）。"));
  ASSERT_EQ(fails.size(), 1u);
  EXPECT_EQ(fails[0].location.column, 6);
  // A case number (（2020）沪0118民初123号) is not a 发文字号.
  EXPECT_EQ(Worst(RunOn(*book, "判决书（2020）沪0118民初123号。")), Status::kPass);
}

TEST(LostUnitCheck, NumberOrRateBracketBeforeAnImage) {
  const auto book = OneRule(Rule("lost-unit"));
  const auto fails = Failures(RunOn(*book,
                                    "调解成功率98.78[image: image1.png]。\n覆盖面达到10 [image: "
                                    "image9.png]以上。\n[image: logo.png]服务中心"));
  ASSERT_EQ(fails.size(), 2u);
  EXPECT_EQ(fails[0].location.line, 1);
  EXPECT_EQ(fails[0].location.column, 11);
  EXPECT_EQ(fails[1].location.line, 2);
  EXPECT_EQ(fails[1].location.column, 9);
  EXPECT_EQ(Failures(RunOn(*book, "\t标准化公证机构覆盖率（[image: image7.png]）")).size(), 1u);
  EXPECT_EQ(Failures(RunOn(*book, "如图（[image: chart.png]）所示")).size(), 0u);
}

TEST(PeriodCheck, TargetYearsOutsideThePlanPeriod) {
  const auto book = OneRule(Rule("period"));
  EXPECT_EQ(Worst(RunOn(*book, "到2025年建成体系，到2035年远景目标实现。", 2021, 2025)),
            Status::kPass);
  const auto fails = Failures(RunOn(*book, "到2027年建成体系。", 2021, 2025));
  ASSERT_EQ(fails.size(), 1u);
  EXPECT_THAT(fails[0].message, HasSubstr("2027"));
  // Without a period there is nothing to check against.
  Document doc = ParseText("plan.txt", "到2027年建成体系。", "UTF-8");
  doc.metadata.period.reset();
  std::vector<Result> na;
  EvaluateRule(*book, 0, doc, {}, FindHits(*book, doc)[0], na);
  EXPECT_EQ(Worst(na), Status::kNa);
  EXPECT_EQ(Worst(RunOn(*book, "依据《到2030年规划》。", 2021, 2025)), Status::kPass);
}

const char* const kNumberedPlan =
    "一、总体要求\n（一）指导思想\n坚持以人民为中心。\n（二）基本原则\n坚持系统推进。\n"
    "二、主要任务\n（三）完善平台\n推进平台建设。\n1.健全机制\n内容。\n2.加强保障\n内容。\n";

TEST(NumberingCheck, RunOnNumberingAcrossParentsIsAllowed) {
  EXPECT_EQ(Worst(RunOn(*OneRule(Rule("numbering")), kNumberedPlan)), Status::kPass);
}

TEST(NumberingCheck, GapDuplicateAndMixedForms) {
  const auto book = OneRule(Rule("numbering"));
  const auto gap =
      Failures(RunOn(*book, "一、总体要求\n（一）指导思想\n内容。\n（三）主要目标\n内容。"));
  ASSERT_EQ(gap.size(), 1u);
  EXPECT_EQ(gap[0].location.line, 4);
  EXPECT_THAT(gap[0].message, HasSubstr("缺少第 2 项"));
  const auto duplicate = Failures(RunOn(*book, "一、总体要求\n内容。\n一、主要任务\n内容。"));
  ASSERT_EQ(duplicate.size(), 1u);
  EXPECT_THAT(duplicate[0].message, HasSubstr("编号重复"));
  const auto width =
      Failures(RunOn(*book, "一、总体要求\n（一）指导思想\n内容。\n(二)基本原则\n内容。"));
  ASSERT_EQ(width.size(), 1u);
  EXPECT_EQ(width[0].location.line, 4);
  EXPECT_THAT(width[0].message, HasSubstr("半角括号"));
  const auto delimiter = Failures(RunOn(
      *book,
      "一、主要任务\n（一）完善平台\n1.健全机制\n内容。\n2、加强保障\n内容。\n3.强化考核\n内容。"));
  ASSERT_EQ(delimiter.size(), 1u);
  EXPECT_EQ(delimiter[0].location.line, 5);
  EXPECT_THAT(delimiter[0].message, HasSubstr("“、”"));
}

TEST(DeclaredCountCheck, CountAgainstTableRows) {
  const auto book = OneRule(Rule("declared-count"));
  const std::string rows =
      "\t序号\n\t指标名称\n\t目标\n\n\t1\n\t法律援助覆盖率\n\t100%\n\n\t2\n\t公证机构覆盖率\n\t100%"
      "\n";
  EXPECT_EQ(Worst(RunOn(*book, "主要指标（共2项）\n" + rows)), Status::kPass);
  const auto fails = Failures(RunOn(*book, "主要指标（共3项）\n" + rows));
  ASSERT_EQ(fails.size(), 1u);
  EXPECT_THAT(fails[0].message, HasSubstr("声明共 3 项，表格实有 2 项"));
}

}  // namespace
}  // namespace plancheck
