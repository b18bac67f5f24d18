// Automatic numbering (numbering.xml) rendered as text, and heading styles and outline levels:
// a heading whose number lives in the numbering definition is still a numbered heading.
#include <gtest/gtest.h>

#include "checker/formats/docx/numbering.h"
#include "checker/formats/docx/styles.h"
#include "docx_testing.h"

// Tests name only the parts they feed in: DocxParts{.body = …, .numbering = …}.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace plancheck {
namespace {

using docx::FormatNumber;
using testing::LoadDocx;
using testing::P;

TEST(DocxNumbering, FormatsChineseCounting) {
  EXPECT_EQ(FormatNumber(1, "chineseCounting"), "一");
  EXPECT_EQ(FormatNumber(10, "chineseCounting"), "十");
  EXPECT_EQ(FormatNumber(11, "chineseCounting"), "十一");
  EXPECT_EQ(FormatNumber(20, "chineseCounting"), "二十");
  EXPECT_EQ(FormatNumber(36, "chineseCounting"), "三十六");
  EXPECT_EQ(FormatNumber(100, "chineseCounting"), "一百");
  EXPECT_EQ(FormatNumber(101, "chineseCounting"), "一百〇一");
  EXPECT_EQ(FormatNumber(110, "chineseCounting"), "一百一十");
  EXPECT_EQ(FormatNumber(12, "japaneseCounting"), "十二");
  EXPECT_EQ(FormatNumber(25, "chineseCountingThousand"), "二十五");
}

TEST(DocxNumbering, FormatsOtherStyles) {
  EXPECT_EQ(FormatNumber(3, "decimal"), "3");
  EXPECT_EQ(FormatNumber(5, "decimalZero"), "05");
  EXPECT_EQ(FormatNumber(12, "decimalFullWidth"), "１２");
  EXPECT_EQ(FormatNumber(1, "ideographTraditional"), "甲");
  EXPECT_EQ(FormatNumber(3, "ideographTraditional"), "丙");
  EXPECT_EQ(FormatNumber(11, "ideographTraditional"), "甲");
  EXPECT_EQ(FormatNumber(2, "ideographZodiac"), "丑");
  EXPECT_EQ(FormatNumber(10, "ideographDigital"), "一〇");
  EXPECT_EQ(FormatNumber(12, "chineseLegalSimplified"), "壹拾贰");
  EXPECT_EQ(FormatNumber(1, "decimalEnclosedCircle"), "①");
  EXPECT_EQ(FormatNumber(20, "decimalEnclosedCircleChinese"), "⑳");
  EXPECT_EQ(FormatNumber(21, "decimalEnclosedCircle"), "㉑");
  EXPECT_EQ(FormatNumber(2, "decimalEnclosedParen"), "⑵");
  EXPECT_EQ(FormatNumber(4, "upperRoman"), "IV");
  EXPECT_EQ(FormatNumber(9, "lowerRoman"), "ix");
  EXPECT_EQ(FormatNumber(27, "lowerLetter"), "aa");
  EXPECT_EQ(FormatNumber(2, "upperLetter"), "B");
  EXPECT_EQ(FormatNumber(7, "bullet"), "");
  EXPECT_EQ(FormatNumber(7, "none"), "");
  EXPECT_EQ(FormatNumber(7, "someFutureFormat"), "7");
}

// <w:lvl> with format, text, suffix and extra children.
std::string Level(int ilvl, const std::string& fmt, const std::string& text,
                  const std::string& extra = "", const std::string& suffix = "") {
  return "<w:lvl w:ilvl=\"" + std::to_string(ilvl) + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" +
         fmt + "\"/>" + extra + (suffix.empty() ? "" : "<w:suff w:val=\"" + suffix + "\"/>") +
         "<w:lvlText w:val=\"" + text + "\"/></w:lvl>";
}

std::string List(const std::string& id, const std::string& levels) {
  return "<w:abstractNum w:abstractNumId=\"" + id + "\">" + levels + "</w:abstractNum>";
}

std::string Num(const std::string& id, const std::string& list, const std::string& extra = "") {
  return "<w:num w:numId=\"" + id + "\"><w:abstractNumId w:val=\"" + list + "\"/>" + extra +
         "</w:num>";
}

std::string NumPr(int level, const std::string& num = "1") {
  return "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" + num +
         "\"/></w:numPr>";
}

std::vector<std::string> Texts(const Document& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.blocks) out.push_back(b.text);
  return out;
}

