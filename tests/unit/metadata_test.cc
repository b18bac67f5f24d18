#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "checker/document/builders.h"
#include "checker/document/document.h"
#include "checker/document/gazetteer.h"
#include "checker/document/region_resolver.h"
#include "checker/formats/format.h"
#include "test_paths.h"

namespace plancheck {
namespace {

using testing::CorpusPath;
using testing::CorpusStems;

Metadata Read(const std::string& text) { return ParseText("plan.txt", text, "UTF-8").metadata; }

std::string Describe(const Region& r) { return r.province + "/" + r.city + "/" + r.county; }

const Division* Resolve(const std::string& title, const std::vector<std::string>& paragraphs) {
  const std::vector<std::string_view> views(paragraphs.begin(), paragraphs.end());
  return ResolveRegion(title, views, Gazetteer::Builtin());
}

// ---------------------------------------------------------------------------------------------
// The five corpus plans (issue 2's acceptance), printed as a table.

class CorpusMetadata : public ::testing::Test {
 protected:
  static Metadata Of(const std::string& stem) { return LoadDocument(CorpusPath(stem)).metadata; }
};

TEST_F(CorpusMetadata, PrintsTheTable) {
  std::printf("%-40s | %-8s | %-6s | %-9s | %-8s | %-5s | %-20s | %-10s | %s\n", "plan", "region",
              "level", "period", "kind", "draft", "doc number", "date", "title");
  for (const std::string& stem : CorpusStems()) {
    const Metadata m = Of(stem);
    const std::string period =
        m.period ? std::to_string(m.period->from) + "-" + std::to_string(m.period->to) : "-";
    std::printf("%-40s | %s | %s | %s (%s) | %s | %s | %s | %s | %s\n", stem.c_str(),
                Describe(m.region).c_str(), m.level.c_str(), period.c_str(),
                m.period ? m.period->as_written.c_str() : "", m.kind.c_str(),
                m.draft ? "draft" : "final", m.doc_number.c_str(), m.date.c_str(), m.title.c_str());
  }
}

TEST_F(CorpusMetadata, Songjiang) {
  const Metadata m = Of("shanghai-songjiang-2023-2025");
  EXPECT_EQ(Describe(m.region), "上海市//松江区");
  EXPECT_EQ(m.region.code, "310117");
  EXPECT_EQ(m.level, "county");
  ASSERT_TRUE(m.period.has_value());
  EXPECT_EQ(m.period->from, 2023);
  EXPECT_EQ(m.period->to, 2025);
  EXPECT_EQ(m.title, "松江区公共法律服务体系建设三年规划（2023-2025）");
  EXPECT_EQ(m.kind, "规划");
  EXPECT_FALSE(m.draft);
}

TEST_F(CorpusMetadata, Putuo) {
  const Metadata m = Of("shanghai-putuo-2020-2022");
  EXPECT_EQ(Describe(m.region), "上海市//普陀区");  // not 舟山市's 普陀区
  EXPECT_EQ(m.region.code, "310107");
  EXPECT_EQ(m.level, "county");
  ASSERT_TRUE(m.period.has_value());
  EXPECT_EQ(m.period->to, 2022);  // 到2022年, not the 2035 vision
  EXPECT_EQ(m.period->from, 0);   // issued when, the plan does not say
  EXPECT_EQ(m.title, "普陀区加快推进公共法律服务体系建设实施方案");
  EXPECT_EQ(m.kind, "实施方案");
}

TEST_F(CorpusMetadata, Wutongqiao) {
  const Metadata m = Of("sichuan-leshan-wutongqiao-2021-2025");
  EXPECT_EQ(Describe(m.region), "四川省/乐山市/五通桥区");
  EXPECT_EQ(m.level, "county");
  ASSERT_TRUE(m.period.has_value());
  EXPECT_EQ(m.period->from, 2021);
  EXPECT_EQ(m.period->to, 2025);
  EXPECT_EQ(m.doc_number, "五府办发〔2022〕13号");
  EXPECT_EQ(m.date, "2022-06-16");
  // The plan's own title, not the issuing notice's.
  EXPECT_EQ(m.title, "乐山市五通桥区“十四五”公共法律服务体系建设规划");
  EXPECT_EQ(m.kind, "规划");
  EXPECT_FALSE(m.draft);
}

TEST_F(CorpusMetadata, Lvyuan) {
  const Metadata m = Of("jilin-changchun-lvyuan-2021-2025-draft");
  EXPECT_EQ(Describe(m.region), "吉林省/长春市/绿园区");
  EXPECT_EQ(m.level, "county");
  ASSERT_TRUE(m.period.has_value());
  EXPECT_EQ(m.period->from, 2021);
  EXPECT_EQ(m.period->to, 2025);
  EXPECT_TRUE(m.draft);
  EXPECT_EQ(m.title, "绿园区公共法律服务体系建设“十四五”规划（征求意见稿）");
  EXPECT_EQ(m.kind, "规划");
  EXPECT_EQ(m.doc_number, "");  // 吉法委发〔2020〕4号 in the preamble is a cited document's
}

TEST_F(CorpusMetadata, Lianyungang) {
  const Metadata m = Of("jiangsu-lianyungang-2023-2025");
  EXPECT_EQ(Describe(m.region), "江苏省/连云港市/");
  EXPECT_EQ(m.level, "city");
  ASSERT_TRUE(m.period.has_value());
  EXPECT_EQ(m.period->from, 2023);
  EXPECT_EQ(m.period->to, 2025);
  EXPECT_EQ(m.title, "");     // the plan starts with its preamble
  EXPECT_EQ(m.kind, "规划");  // 制定本规划
}

// ---------------------------------------------------------------------------------------------
// Title

TEST(MetadataTitle, IssuingNoticeGivesTheInnerTitle) {
  const Metadata m = Read(
      "某府办发〔2021〕7号\n\n"
      "某某市人民政府办公室\n"
      "关于印发《青浦区法治宣传教育第八个五年规划（2021—2025年）》的通知\n"
      "各街道办事处：\n"
      "现将《青浦区法治宣传教育第八个五年规划（2021—2025年）》印发给你们，请认真贯彻执行。\n"
      "2021年9月3日\n"
      "一、总体要求\n");
  EXPECT_EQ(m.title, "青浦区法治宣传教育第八个五年规划（2021—2025年）");
  EXPECT_EQ(m.kind, "规划");
  ASSERT_TRUE(m.period.has_value());
  EXPECT_EQ(m.period->from, 2021);
  EXPECT_EQ(m.period->to, 2025);
  EXPECT_EQ(m.period->as_written, "（2021—2025年）");
  EXPECT_EQ(m.date, "2021-09-03");
  EXPECT_EQ(Describe(m.region), "上海市//青浦区");
}

TEST(MetadataTitle, NoticeWrappedOverTwoLines) {
  const Metadata m = Read(
      "关于印发《鼓楼区公共法律服务体系建设实施方案》\n的通知\n各有关单位：\n"
      "一、工作目标\n鼓楼区隶属福州市，全区上下……\n");
  EXPECT_EQ(m.title, "鼓楼区公共法律服务体系建设实施方案");
  EXPECT_EQ(m.kind, "实施方案");
}

TEST(MetadataTitle, TitleOverTwoLinesAndMarkdown) {
  const Metadata m = Read("## 黄浦区公共法律服务\n**“十四五”规划**\n\n为推进……制定本规划。\n");
  EXPECT_EQ(m.title, "黄浦区公共法律服务“十四五”规划");
  ASSERT_TRUE(m.period.has_value());
  EXPECT_EQ(m.period->as_written, "十四五");
}

TEST(MetadataTitle, SpacedCoverPage) {
  const Metadata m = Read(
      "附件1\n\n松 江 区 公 共 法 律 服 务 体 系 建 设\n三 年 规 划\n（2023—2025年）\n\n"
      "上海市松江区司法局\n二〇二三年三月\n一、规划背景\n");
  EXPECT_EQ(m.title, "松江区公共法律服务体系建设三年规划（2023—2025年）");
  EXPECT_EQ(m.kind, "规划");
  EXPECT_EQ(m.date, "");  // a month is not a date
  EXPECT_EQ(Describe(m.region), "上海市//松江区");
}

TEST(MetadataTitle, ShortBodyLinesAfterTheTitleAreNotPartOfIt) {
  const Metadata m = Read("江苏省“十四五”公共法律服务体系建设规划\n前言\n全省各地……\n一、背景\n");
  EXPECT_EQ(m.title, "江苏省“十四五”公共法律服务体系建设规划");
  EXPECT_EQ(m.level, "province");
}

TEST(MetadataTitle, NoTitleWhenThePlanStartsWithItsBody) {
  const Metadata m = Read(
      "为进一步推进全市公共法律服务体系建设，全面提升公共法律服务能力和水平，切实满足人民群众日益增"
      "长"
      "的法律服务需求，根据有关部署要求，结合我市实际，制定本行动计划。\n一、总体要求\n");
  EXPECT_EQ(m.title, "");
  EXPECT_EQ(m.kind, "行动计划");
}

TEST(MetadataKind, FromTheTitlesLastWord) {
  EXPECT_EQ(Read("某区公共法律服务三年行动计划（2023—2025年）\n").kind, "行动计划");
  EXPECT_EQ(Read("关于加快推进公共法律服务体系建设的实施意见\n").kind, "意见");
  EXPECT_EQ(Read("某区公共法律服务体系建设发展规划纲要\n").kind, "规划");
  EXPECT_EQ(Read("某区公共法律服务工作方案（送审稿）\n").kind, "方案");
  EXPECT_EQ(Read("某区公共法律服务工作方案（送审稿）\n").draft, true);
  EXPECT_EQ(Read("某区2023年公共法律服务工作要点\n").kind, "工作要点");
  const Metadata notice = Read("关于开展公共法律服务宣传月活动的通知\n各街道：\n");
  EXPECT_EQ(notice.title, "关于开展公共法律服务宣传月活动的通知");
  EXPECT_EQ(notice.kind, "通知");
}

// ---------------------------------------------------------------------------------------------
// 发文字号 and date

TEST(MetadataDocNumber, StandardAndMalformedBrackets) {
  EXPECT_EQ(Read("川司发〔2021〕12号\n某规划\n").doc_number, "川司发〔2021〕12号");
  EXPECT_EQ(Read("沪府办发[2020]5号\n某规划\n").doc_number, "沪府办发[2020]5号");
  EXPECT_EQ(Read("长府办发（2022）10号\n某规划\n").doc_number, "长府办发（2022）10号");
  EXPECT_EQ(Read("  五府办发〔２０２２〕１３号  \n某规划\n").doc_number,
            "五府办发〔２０２２〕１３号");
}

TEST(MetadataDocNumber, ACitedNumberIsNotTheDocumentsOwn) {
  const Metadata m = Read(
      "某区公共法律服务规划\n根据《关于加快推进公共法律服务体系建设的实施意见》（吉法委发〔2020〕4"
      "号），"
      "制定本规划。\n");
  EXPECT_EQ(m.doc_number, "");
}

TEST(MetadataDate, ArabicChineseNumeralsAndSignedAtTheEnd) {
  EXPECT_EQ(Read("某规划\n2022年6月16日\n").date, "2022-06-16");
  EXPECT_EQ(Read("某规划\n二〇二二年六月十六日\n").date, "2022-06-16");
  EXPECT_EQ(Read("某规划\n二○二三年十二月三十一日\n").date, "2023-12-31");
  EXPECT_EQ(Read("某规划\n（2021年3月1日）\n").date, "2021-03-01");
  const Metadata end =
      Read("某区公共法律服务规划\n一、总体要求\n到2025年，建成体系。\n某区司法局\n2023年1月5日\n");
  EXPECT_EQ(end.date, "2023-01-05");
  // A date inside a sentence is not the document's.
  EXPECT_EQ(Read("某区公共法律服务规划\n2022年6月16日，区委召开会议。\n").date, "");
  EXPECT_EQ(Read("某规划\n2022年13月16日\n").date, "");
}

// ---------------------------------------------------------------------------------------------
// Period

TEST(MetadataPeriod, FormsInTheTitle) {
  const auto period = [](const std::string& text) { return Read(text).period.value_or(Period{}); };
  EXPECT_EQ(period("某区公共法律服务规划（2023-2025）\n").from, 2023);
  EXPECT_EQ(period("某区公共法律服务规划（2023-2025）\n").to, 2025);
  EXPECT_EQ(period("某区公共法律服务规划(2021—2025年)\n").to, 2025);
  EXPECT_EQ(period("某区公共法律服务规划（２０２１－２０２５年）\n").from, 2021);
  EXPECT_EQ(period("某区“十三五”公共法律服务规划\n").from, 2016);
  EXPECT_EQ(period("某区“十三五”公共法律服务规划\n").to, 2020);
  EXPECT_EQ(period("某区“十五五”公共法律服务规划\n").from, 2026);
  EXPECT_EQ(period("某区国民经济和社会发展第十四个五年规划\n").from, 2021);
  // A plan for one year.
  EXPECT_EQ(period("某区2023年公共法律服务工作要点\n").from, 2023);
  EXPECT_EQ(period("某区2023年公共法律服务工作要点\n").to, 2023);
}

TEST(MetadataPeriod, TargetYearAloneFromIsTheIssueYear) {
  const Metadata m = Read(
      "某区公共法律服务实施方案\n2020年5月8日\n"
      "一、主要目标\n到2022年，体系基本形成。到2035年，全面建成。\n");
  ASSERT_TRUE(m.period.has_value());
  EXPECT_EQ(m.period->from, 2020);
  EXPECT_EQ(m.period->to, 2022);
  EXPECT_EQ(m.period->as_written, "到2022年");
}

TEST(MetadataPeriod, CitedPeriodsAndRetrospectiveRangesAreNotThePlans) {
  const Metadata m = Read(
      "根据《某省“十四五”公共法律服务体系建设规划》《某市法治社会建设实施方案（2021—2025年）》，"
      "结合我市实际，制定本规划。2016～2018年连续三年建设中心。\n"
      "一、主要目标\n到2025年，建成体系。\n附件\n主要指标\n（2023—2025）\n");
  ASSERT_TRUE(m.period.has_value());
  EXPECT_EQ(m.period->from, 2023);
  EXPECT_EQ(m.period->to, 2025);
}

TEST(MetadataPeriod, FiveYearPlanInTheTextAgreeingWithTheTarget) {
  const Metadata m = Read(
      "某区公共法律服务规划\n“十三五”时期成效显著。“十四五”时期是关键阶段。\n"
      "一、目标\n“十四五”期间，到2025年建成体系。\n");
  ASSERT_TRUE(m.period.has_value());
  EXPECT_EQ(m.period->from, 2021);
}

TEST(MetadataPeriod, NoneWhenNothingSaysSo) {
  EXPECT_FALSE(Read("某区公共法律服务规划\n一、目标\n建成体系。\n").period.has_value());
}

// ---------------------------------------------------------------------------------------------
// Region

TEST(MetadataRegion, AmbiguousNameResolvedByItsCityInTheTitle) {
  const Metadata m = Read("舟山市普陀区公共法律服务体系建设规划\n一、背景\n全区上下……\n");
  EXPECT_EQ(Describe(m.region), "浙江省/舟山市/普陀区");
  EXPECT_EQ(m.region.code, "330903");
  EXPECT_EQ(m.level, "county");
}

TEST(MetadataRegion, AmbiguousNameResolvedFromTheText) {
  const Division* shanghai = Resolve("普陀区公共法律服务实施方案",
                                     {"贯彻上海市委、市政府部署，对标上海城市治理。", "全区……"});
  ASSERT_NE(shanghai, nullptr);
  EXPECT_EQ(shanghai->code, "310107");
  const Division* zhoushan =
      Resolve("普陀区公共法律服务实施方案", {"贯彻浙江省委和舟山市委部署，与定海区、岱山县协同。"});
  ASSERT_NE(zhoushan, nullptr);
  EXPECT_EQ(zhoushan->code, "330903");
  // 鼓楼区 is in four cities; its neighbour 台江区 places it in 福州市.
  const Division* gulou = Resolve("鼓楼区法治建设规划", {"与台江区、仓山区共建法律服务圈。"});
  ASSERT_NE(gulou, nullptr);
  EXPECT_EQ(gulou->city, "福州市");
}

TEST(MetadataRegion, APlanMentioningSeveralDistrictsPicksItsOwn) {
  // Title names it.
  const Division* own = Resolve("静安区公共法律服务三年规划",
                                {"学习借鉴徐汇区、黄浦区、长宁区、徐汇区的经验。", "徐汇区经验。"});
  ASSERT_NE(own, nullptr);
  EXPECT_EQ(own->name, "静安区");
  // No title: the district it calls 我区/全区 and names most.
  const Division* untitled = Resolve("", {"全区推进法律服务，我区松江区公共法律服务中心建成。",
                                          "松江区与青浦区、嘉定区协同。", "松江区司法局牵头。"});
  ASSERT_NE(untitled, nullptr);
  EXPECT_EQ(untitled->name, "松江区");
}

TEST(MetadataRegion, ACityPlanIsNotTakenForOneOfItsDistricts) {
  const Division* own = Resolve(
      "", {"全市公共法律服务体系建设，苏州市各区县协同。", "吴中区、相城区、姑苏区分别建设中心。",
           "苏州市司法局牵头，全市统筹，我市特色。"});
  ASSERT_NE(own, nullptr);
  EXPECT_EQ(own->name, "苏州市");
  EXPECT_EQ(own->LevelName(), "city");
}

TEST(MetadataRegion, AShortNameInTheTitleNeedsTheTextToBackIt) {
  // 松江 backed by 上海市 in the text.
  const Division* songjiang = Resolve("松江公共法律服务三年规划", {"贯彻上海市委部署。"});
  ASSERT_NE(songjiang, nullptr);
  EXPECT_EQ(songjiang->name, "松江区");
  // 平安建设 is public security, not 平安区 (青海): nothing in the text names 海东市 or 青海省.
  const Metadata m =
      Read("平安建设三年行动计划（2023—2025年）\n全区推进平安建设，松江区各街镇参与。\n");
  EXPECT_EQ(Describe(m.region), "上海市//松江区");
}

TEST(MetadataRegion, ShortNamesInTheTextWhenNoFullNameIs) {
  const Division* own =
      Resolve("", {"我市公共法律服务体系建设。", "连云港法律服务品牌，全市推广。"});
  ASSERT_NE(own, nullptr);
  EXPECT_EQ(own->name, "连云港市");
}

TEST(MetadataRegion, ProvinceAndMunicipalityLevels) {
  const Metadata province = Read("四川省“十四五”公共法律服务体系建设规划\n全省……\n");
  EXPECT_EQ(Describe(province.region), "四川省//");
  EXPECT_EQ(province.level, "province");
  const Metadata municipal = Read("上海市公共法律服务办法\n本市……\n");
  EXPECT_EQ(Describe(municipal.region), "上海市//");
  EXPECT_EQ(municipal.level, "province");
}

TEST(MetadataRegion, CitedDocumentsDoNotMakeTheRegion) {
  // Only a cited document names a place: the plan's own region stays unknown.
  const Metadata m = Read(
      "公共法律服务体系建设规划\n根据《江苏省公共法律服务条例》《南京市公共法律服务办法》，制定本规"
      "划。\n");
  EXPECT_EQ(m.region.code, "");
  EXPECT_EQ(m.level, "");
}

TEST(MetadataRegion, WordsThatLookLikeShortNamesAreNotPlaces) {
  // 平安 (平安区), 合作 (合作市), 通道 (通道侗族自治县) are ordinary words in running text.
  const Metadata m =
      Read("公共法律服务体系建设规划\n推进平安建设，加强合作，畅通通道，维护和平稳定。\n");
  EXPECT_EQ(m.region.code, "");
}

}  // namespace
}  // namespace plancheck
