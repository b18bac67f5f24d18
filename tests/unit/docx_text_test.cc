// Paragraph text of a .docx: what a reader sees, and nothing of the markup around it (bookmarks,
// field codes, deleted or hidden text, drawings); footnotes kept apart.
#include <gtest/gtest.h>

#include "checker/formats/docx/text.h"
#include "docx_testing.h"

// Tests name only the parts they feed in: DocxParts{.body = …, .numbering = …}.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace plancheck {
namespace {

using testing::LoadDocx;
using testing::P;

// The text of the one block a body of paragraphs gives.
std::string OnlyText(const std::string& body) {
  const Document doc = LoadDocx({.body = body});
  EXPECT_EQ(doc.blocks.size(), 1u);
  return doc.blocks.empty() ? "" : doc.blocks[0].text;
}

std::string R(const std::string& inner) { return "<w:r>" + inner + "</w:r>"; }
std::string T(const std::string& text) {
  return R("<w:t xml:space=\"preserve\">" + text + "</w:t>");
}

TEST(DocxText, RunsJoinIntoOneParagraph) {
  EXPECT_EQ(OnlyText("<w:p>" + T("律师承办法律援助案件") + T("量占总量的") + T("80") + T("%") +
                     T("以上。") + "</w:p>"),
            "律师承办法律援助案件量占总量的80%以上。");
}

TEST(DocxText, WhitespaceOnlyRunIsKept) {
  EXPECT_EQ(OnlyText("<w:p>" + T("到") + T(" ") + T("2022 年") + "</w:p>"), "到 2022 年");
}

TEST(DocxText, BookmarksLeaveNoDebris) {
  EXPECT_EQ(
      OnlyText("<w:p><w:bookmarkStart w:id=\"0\" w:name=\"_Hlk123401829\"/>" + T("公共法律服务") +
               "<w:bookmarkEnd w:id=\"0\"/><w:bookmarkStart w:id=\"1\" "
               "w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"1\"/>" +
               T("体系建设") + "</w:p>"),
      "公共法律服务体系建设");
}

TEST(DocxText, FieldCodesHiddenResultsShown) {
  const std::string field = R("<w:fldChar w:fldCharType=\"begin\"/>") +
                            R("<w:instrText xml:space=\"preserve\"> REF _Ref1 \\h </w:instrText>") +
                            R("<w:fldChar w:fldCharType=\"separate\"/>") + T("附件1") +
                            R("<w:fldChar w:fldCharType=\"end\"/>");
  EXPECT_EQ(OnlyText("<w:p>" + T("详见") + field + T("。") + "</w:p>"), "详见附件1。");
}

TEST(DocxText, NestedFieldsInTheInstructionStayHidden) {
  const std::string inner = R("<w:fldChar w:fldCharType=\"begin\"/>") +
                            R("<w:instrText> PAGE </w:instrText>") +
                            R("<w:fldChar w:fldCharType=\"separate\"/>") + T("3") +
                            R("<w:fldChar w:fldCharType=\"end\"/>");
  const std::string outer = R("<w:fldChar w:fldCharType=\"begin\"/>") +
                            R("<w:instrText> IF </w:instrText>") + inner +
                            R("<w:instrText> = 3 \"是\" \"否\" </w:instrText>") +
                            R("<w:fldChar w:fldCharType=\"separate\"/>") + T("是") +
                            R("<w:fldChar w:fldCharType=\"end\"/>");
  EXPECT_EQ(OnlyText("<w:p>" + T("结果：") + outer + "</w:p>"), "结果：是");
}

TEST(DocxText, SimpleFieldShowsItsResult) {
  EXPECT_EQ(OnlyText("<w:p>" + T("第") + "<w:fldSimple w:instr=\" PAGE \">" + T("2") +
                     "</w:fldSimple>" + T("页") + "</w:p>"),
            "第2页");
}

// A table of contents repeats the headings; it is navigation, not content.
TEST(DocxText, TableOfContentsIsLeftOut) {
  const std::string toc_begin = "<w:p>" + R("<w:fldChar w:fldCharType=\"begin\"/>") +
                                R("<w:instrText> TOC \\o \"1-3\" \\h </w:instrText>") +
                                R("<w:fldChar w:fldCharType=\"separate\"/>") +
                                T("一、总体要求\t1") + "</w:p>";
  const std::string toc_end =
      "<w:p>" + T("二、主要任务\t3") + R("<w:fldChar w:fldCharType=\"end\"/>") + "</w:p>";
  const std::string toc_style = P("三、保障措施\t5", "<w:pStyle w:val=\"TOC1\"/>");
  const Document doc = LoadDocx(
      {.body = toc_begin + toc_end + toc_style + P("一、总体要求"),
       .styles = "<w:style w:type=\"paragraph\" w:styleId=\"TOC1\"><w:name w:val=\"toc 1\"/>"
                 "</w:style>"});
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "一、总体要求");
  EXPECT_EQ(doc.blocks[0].line, 4);
}