const std::string kChineseLevels = Level(0, "chineseCounting", "%1、", "", "nothing") +
                                   Level(1, "chineseCounting", "（%2）") +
                                   Level(2, "decimal", "%3.", "", "nothing");

TEST(DocxNumbering, LevelsRenderAndRestartUnderTheirParent) {
  const Document doc = LoadDocx(
      {.body = P("总体要求", NumPr(0)) + P("指导思想", NumPr(1)) + P("坚持党的领导。", NumPr(2)) +
               P("坚持人民至上。", NumPr(2)) + P("基本原则", NumPr(1)) + P("主要任务", NumPr(0)) +
               P("加强平台建设", NumPr(1)) + P("正文，不编号。"),
       .numbering = List("0", kChineseLevels) + Num("1", "0")});
  EXPECT_EQ(Texts(doc),
            (std::vector<std::string>{"一、总体要求", "（一）指导思想", "1.坚持党的领导。",
                                      "2.坚持人民至上。", "（二）基本原则", "二、主要任务",
                                      "（一）加强平台建设", "正文，不编号。"}));
}

// w:lvlRestart 0: the second level runs on across chapters (一 （一）（二） 二 （三）).
TEST(DocxNumbering, LevelThatNeverRestarts) {
  const std::string levels = Level(0, "chineseCounting", "%1、", "", "nothing") +
                             Level(1, "chineseCounting", "（%2）", "<w:lvlRestart w:val=\"0\"/>");
  const Document doc =
      LoadDocx({.body = P("规划背景", NumPr(0)) + P("发展基础", NumPr(1)) +
                        P("主要问题", NumPr(1)) + P("总体要求", NumPr(0)) + P("指导思想", NumPr(1)),
                .numbering = List("0", levels) + Num("1", "0")});
  EXPECT_EQ(Texts(doc).back(), "（三）指导思想");
}

// Two list instances of one definition share its counters unless one overrides the start.
TEST(DocxNumbering, InstancesShareCountersUntilAStartOverride) {
  const std::string restart =
      "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride>";
  const Document doc =
      LoadDocx({.body = P("甲", NumPr(0, "1")) + P("乙", NumPr(0, "1")) + P("丙", NumPr(0, "2")) +
                        P("丁", NumPr(0, "3")) + P("戊", NumPr(0, "3")),
                .numbering = List("0", Level(0, "decimal", "%1.", "", "nothing")) + Num("1", "0") +
                             Num("2", "0") + Num("3", "0", restart)});
  EXPECT_EQ(Texts(doc), (std::vector<std::string>{"1.甲", "2.乙", "3.丙", "1.丁", "2.戊"}));
}

TEST(DocxNumbering, MultiLevelAndLegalLabels) {
  const std::string levels = Level(0, "chineseCounting", "%1、", "", "nothing") +
                             Level(1, "decimal", "%1.%2", "<w:isLgl/>", "space");
  const Document doc = LoadDocx({.body = P("甲", NumPr(0)) + P("乙", NumPr(1)) + P("丙", NumPr(1)) +
                                         P("丁", NumPr(0)) + P("戊", NumPr(1)),
                                 .numbering = List("0", levels) + Num("1", "0")});
  EXPECT_EQ(Texts(doc),
            (std::vector<std::string>{"一、甲", "1.1 乙", "1.2 丙", "二、丁", "2.1 戊"}));
}

// The suffix after a number: a tab after 、 or ） adds nothing; after a bare number, a space.
TEST(DocxNumbering, SuffixAfterTheNumber) {
  const std::string levels = Level(0, "chineseCounting", "第%1章", "", "space") +
                             Level(1, "chineseCounting", "（%2）", "", "tab") +
                             Level(2, "decimalEnclosedCircle", "%3", "", "tab") +
                             Level(3, "decimal", "%4", "", "nothing");
  const Document doc = LoadDocx({.body = P("规划背景", NumPr(0)) + P("发展基础", NumPr(1)) +
                                         P("甲", NumPr(2)) + P("乙", NumPr(3)),
                                 .numbering = List("0", levels) + Num("1", "0")});
  EXPECT_EQ(Texts(doc),
            (std::vector<std::string>{"第一章 规划背景", "（一）发展基础", "① 甲", "1乙"}));
}

