#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "checker/document/builders.h"
#include "checker/document/document.h"
#include "checker/document/outline_label.h"
#include "checker/formats/format.h"
#include "test_paths.h"

namespace plancheck {
namespace {

using testing::SourcePath;

Document Parse(const std::string& text) { return ParseText("plan.txt", text, "UTF-8"); }

// "level number title @line" for each heading, to compare a whole outline at once.
std::vector<std::string> Summary(const Outline& outline) {
  std::vector<std::string> out;
  for (const Heading& h : outline.headings) {
    out.push_back(std::to_string(h.level) + " " + h.number + " " + h.title + " @" +
                  std::to_string(h.line));
  }
  return out;
}

std::vector<std::string> Numbers(const std::string& text) {
  std::vector<std::string> out;
  for (const Heading& h : Parse(text).outline.headings) out.push_back(h.number);
  return out;
}

using Lines = std::vector<std::string>;

TEST(Outline, HanCommaAndHanParenAreLevelsOneAndTwo) {
  const Document doc = Parse(
      "测试区公共法律服务体系建设规划\n\n一、总体要求\n（一）指导思想\n以习近平法治思想为指导。\n"
      "（二）基本原则\n二、主要任务\n");
  EXPECT_EQ(Summary(doc.outline), (Lines{"1 一 总体要求 @3", "2 （一） 指导思想 @4",
                                         "2 （二） 基本原则 @6", "1 二 主要任务 @7"}));
  const auto& h = doc.outline.headings;
  EXPECT_EQ(h[0].style, NumberStyle::kHanComma);
  EXPECT_EQ(h[1].style, NumberStyle::kHanParen);
  EXPECT_EQ(h[2].ordinal, 2);
  EXPECT_EQ(h[2].parent, 0);
  EXPECT_EQ(h[3].parent, -1);
  EXPECT_EQ(doc.outline.Path(2), "一、总体要求 › （二）基本原则");
  EXPECT_EQ(doc.outline.Path(-1), "");
}

TEST(Outline, ChaptersAndSections) {
  const Document doc =
      Parse("第一章  规划背景\n第一节  发展基础\n正文。\n第二节 面临形势\n第十二章总体要求\n");
  EXPECT_EQ(Summary(doc.outline), (Lines{"1 第一章 规划背景 @1", "2 第一节 发展基础 @2",
                                         "2 第二节 面临形势 @4", "1 第十二章 总体要求 @5"}));
  EXPECT_EQ(doc.outline.headings[0].style, NumberStyle::kChapter);
  EXPECT_EQ(doc.outline.headings[1].style, NumberStyle::kSection);
  EXPECT_EQ(doc.outline.headings[3].ordinal, 12);
  EXPECT_EQ(doc.outline.Path(2), "第一章 规划背景 › 第二节 面临形势");
}

TEST(Outline, ArabicDotWithEveryDelimiterIsOneStyle) {
  const Document doc =
      Parse("1.坚持党的领导\n2．坚持人民至上\n3、坚持统筹协调\n１２.坚持科技赋能\n");
  EXPECT_EQ(Summary(doc.outline), (Lines{"1 1 坚持党的领导 @1", "1 2 坚持人民至上 @2",
                                         "1 3 坚持统筹协调 @3", "1 １２ 坚持科技赋能 @4"}));
  for (const Heading& h : doc.outline.headings) EXPECT_EQ(h.style, NumberStyle::kArabicDot);
  EXPECT_EQ(doc.outline.headings[3].ordinal, 12);
}

TEST(Outline, BracketsOfBothWidthsAsWritten) {
  const Document doc = Parse("（1）加强平台建设\n(2) 完善工作机制\n（三）强化保障\n(四)加强考核\n");
  EXPECT_EQ(Numbers("（1）加强平台建设\n(2) 完善工作机制\n（三）强化保障\n(四)加强考核\n"),
            (Lines{"（1）", "(2)", "（三）", "(四)"}));
  const auto& h = doc.outline.headings;
  EXPECT_EQ(h[0].style, NumberStyle::kArabicParen);
  EXPECT_EQ(h[1].style, NumberStyle::kArabicParen);
  EXPECT_EQ(h[2].style, NumberStyle::kHanParen);
  EXPECT_EQ(h[3].style, NumberStyle::kHanParen);
  EXPECT_EQ(h[1].title, "完善工作机制");
  EXPECT_EQ(h[3].ordinal, 4);
  // （X） Chinese sits above （1） arabic whatever the order of appearance.
  EXPECT_EQ(h[0].level, 2);
  EXPECT_EQ(h[2].level, 1);
}

TEST(Outline, CircledNumbers) {
  const Document doc = Parse("①健全法律援助制度。扩大援助范围。\n②完善调解组织\n");
  EXPECT_EQ(Summary(doc.outline), (Lines{"1 ① 健全法律援助制度 @1", "1 ② 完善调解组织 @2"}));
  EXPECT_EQ(doc.outline.headings[1].style, NumberStyle::kCircled);
  EXPECT_EQ(doc.outline.headings[1].ordinal, 2);
  EXPECT_TRUE(doc.outline.headings[0].run_in);
}

TEST(Outline, EveryStyleNestsInDesignOrder) {
  const Document doc = Parse(
      "第一章 规划背景\n第一节 发展基础\n一、平台建设\n（一）实体平台\n1.区级中心\n（1）场地\n"
      "①窗口设置\n");
  std::vector<int> levels;
  for (const Heading& h : doc.outline.headings) levels.push_back(h.level);
  EXPECT_EQ(levels, (std::vector<int>{1, 2, 3, 4, 5, 6, 7}));
  EXPECT_EQ(doc.outline.Path(6),
            "第一章 规划背景 › 第一节 发展基础 › 一、平台建设 › （一）实体平台 › 1.区级中心 › "
            "（1）场地 › ①窗口设置");
}

TEST(Outline, LevelsAreRelativeToTheStylesUsed) {
  const Document doc =
      Parse("1.总体要求\n（1）指导思想\n2.主要任务\n（1）平台建设\n（2）队伍建设\n");
  EXPECT_EQ(Summary(doc.outline),
            (Lines{"1 1 总体要求 @1", "2 （1） 指导思想 @2", "1 2 主要任务 @3",
                   "2 （1） 平台建设 @4", "2 （2） 队伍建设 @5"}));
  EXPECT_EQ(doc.outline.headings[4].parent, 2);
}

TEST(Outline, RunInHeadingEndsAtTheFirstFullStop) {
  const Document doc = Parse(
      "（一）指导思想。以习近平新时代中国特色社会主义思想为指导。坚持人民至上。\n"
      "4.积极为共建现代基层社会治理新格局提供公共法律服务。\n"
      "（二）主要目标：到2025年，基本建成现代公共法律服务体系。\n");
  const auto& h = doc.outline.headings;
  ASSERT_EQ(h.size(), 3U);
  EXPECT_EQ(h[0].title, "指导思想");
  EXPECT_TRUE(h[0].run_in);
  EXPECT_EQ(h[1].title, "积极为共建现代基层社会治理新格局提供公共法律服务");
  EXPECT_FALSE(h[1].run_in);
  EXPECT_EQ(h[2].title, "主要目标");
  EXPECT_TRUE(h[2].run_in);
}

TEST(Outline, LeadingSpacesArtefactsAndMarkdownDoNotHideHeadings) {
  const Document doc = Parse(
      "    三、主要任务\n\u3000\u30005.服务保障坚实有力。引领保障取得新发展。\n"
      "[bookmark: _Hlk128169865]（十七）提升公民法治素养。逐步提高。\n"
      "## **二、推进公共法律服务均衡发展，助力民生改善**\n"
      "**(三) 为推进社会治理创新提供法律服务。**健全矛盾纠纷预防化解机制。\n");
  const auto& h = doc.outline.headings;
  ASSERT_EQ(h.size(), 5U);
  EXPECT_EQ(h[0].number, "三");
  EXPECT_EQ(h[0].column, 5);
  EXPECT_EQ(h[1].number, "5");
  EXPECT_EQ(h[1].column, 3);
  EXPECT_EQ(h[2].number, "（十七）");
  EXPECT_EQ(h[2].title, "提升公民法治素养");
  EXPECT_EQ(h[2].column, 26);  // after the 25 characters of the bookmark
  EXPECT_EQ(h[3].number, "二");
  EXPECT_EQ(h[3].title, "推进公共法律服务均衡发展，助力民生改善");
  EXPECT_EQ(h[3].column, 6);
  EXPECT_EQ(h[4].number, "(三)");
  EXPECT_EQ(h[4].title, "为推进社会治理创新提供法律服务");
  EXPECT_EQ(h[4].column, 3);
}

TEST(Outline, BoxesTablesAndAnnexes) {
  const Document doc = Parse(
      "第一章 总体要求\n第一节 主要目标\n表1\n  “十四五”时期主要发展指标\n正文。\n"
      "专栏1\n完善公共法律服务基础设施建设\n正文。\n专栏2  提高普法依法治理工作质效\n"
      "第二章 实施保障\n附件：\n公共法律服务主要发展指标\n（2023-2025）\n");
  EXPECT_EQ(
      Summary(doc.outline),
      (Lines{"1 第一章 总体要求 @1", "2 第一节 主要目标 @2", "3 表1 “十四五”时期主要发展指标 @3",
             "3 专栏1 完善公共法律服务基础设施建设 @6", "3 专栏2 提高普法依法治理工作质效 @9",
             "1 第二章 实施保障 @10", "1 附件 公共法律服务主要发展指标 @11"}));
  const auto& h = doc.outline.headings;
  EXPECT_EQ(h[2].style, NumberStyle::kTable);
  EXPECT_EQ(h[2].parent, 1);
  EXPECT_EQ(h[3].style, NumberStyle::kBox);
  EXPECT_EQ(h[3].ordinal, 1);
  EXPECT_EQ(h[6].style, NumberStyle::kAnnex);
  EXPECT_EQ(h[6].parent, -1);
  EXPECT_EQ(Numbers("附件1：公共法律服务事项清单\n"), (Lines{"附件1"}));
  EXPECT_EQ(Numbers("附件\n主要指标\n"), (Lines{"附件"}));
}

TEST(Outline, SentencesThatStartWithANumberAreNotHeadings) {
  EXPECT_EQ(Numbers("2020年，全区共办理法律援助案件1600余件。\n"), Lines{});
  EXPECT_EQ(Numbers("1个区公共法律服务中心、8个镇公共法律服务工作站全部建成。\n"), Lines{});
  EXPECT_EQ(Numbers("一是加强组织领导；二是强化经费保障。\n"), Lines{});
  EXPECT_EQ(Numbers("1.5亿元用于基层法律服务。\n"), Lines{});
  EXPECT_EQ(Numbers("2019、2020年连续两年获评先进。\n"), Lines{});
  EXPECT_EQ(Numbers("3、5年内建成全覆盖网络。\n"), Lines{});
  EXPECT_EQ(Numbers("表1所示指标均已完成。\n附件中的清单每年更新。\n专栏文章广泛传播。\n"),
            Lines{});
  EXPECT_EQ(Numbers("（2023—2025）\n（2023）\n第2025年\n"), Lines{});
  EXPECT_EQ(Numbers("（1）加强平台建设；（2）完善工作机制；（3）强化保障。\n"), Lines{});
  // A paragraph broken mid-sentence by a page break: far longer than a title, no full stop.
  EXPECT_EQ(
      Numbers(
          "（三）为推进社会治理创新提供法律服务，健全矛盾纠纷预防化解机制，大力发展社会调解组织，"
          "推动人民调解参与化解信访矛盾，引导当事人优先\n"),
      Lines{});
  EXPECT_EQ(Numbers("1.\n2020年全区律师人数达到350人。\n"), Lines{});
}

TEST(Outline, LongFirstSentenceIsAHeadingWhenItsNumberIsInSequence) {
  const std::string long_item =
      "坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神，"
      "全面落实党中央关于公共法律服务体系建设的决策部署。各部门要通力协作。\n";
  EXPECT_EQ(Numbers("（一）指导思想\n正文。\n（二）" + long_item + "（三）主要目标\n"),
            (Lines{"（一）", "（二）", "（三）"}));
  EXPECT_EQ(Numbers("（二）" + long_item + "（三）主要目标\n"), (Lines{"（二）", "（三）"}));
  // Alone, or out of sequence, it is a paragraph that starts with a number.
  EXPECT_EQ(Numbers("第一章 总体要求\n（五）" + long_item), (Lines{"第一章"}));
  EXPECT_EQ(Numbers("（一）指导思想\n（五）" + long_item), (Lines{"（一）"}));
}

TEST(Outline, PartsCountAsChapters) {
  const Document doc = Parse("第一部分  总体要求\n一、指导思想\n第二部分 主要任务\n");
  EXPECT_EQ(Summary(doc.outline),
            (Lines{"1 第一部分 总体要求 @1", "2 一 指导思想 @2", "1 第二部分 主要任务 @3"}));
}

TEST(Outline, TitleSetOffBySpacesEndsThere) {
  const Document doc = Parse(
      "（一）指导思想  以习近平新时代中国特色社会主义思想为指导。\n"
      "（二）主要目标\u3000到2025年，基本建成覆盖城乡的现代公共法律服务体系。\n"
      "（三）加强 党的领导\n");
  const auto& h = doc.outline.headings;
  ASSERT_EQ(h.size(), 3U);
  EXPECT_EQ(h[0].title, "指导思想");
  EXPECT_TRUE(h[0].run_in);
  EXPECT_EQ(h[1].title, "主要目标");
  // A line that is all title keeps its stray space.
  EXPECT_EQ(h[2].title, "加强 党的领导");
  EXPECT_FALSE(h[2].run_in);
}

// Blocks as a .docx loader makes them: no raw line to strip, a style and an outline level.
std::vector<Block> DocxBlocks(const std::vector<std::string>& texts) {
  std::vector<Block> blocks = Parse([&texts] {
                                std::string joined;
                                for (const std::string& t : texts) joined += t + "\n";
                                return joined;
                              }())
                                  .blocks;
  for (Block& b : blocks) {
    b.kind = Block::Kind::kParagraph;
    b.heading = -1;
  }
  return blocks;
}

TEST(Outline, DocxHeadingStyleKeepsALongNumberedHeading) {
  const std::string long_title =
      "坚持以习近平新时代中国特色社会主义思想为指导深入贯彻党的二十大精神全面落实党中央关于公共法律"
      "服务"
      "体系建设的决策部署";
  std::vector<Block> blocks = DocxBlocks({"（五）" + long_title});
  EXPECT_TRUE(BuildOutline(blocks).headings.empty());
  blocks = DocxBlocks({"（五）" + long_title});
  blocks[0].outline_level = 2;
  const Outline outline = BuildOutline(blocks);
  ASSERT_EQ(outline.headings.size(), 1U);
  EXPECT_EQ(outline.headings[0].title, long_title);
}

TEST(Outline, BoxLabelInTheFirstCellOfADocxTable) {
  std::vector<Block> blocks = DocxBlocks(
      {"一、主要任务", "专栏1", "完善公共法律服务基础设施建设", "1.示范中心", "二、保障措施"});
  for (std::size_t i = 1; i <= 3; ++i) {
    blocks[i].kind = Block::Kind::kTableCell;
    blocks[i].table = 0;
    blocks[i].docx_row = static_cast<int>(i) - 1;
    blocks[i].docx_cell = 0;
  }
  const Outline outline = BuildOutline(blocks);
  EXPECT_EQ(Summary(outline), (Lines{"1 一 主要任务 @1", "2 专栏1 完善公共法律服务基础设施建设 @2",
                                     "1 二 保障措施 @5"}));
  EXPECT_EQ(blocks[1].kind, Block::Kind::kTableCell);
  EXPECT_EQ(blocks[3].heading, 1);
}

TEST(Outline, TableCellsAndFootnotesAreSkipped) {
  Document doc = Parse("一、总体要求\n1.普法依法治理\n2.法律援助\n（一）指导思想\n");
  std::vector<Block> blocks = doc.blocks;
  for (Block& b : blocks) b.kind = Block::Kind::kParagraph;
  blocks[1].kind = Block::Kind::kTableCell;
  blocks[2].kind = Block::Kind::kFootnote;
  const Outline outline = BuildOutline(blocks);
  EXPECT_EQ(Summary(outline), (Lines{"1 一 总体要求 @1", "2 （一） 指导思想 @4"}));
  EXPECT_EQ(blocks[1].kind, Block::Kind::kTableCell);
  EXPECT_EQ(blocks[1].heading, 0);
}

TEST(Outline, BlocksKnowTheirInnermostHeading) {
  const Document doc =
      Parse("规划名称\n一、总体要求\n（一）指导思想\n正文一。\n二、主要任务\n正文二。\n");
  ASSERT_EQ(doc.blocks.size(), 6U);
  EXPECT_EQ(doc.blocks[0].heading, -1);
  EXPECT_EQ(doc.blocks[0].kind, Block::Kind::kParagraph);
  EXPECT_EQ(doc.blocks[1].kind, Block::Kind::kHeading);
  EXPECT_EQ(doc.blocks[1].heading, 0);
  EXPECT_EQ(doc.blocks[3].heading, 1);
  EXPECT_EQ(doc.blocks[3].kind, Block::Kind::kParagraph);
  EXPECT_EQ(doc.blocks[5].heading, 2);
  EXPECT_EQ(doc.outline.headings[1].block, 2);
}

TEST(Outline, NumberingThatRunsOnAcrossChaptersIsKeptAsWritten) {
  const Document doc =
      Parse("一、总体要求\n（一）指导思想\n（二）基本原则\n二、主要任务\n（三）平台建设\n");
  const auto& h = doc.outline.headings;
  ASSERT_EQ(h.size(), 5U);
  EXPECT_EQ(h[4].number, "（三）");
  EXPECT_EQ(h[4].ordinal, 3);
  EXPECT_EQ(h[4].parent, 3);
  EXPECT_EQ(h[4].level, 2);
}

// A drafter's Markdown with headings that carry no number: the markup makes them headings, the
// plan's own title (the first line) is not a section, and a # line that reads as a sentence is not
// a heading.
TEST(Outline, UnnumberedMarkdownHeadingsNestByTheirMarkup) {
  const Document doc = ParseText("plan.md",
                                 "# 某区公共法律服务体系建设规划（2021—2025年）\n"
                                 "## 总体要求\n### 指导思想\n正文。\n### 主要目标\n正文。\n"
                                 "## 保障措施\n### 一、加强组织领导\n"
                                 "## 各部门要加强组织领导。强化经费保障，落实责任。\n",
                                 "UTF-8");
  EXPECT_EQ(Summary(doc.outline), (Lines{"1  总体要求 @2", "2  指导思想 @3", "2  主要目标 @5",
                                         "1  保障措施 @7", "2 一 加强组织领导 @8"}));
  EXPECT_EQ(doc.outline.headings[1].style, NumberStyle::kUnnumbered);
  EXPECT_EQ(doc.outline.Path(2), "总体要求 › 主要目标");
  EXPECT_EQ(doc.metadata.title, "某区公共法律服务体系建设规划（2021—2025年）");
}

// In plain text there is no markup: an unnumbered short line stays a paragraph.
TEST(Outline, PlainTextNeedsANumber) {
  EXPECT_TRUE(Parse("某区规划\n总体要求\n指导思想\n正文。\n").outline.headings.empty());
}

TEST(Outline, HeadingLabels) {
  Heading h;
  h.style = NumberStyle::kHanComma;
  h.number = "二";
  h.title = "总体要求";
  EXPECT_EQ(HeadingLabel(h), "二、总体要求");
  h.style = NumberStyle::kAnnex;
  h.number = "附件";
  h.title = "";
  EXPECT_EQ(HeadingLabel(h), "附件");
}

TEST(Outline, SamePlanInEveryEncodingGivesTheSameOutline) {
  const std::string dir = "tests/fixtures/decode/";
  const Document utf8 = LoadDocument(SourcePath(dir + "plan-utf8.txt"));
  EXPECT_EQ(Summary(utf8.outline),
            (Lines{"1 一 总体要求 @4", "2 （一） 指导思想 @5", "1 二 主要任务 @6"}));
  for (const std::string name :
       {"plan-gb18030.txt", "plan-bom-crlf.txt", "plan-utf16le.txt", "plan-utf16be.txt"}) {
    const Document other = LoadDocument(SourcePath(dir + name));
    EXPECT_EQ(Summary(other.outline), Summary(utf8.outline)) << name;
    ASSERT_EQ(other.outline.headings.size(), utf8.outline.headings.size()) << name;
    for (std::size_t i = 0; i < utf8.outline.headings.size(); ++i) {
      EXPECT_EQ(other.outline.headings[i].column, utf8.outline.headings[i].column) << name;
      EXPECT_EQ(other.outline.headings[i].run_in, utf8.outline.headings[i].run_in) << name;
    }
  }
}

// stdout of the plancheck binary run with `args`.
std::string RunPlancheck(const std::string& args) {
  const std::string command = std::string(PLANCHECK_BINARY) + " " + args;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  std::string out;
  char buffer[4096];
  while (pipe && std::fgets(buffer, sizeof buffer, pipe.get()) != nullptr) out += buffer;
  return out;
}

TEST(Outline, CommandPrintsAnIndentedTreeWithLineNumbers) {
  const std::string plan = SourcePath("tests/fixtures/decode/plan-gb18030.txt");
  EXPECT_EQ(RunPlancheck("outline " + plan),
            "4  一、总体要求  [guidance]\n5    （一）指导思想\n6  二、主要任务  [tasks]\n");
  const nlohmann::json json = nlohmann::json::parse(RunPlancheck("outline --format json " + plan));
  ASSERT_EQ(json.at("headings").size(), 3U);
  EXPECT_EQ(json["headings"][1], (nlohmann::json{{"level", 2},
                                                 {"number", "（一）"},
                                                 {"title", "指导思想"},
                                                 {"line", 5},
                                                 {"role", "guidance"}}));
}

}  // namespace
}  // namespace plancheck