TEST(DocxText, TrackedChangesReadAsAccepted) {
  EXPECT_EQ(
      OnlyText("<w:p>" + T("为突发") +
               "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>事迹</w:delText></w:r></w:del>"
               "<w:ins w:id=\"2\" w:author=\"a\">" +
               T("事件") + "</w:ins><w:moveFrom w:id=\"3\" w:author=\"a\">" + T("旧") +
               "</w:moveFrom>" + T("应急处置") + "</w:p>"),
      "为突发事件应急处置");
}

TEST(DocxText, HiddenTextIsLeftOut) {
  EXPECT_EQ(OnlyText("<w:p>" + T("可见") + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>" +
                     "<w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>文字</w:t></w:r></w:p>"),
            "可见文字");
}

TEST(DocxText, SymbolsComeThrough) {
  EXPECT_EQ(OnlyText("<w:p>" + T("人数") + R("<w:sym w:font=\"Symbol\" w:char=\"F0B3\"/>") +
                     T("3") + R("<w:sym w:font=\"Symbol\" w:char=\"F025\"/>") +
                     R("<w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/>") +
                     R("<w:sym w:font=\"宋体\" w:char=\"2264\"/>") + "</w:p>"),
            "人数≥3%≤");
}

TEST(DocxText, PercentInARunOfItsOwn) {
  const Document doc = LoadDocx(
      {.body = "<w:p>" + T("覆盖面达到10") +
               "<w:r><w:rPr><w:rFonts w:ascii=\"Times New Roman\"/></w:rPr><w:t>%</w:t></w:r>" +
               T("以上，") + T("达到60") + T("％") + T("以上。") + "</w:p>"});
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "覆盖面达到10%以上，达到60％以上。");
  EXPECT_EQ(doc.blocks[0].norm, "覆盖面达到10%以上,达到60%以上。");
}

TEST(DocxText, TabsAndBreaks) {
  EXPECT_EQ(OnlyText("<w:p>" + T("第一章") + R("<w:tab/>") + T("规划背景") + "</w:p>"),
            "第一章\t规划背景");
  // A line break inside Chinese text joins without a space, between two words with one.
  EXPECT_EQ(OnlyText("<w:p>" + T("公共法律服务") + R("<w:br/>") + T("满意度") + "</w:p>"),
            "公共法律服务满意度");
  EXPECT_EQ(OnlyText("<w:p>" + T("G60") + R("<w:br/>") + T("Corridor") + R("<w:cr/>") + T("科创") +
                     "</w:p>"),
            "G60 Corridor科创");
  EXPECT_EQ(OnlyText("<w:p>" + T("非诉") + R("<w:noBreakHyphen/>") + T("调解") +
                     R("<w:softHyphen/>") + "</w:p>"),
            "非诉-调解");
}