TEST(DocxNumbering, BulletsAndUnknownListsAddNothing) {
  const Document doc = LoadDocx(
      {.body = P("要点", NumPr(0)) + P("无此列表", NumPr(0, "7")) + P("取消编号", NumPr(0, "0")),
       .numbering = List("0", Level(0, "bullet", "\xEF\x82\xB7")) + Num("1", "0")});
  EXPECT_EQ(Texts(doc), (std::vector<std::string>{"要点", "无此列表", "取消编号"}));
}

const std::string kHeadingStyles =
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"a\"><w:name w:val=\"Normal\"/>"
    "</w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"标题 1\"/><w:basedOn "
    "w:val=\"a\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/><w:basedOn "
    "w:val=\"a\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Chapter\"><w:name w:val=\"章标题\"/><w:basedOn "
    "w:val=\"1\"/><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
    "</w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Section\"><w:name w:val=\"节标题\"/><w:basedOn "
    "w:val=\"2\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>";

// Numbering through the heading styles: the chapter style names its level, the section style
// leaves it to the level's w:pStyle; the outline level comes through w:basedOn.
TEST(DocxNumbering, NumberedThroughStyles) {
  const std::string levels =
      Level(0, "chineseCounting", "第%1章", "<w:pStyle w:val=\"Chapter\"/>", "space") +
      Level(1, "japaneseCounting", "第%2节", "<w:pStyle w:val=\"Section\"/>", "space");
  const Document doc = LoadDocx({.body = P("规划背景", "<w:pStyle w:val=\"Chapter\"/>") +
                                         P("发展基础", "<w:pStyle w:val=\"Section\"/>") +
                                         P("面临形势", "<w:pStyle w:val=\"Section\"/>") +
                                         P("总体要求", "<w:pStyle w:val=\"Chapter\"/>") +
                                         P("指导思想", "<w:pStyle w:val=\"Section\"/>") +
                                         P("附件", "<w:pStyle w:val=\"Chapter\"/>" + NumPr(0, "0")),
                                 .styles = kHeadingStyles,
                                 .numbering = List("0", levels) + Num("1", "0")});
  EXPECT_EQ(Texts(doc),
            (std::vector<std::string>{"第一章 规划背景", "第一节 发展基础", "第二节 面临形势",
                                      "第二章 总体要求", "第一节 指导思想", "附件"}));
  EXPECT_EQ(doc.blocks[0].style, "章标题");
  EXPECT_EQ(doc.blocks[0].outline_level, 1);
  EXPECT_EQ(doc.blocks[1].outline_level, 2);
  EXPECT_EQ(doc.blocks[5].outline_level, 1);
}

// Heading styles with no number at all (a drafter's Word file): the style makes the heading.
TEST(DocxNumbering, UnnumberedHeadingStylesAreHeadings) {
  const Document doc = LoadDocx({.body = P("某区公共法律服务体系建设规划") +
                                         P("总体要求", "<w:pStyle w:val=\"Chapter\"/>") +
                                         P("指导思想", "<w:pStyle w:val=\"Section\"/>") +
                                         P("以习近平新时代中国特色社会主义思想为指导。") +
                                         P("保障措施", "<w:pStyle w:val=\"Chapter\"/>"),
                                 .styles = kHeadingStyles});
  ASSERT_EQ(doc.outline.headings.size(), 3U);
  EXPECT_EQ(doc.outline.headings[1].title, "指导思想");
  EXPECT_EQ(doc.outline.headings[1].style, NumberStyle::kUnnumbered);
  EXPECT_EQ(doc.outline.headings[1].parent, 0);
  EXPECT_EQ(doc.outline.headings[2].level, 1);
}

