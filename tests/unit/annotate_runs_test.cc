// Comments and tracked changes put into word/document.xml (report/docx/annotation.h): runs split
// exactly where a range starts and ends, each half keeping its formatting; ranges across runs, a
// tab and a field; a fix as w:del + w:ins that the loader then reads as the text it proposes.
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "annotate_testing.h"
#include "checker/formats/docx/source.h"
#include "checker/formats/docx/text.h"
#include "checker/report/docx/annotation.h"
#include "checker/report/docx/package.h"

namespace plancheck {
namespace {

using report::docx::AnnotateParagraph;
using report::docx::Annotation;
using report::docx::IdSource;
using report::docx::Placed;
using report::docx::Stamp;

struct Edited {
  Document doc;
  docx::DocxSource source;
  std::vector<Placed> placed;
};

// Reads `body`, annotates its first paragraph with `annotations`.
void Annotate(const std::string& body, const std::vector<Annotation>& annotations, Edited& out) {
  out.doc = docx::ParseDocxWithSource("t.docx", testing::CommentedDocx(body), out.source);
  IdSource ids(100);
  Stamp stamp;
  stamp.date = "2025-03-04T00:00:00Z";
  out.placed =
      AnnotateParagraph(out.source.main.w, out.source.paragraphs.at(0), annotations, stamp, ids);
}

// The text between commentRangeStart and commentRangeEnd of `id`, as a reader sees it (w:t,
// w:delText, tabs).
std::string Anchored(const pugi::xml_node root, long long id) {
  std::string text;
  bool open = false;
  const std::string want = std::to_string(id);
  std::function<void(pugi::xml_node)> walk = [&](pugi::xml_node node) {
    for (pugi::xml_node child : node.children()) {
      const std::string name = child.name();
      if (name == "w:commentRangeStart" && want == child.attribute("w:id").value()) open = true;
      if (name == "w:commentRangeEnd" && want == child.attribute("w:id").value()) open = false;
      if (open && (name == "w:t" || name == "w:delText")) text += child.text().get();
      if (open && name == "w:tab") text += "\t";
      walk(child);
    }
  };
  walk(root);
  return text;
}

// The paragraph's text as the loader reads it again (pending changes as proposed).
std::string Reread(const Edited& e) {
  std::vector<docx::FieldFrame> fields;
  docx::ParagraphText text(e.source.main.w, fields);
  text.Read(e.source.paragraphs.at(0).paragraph);
  return text.text();
}

int Count(pugi::xml_node root, const char* xpath) {
  return static_cast<int>(root.select_nodes(xpath).size());
}

TEST(AnnotateRuns, InsideOneRunSplitsItKeepingTheFormatOnEveryPart) {
  Edited e;
  // "甲乙丙丁戊": the hit is 乙丙, bytes [3, 9).
  Annotate(
      "<w:p><w:r><w:rPr><w:b/><w:color w:val=\"FF0000\"/></w:rPr><w:t>甲乙丙丁戊</w:t>"
      "</w:r></w:p>",
      {{3, 9, "用字有误", ""}}, e);
  const pugi::xml_node p = e.source.paragraphs[0].paragraph;
  EXPECT_EQ(Anchored(p, e.placed[0].comment_id), "乙丙");
  EXPECT_EQ(Count(p, "w:r[w:t]"), 3);
  EXPECT_EQ(Count(p, "w:r[w:t]/w:rPr/w:b"), 3);
  EXPECT_EQ(Count(p, "w:r[w:t]/w:rPr/w:color[@w:val='FF0000']"), 3);
  EXPECT_EQ(Count(p, "w:r/w:commentReference"), 1);
  EXPECT_EQ(Reread(e), "甲乙丙丁戊");  // the text itself unchanged
}

TEST(AnnotateRuns, AcrossRunsMarksFromTheMiddleOfOneToTheMiddleOfTheNext) {
  Edited e;
  Annotate("<w:p><w:r><w:rPr><w:i/></w:rPr><w:t>甲乙</w:t></w:r><w:r><w:t>丙丁</w:t></w:r></w:p>",
           {{3, 9, "c", ""}}, e);
  const pugi::xml_node p = e.source.paragraphs[0].paragraph;
  EXPECT_EQ(Anchored(p, e.placed[0].comment_id), "乙丙");
  EXPECT_EQ(Count(p, "w:r[w:rPr/w:i]"), 2);  // 甲 | 乙, both italic
  EXPECT_EQ(Reread(e), "甲乙丙丁");
}

TEST(AnnotateRuns, AcrossATabAndAFieldKeepsTheFieldWhole) {
  Edited e;
  const std::string body =
      "<w:p><w:r><w:t>甲</w:t></w:r><w:r><w:tab/></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>12</w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>乙丙</w:t></w:r></w:p>";
  // text "甲\t12乙丙": from the tab (byte 3) to the end of 乙 (byte 9)
  Annotate(body, {{3, 9, "c", "X"}}, e);
  ASSERT_EQ(e.doc.blocks.at(0).text, "甲\t12乙丙");
  const pugi::xml_node p = e.source.paragraphs[0].paragraph;
  EXPECT_EQ(Anchored(p, e.placed[0].comment_id), "\t12乙");
  EXPECT_FALSE(e.placed[0].revised);  // a field is not plain text: a comment, no tracked change
  EXPECT_EQ(Count(p, "//w:del"), 0);
  EXPECT_EQ(Count(p, "w:r/w:instrText"), 1);
  EXPECT_EQ(Reread(e), "甲\t12乙丙");
}

TEST(AnnotateRuns, AFixIsADeletionAndAnInsertionByPlancheck) {
  Edited e;
  Annotate("<w:p><w:r><w:rPr><w:sz w:val=\"32\"/></w:rPr><w:t>加强法制建设</w:t></w:r></w:p>",
           {{6, 12, "用字有误", "法治"}}, e);
  ASSERT_TRUE(e.placed[0].revised);
  const pugi::xml_node p = e.source.paragraphs[0].paragraph;
  ASSERT_EQ(Count(p, "w:del"), 1);
  ASSERT_EQ(Count(p, "w:ins"), 1);
  const pugi::xml_node del = p.select_node("w:del").node();
  const pugi::xml_node ins = p.select_node("w:ins").node();
  EXPECT_STREQ(del.attribute("w:author").value(), "plancheck");
  EXPECT_STREQ(ins.attribute("w:date").value(), "2025-03-04T00:00:00Z");
  EXPECT_STREQ(del.select_node("w:r/w:delText").node().text().get(), "法制");
  EXPECT_STREQ(ins.select_node("w:r/w:t").node().text().get(), "法治");
  EXPECT_EQ(Count(p, "w:ins/w:r/w:rPr/w:sz[@w:val='32']"), 1);  // the insertion looks the same
  EXPECT_EQ(Count(p, "w:del/w:r/w:t"), 0);
  EXPECT_NE(del.attribute("w:id").as_llong(), ins.attribute("w:id").as_llong());
  EXPECT_EQ(Anchored(p, e.placed[0].comment_id), "法制法治");  // the comment is on both
  EXPECT_EQ(Reread(e), "加强法治建设");  // pending, it reads as what it proposes
}

TEST(AnnotateRuns, TwoRangesInOneRunEachGetTheirOwnAnchor) {
  Edited e;
  Annotate("<w:p><w:r><w:t>一二三四五六</w:t></w:r></w:p>", {{0, 6, "a", ""}, {3, 12, "b", "x"}},
           e);
  const pugi::xml_node p = e.source.paragraphs[0].paragraph;
  EXPECT_EQ(Anchored(p, e.placed[0].comment_id), "一二");
  EXPECT_EQ(Anchored(p, e.placed[1].comment_id), "二三四x");
  EXPECT_TRUE(e.placed[1].revised);
  EXPECT_EQ(Reread(e), "一x五六");
}

TEST(AnnotateRuns, ANumberingLabelIsNotInTheXmlSoTheAnchorStartsAtTheText) {
  Edited e;
  const std::string numbering =
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
      "<w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl></w:abstractNum>"
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
  testing::DocxParts parts;
  parts.body =
      "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
      "<w:r><w:t>总体要求</w:t></w:r></w:p>";
  parts.numbering = numbering;
  e.doc = docx::ParseDocxWithSource("t.docx", testing::DocxBytes(parts), e.source);
  ASSERT_EQ(e.doc.blocks.at(0).text, "一、总体要求");
  EXPECT_EQ(e.source.paragraphs[0].label, std::string("一、").size());
  IdSource ids(1);
  const std::vector<Placed> placed =
      AnnotateParagraph(e.source.main.w, e.source.paragraphs[0],
                        {{0, e.doc.blocks[0].text.size(), "c", ""}}, Stamp{}, ids);
  EXPECT_EQ(Anchored(e.source.paragraphs[0].paragraph, placed[0].comment_id), "总体要求");
}

}  // namespace
}  // namespace plancheck