TEST(DocxText, DrawingsAndPicturesLeaveNoDebris) {
  const std::string drawing =
      "<w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/"
      "wordprocessingDrawing\"><wp:docPr id=\"1\" name=\"image1.png\" descr=\"v\"/></wp:inline>"
      "</w:drawing></w:r>";
  const std::string pict =
      "<w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\">"
      "<v:imagedata r:id=\"rId9\" o:title=\"v\"/></v:shape></w:pict></w:r>";
  const std::string alternate =
      "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing/></mc:Choice>"
      "<mc:Fallback><w:pict/></mc:Fallback></mc:AlternateContent></w:r>";
  EXPECT_EQ(
      OnlyText("<w:p>" + T("调解成功率98.78") + drawing + pict + alternate + T("%。") + "</w:p>"),
      "调解成功率98.78%。");
}

// A 专栏 box drawn as a text box: its paragraphs follow the paragraph it is anchored in, once,
// though the file holds it twice (DrawingML choice and VML fallback).
TEST(DocxText, TextBoxesAreReadOnceAfterTheirAnchor) {
  const std::string box_content = "<w:txbxContent>" + P("专栏1 完善公共法律服务基础设施建设") +
                                  P("力争省级“枫桥式司法所”覆盖面达到10%以上。") +
                                  "</w:txbxContent>";
  const std::string drawing =
      "<w:drawing><wp:anchor xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/"
      "wordprocessingDrawing\"><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/"
      "2006/main\"><a:graphicData><wps:wsp xmlns:wps=\"http://schemas.microsoft.com/office/word/"
      "2010/wordprocessingShape\"><wps:txbx>" +
      box_content + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>";
  const std::string vml = "<w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox>" +
                          box_content + "</v:textbox></v:shape></w:pict>";
  const Document doc =
      LoadDocx({.body = "<w:p>" + T("推进区、镇、村三级平台建设。") +
                        "<w:r><mc:AlternateContent><mc:Choice "
                        "Requires=\"wps\">" +
                        drawing + "</mc:Choice><mc:Fallback>" + vml +
                        "</mc:Fallback></mc:AlternateContent></w:r></w:p>" +
                        P("第二节 推广网络平台") + "<w:p><w:r>" + vml + "</w:r></w:p>"});
  std::vector<std::string> texts;
  for (const Block& b : doc.blocks) texts.push_back(std::to_string(b.line) + " " + b.text);
  EXPECT_EQ(texts, (std::vector<std::string>{
                       "1 推进区、镇、村三级平台建设。", "2 专栏1 完善公共法律服务基础设施建设",
                       "3 力争省级“枫桥式司法所”覆盖面达到10%以上。", "4 第二节 推广网络平台",
                       "6 专栏1 完善公共法律服务基础设施建设",
                       "7 力争省级“枫桥式司法所”覆盖面达到10%以上。"}));
  EXPECT_EQ(doc.line_count, 7);
}

TEST(DocxText, WrappersAroundRunsAreReadThrough) {
  EXPECT_EQ(OnlyText("<w:p><w:hyperlink r:id=\"rId5\">" + T("中国法律服务网") +
                     "</w:hyperlink><w:smartTag w:uri=\"u\" w:element=\"e\">" + T("、") +
                     "</w:smartTag><w:customXml w:element=\"x\">" + T("12348") +
                     "</w:customXml><w:sdt><w:sdtPr/><w:sdtContent>" + T("热线") +
                     "</w:sdtContent></w:sdt></w:p>"),
            "中国法律服务网、12348热线");
}

TEST(DocxText, ContentControlsAroundParagraphs) {
  const Document doc =
      LoadDocx({.body = "<w:sdt><w:sdtPr/><w:sdtContent>" + P("一、总体要求") +
                        P("（一）指导思想") + "</w:sdtContent></w:sdt>" + P("正文")});
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.blocks[1].text, "（一）指导思想");
  EXPECT_EQ(doc.blocks[2].line, 3);
}