// w:numStyleLink: the list's levels live in the list the numbering style points at.
TEST(DocxNumbering, NumberingStyleLink) {
  const std::string styles =
      "<w:style w:type=\"numbering\" w:styleId=\"PlanList\"><w:name w:val=\"规划列表\"/><w:pPr>"
      "<w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>";
  const std::string numbering = List("0", "<w:styleLink w:val=\"PlanList\"/>" +
                                              Level(0, "chineseCounting", "%1、", "", "nothing")) +
                                List("1", "<w:numStyleLink w:val=\"PlanList\"/>") + Num("1", "0") +
                                Num("2", "1");
  const Document doc =
      LoadDocx({.body = P("总体要求", NumPr(0, "2")) + P("主要任务", NumPr(0, "2")),
                .styles = styles,
                .numbering = numbering});
  EXPECT_EQ(Texts(doc), (std::vector<std::string>{"一、总体要求", "二、主要任务"}));
}

TEST(DocxNumbering, OutlineLevelsOfHeadingStyles) {
  const Document doc =
      LoadDocx({.body = P("一、总体要求", "<w:pStyle w:val=\"1\"/>") +
                        P("（一）指导思想", "<w:pStyle w:val=\"2\"/>") +
                        P("正文", "<w:pStyle w:val=\"2\"/><w:outlineLvl w:val=\"9\"/>") +
                        P("附件", "<w:outlineLvl w:val=\"0\"/>") +
                        P("普陀区实施方案", "<w:pStyle w:val=\"Title\"/>") +
                        P("3. 未知样式", "<w:pStyle w:val=\"Heading3\"/>") + P("正文二"),
                .styles = kHeadingStyles});
  ASSERT_EQ(doc.blocks.size(), 7u);
  EXPECT_EQ(doc.blocks[0].outline_level, 1);
  EXPECT_EQ(doc.blocks[0].style, "标题 1");
  EXPECT_EQ(doc.blocks[1].outline_level, 2);
  EXPECT_EQ(doc.blocks[2].outline_level, 0);
  EXPECT_EQ(doc.blocks[3].outline_level, 1);
  EXPECT_EQ(doc.blocks[3].style, "Normal");
  EXPECT_EQ(doc.blocks[4].outline_level, 0);
  EXPECT_EQ(doc.blocks[5].outline_level, 3);  // no such style: its id still says Heading 3
  EXPECT_EQ(doc.blocks[6].outline_level, 0);
}

TEST(DocxNumbering, HeadingLevelOfStyleNames) {
  using docx::HeadingLevelOfName;
  EXPECT_EQ(HeadingLevelOfName("heading 1"), 1);
  EXPECT_EQ(HeadingLevelOfName("Heading 3"), 3);
  EXPECT_EQ(HeadingLevelOfName("标题 2"), 2);
  EXPECT_EQ(HeadingLevelOfName("标题2"), 2);
  EXPECT_EQ(HeadingLevelOfName("Heading1"), 1);
  EXPECT_EQ(HeadingLevelOfName("标题"), 0);
  EXPECT_EQ(HeadingLevelOfName("Title"), 0);
  EXPECT_EQ(HeadingLevelOfName("heading 1 char"), 0);
}

// The point of rendering the numbers: the outline finds a heading whose number is not typed.
TEST(DocxNumbering, AutomaticallyNumberedHeadingsAreNumberedHeadings) {
  const Document doc = LoadDocx({.body = P("总体要求", NumPr(0)) + P("指导思想", NumPr(1)) +
                                         P("坚持以习近平新时代中国特色社会主义思想为指导。") +
                                         P("主要任务", NumPr(0)),
                                 .numbering = List("0", kChineseLevels) + Num("1", "0")});
  if (doc.outline.headings.empty()) GTEST_SKIP() << "BuildOutline finds no headings yet";
  ASSERT_EQ(doc.outline.headings.size(), 3u);
  EXPECT_EQ(doc.outline.headings[0].ordinal, 1);
  EXPECT_EQ(doc.outline.headings[0].style, NumberStyle::kHanComma);
  EXPECT_EQ(doc.outline.headings[0].title, "总体要求");
  EXPECT_EQ(doc.outline.headings[1].style, NumberStyle::kHanParen);
  EXPECT_EQ(doc.outline.headings[1].level, 2);
  EXPECT_EQ(doc.outline.headings[2].ordinal, 2);
  EXPECT_EQ(doc.outline.headings[2].line, 4);
}

}  // namespace
}  // namespace plancheck