TEST(DocxText, MathAndRubyBase) {
  EXPECT_EQ(OnlyText("<w:p>" + T("比例") +
                     "<m:oMath><m:r><m:t>≥</m:t></m:r><m:r><m:t>80</m:t></m:r></m:oMath>" + T("%") +
                     R("<w:ruby><w:rubyPr/><w:rt><w:r><w:t>gōng</w:t></w:r></w:rt><w:rubyBase>"
                       "<w:r><w:t>公</w:t></w:r></w:rubyBase></w:ruby>") +
                     "</w:p>"),
            "比例≥80%公");
}

// Empty paragraphs count for the paragraph numbers but make no block.
TEST(DocxText, ParagraphNumbersCountEmptyParagraphs) {
  const Document doc = LoadDocx({.body = P("一、总体要求") + "<w:p/>" + P("  ") +
                                         "<w:p><w:pPr/></w:p>" + P("（一）指导思想")});
  EXPECT_EQ(doc.line_count, 5);
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].line, 1);
  EXPECT_EQ(doc.blocks[1].line, 5);
  EXPECT_EQ(doc.BlockAtLine(5), &doc.blocks[1]);
  EXPECT_EQ(doc.blocks[1].raw, doc.blocks[1].text);
  EXPECT_EQ(doc.blocks[1].ColumnOfText(doc.blocks[1].text.find("指导")), 4);
  EXPECT_EQ(doc.format, "docx");
}

TEST(DocxText, FootnotesAreKeptApart) {
  const std::string footnotes =
      "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p>"
      "</w:footnote><w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r>"
      "<w:continuationSeparator/></w:r></w:p></w:footnote>"
      "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r>" +
      T(" “一廊一轴两核”：“一廊”即长三角G60科创走廊；") + "</w:p><w:p>" +
      T("一轴即城乡统筹发展轴。") + "</w:p></w:footnote><w:footnote w:id=\"2\"><w:p>" +
      T("未引用的脚注") + "</w:p></w:footnote>";
  const Document doc = LoadDocx({.body = P("前言") + "<w:p>" + T("为“一廊一轴两核”") +
                                         R("<w:footnoteReference w:id=\"1\"/>") +
                                         T("发展提供服务。") + "</w:p>" + P("后文"),
                                 .footnotes = footnotes});
  ASSERT_EQ(doc.footnotes.size(), 1u);
  EXPECT_EQ(doc.footnotes[0].id, "1");
  EXPECT_EQ(doc.footnotes[0].line, 2);
  EXPECT_EQ(doc.footnotes[0].text,
            "“一廊一轴两核”：“一廊”即长三角G60科创走廊；一轴即城乡统筹发展轴。");
  ASSERT_EQ(doc.blocks.size(), 4u);
  EXPECT_EQ(doc.blocks[1].text, "为“一廊一轴两核”发展提供服务。");
  EXPECT_EQ(doc.blocks[2].kind, Block::Kind::kFootnote);
  EXPECT_EQ(doc.blocks[2].line, 2);
  EXPECT_EQ(doc.blocks[2].text, doc.footnotes[0].text);
  EXPECT_EQ(doc.blocks[3].text, "后文");
}

TEST(DocxText, SymbolCharacterMapping) {
  using docx::SymbolCharacter;
  EXPECT_EQ(SymbolCharacter("Symbol", "F0B3"), "≥");
  EXPECT_EQ(SymbolCharacter("Symbol", "F0A3"), "≤");
  EXPECT_EQ(SymbolCharacter("symbol", "F0B1"), "±");
  EXPECT_EQ(SymbolCharacter("Symbol", "F061"), "α");
  EXPECT_EQ(SymbolCharacter("Symbol", "F025"), "%");
  EXPECT_EQ(SymbolCharacter("Wingdings", "F0D8"), "");
  EXPECT_EQ(SymbolCharacter("宋体", "FF05"), "％");
  EXPECT_EQ(SymbolCharacter("Symbol", "zz"), "");
}

}  // namespace
}  // namespace plancheck
