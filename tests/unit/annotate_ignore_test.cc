// Word comments read back (formats/docx/comments.cc): `plancheck: 忽略 RULE` on a range, or in a
// reply to a comment there, becomes an IgnoreDirective covering exactly the anchored text; other
// comments are not plan text and change nothing; pending revisions read as what they propose.
#include <gtest/gtest.h>

#include "annotate_testing.h"
#include "checker/formats/docx/comments.h"

namespace plancheck {
namespace {

using testing::CommentedDocx;

std::string Comment(const std::string& id, const std::string& text,
                    const std::string& para_id = "") {
  return "<w:comment w:id=\"" + id + "\" w:author=\"起草人\">" + "<w:p" +
         (para_id.empty() ? "" : " w14:paraId=\"" + para_id + "\"") + "><w:r><w:t>" + text +
         "</w:t></w:r></w:p></w:comment>";
}

const std::string kBody =
    "<w:p><w:r><w:t>一、总体要求</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>加强</w:t></w:r><w:commentRangeStart w:id=\"3\"/><w:r><w:t>法制</w:t></w:r>"
    "<w:commentRangeEnd w:id=\"3\"/><w:r><w:commentReference w:id=\"3\"/></w:r>"
    "<w:r><w:t>建设。</w:t></w:r></w:p>";

TEST(AnnotateIgnore, ACommentOnARangeIgnoresThatRuleThere) {
  const Document doc = ParseDocx(
      "t.docx", CommentedDocx(kBody, Comment("3", "plancheck：忽略 drafting.typo.fazhi 专有名称")));
  ASSERT_EQ(doc.ignores.size(), 1u);
  const IgnoreDirective& d = doc.ignores[0];
  EXPECT_EQ(d.origin, IgnoreDirective::Origin::kWordComment);
  EXPECT_EQ(d.rule, "drafting.typo.fazhi");
  EXPECT_EQ(d.reason, "专有名称");
  EXPECT_EQ(d.line, 2);
  EXPECT_EQ(d.first_block, 1u);
  EXPECT_EQ(d.last_block, 1u);
  const std::string& text = doc.blocks[1].text;
  EXPECT_EQ(text.substr(d.first_offset, d.last_offset - d.first_offset), "法制");
  EXPECT_EQ(text, "加强法制建设。");  // the comment is no plan text
}

TEST(AnnotateIgnore, AReplyWithoutAnAnchorOfItsOwnCoversItsParentsRange) {
  const std::string comments = Comment("3", "“法制”应为“法治”", "0A") +
                               Comment("4", "plancheck: ignore drafting.typo.fazhi", "0B");
  const std::string extended =
      "<w15:commentEx w15:paraId=\"0A\" w15:done=\"0\"/>"
      "<w15:commentEx w15:paraId=\"0B\" w15:paraIdParent=\"0A\" w15:done=\"0\"/>";
  const Document doc = ParseDocx("t.docx", CommentedDocx(kBody, comments, extended));
  ASSERT_EQ(doc.ignores.size(), 1u);
  EXPECT_EQ(doc.ignores[0].rule, "drafting.typo.fazhi");
  EXPECT_EQ(doc.blocks[1].text.substr(doc.ignores[0].first_offset,
                                      doc.ignores[0].last_offset - doc.ignores[0].first_offset),
            "法制");
}

TEST(AnnotateIgnore, ARangeOverParagraphsEndsInTheLastOne) {
  const std::string body =
      "<w:p><w:commentRangeStart w:id=\"1\"/><w:r><w:t>第一段</w:t></w:r></w:p><w:p/>"
      "<w:p><w:r><w:t>第三段</w:t></w:r><w:commentRangeEnd w:id=\"1\"/></w:p>";
  const Document doc =
      ParseDocx("t.docx", CommentedDocx(body, Comment("1", "plancheck：忽略 national.*")));
  ASSERT_EQ(doc.ignores.size(), 1u);
  EXPECT_EQ(doc.ignores[0].first_block, 0u);
  EXPECT_EQ(doc.ignores[0].first_offset, 0u);
  EXPECT_EQ(doc.ignores[0].last_block, 1u);  // the empty paragraph has no block
  EXPECT_EQ(doc.ignores[0].last_offset, doc.blocks[1].text.size());
  EXPECT_EQ(doc.ignores[0].line, 1);
}

TEST(AnnotateIgnore, OtherCommentsAndUnanchoredOnesIgnoreNothing) {
  const std::string comments = Comment("3", "请核对这一句。") +
                               Comment("9", "plancheck：忽略 drafting.typo.fazhi");  // no anchor
  const Document doc = ParseDocx("t.docx", CommentedDocx(kBody, comments));
  EXPECT_TRUE(doc.ignores.empty());
}

TEST(AnnotateIgnore, TheDirectiveAcceptsEitherColonAndEitherWord) {
  EXPECT_EQ(docx::ParseIgnoreRequest("plancheck：忽略 a.b").rule, "a.b");
  EXPECT_EQ(docx::ParseIgnoreRequest("PlanCheck: Ignore a.b 已核实").reason, "已核实");
  EXPECT_EQ(docx::ParseIgnoreRequest(" plancheck ： 忽略a.b，原文如此").rule, "a.b");
  EXPECT_EQ(docx::ParseIgnoreRequest(" plancheck ： 忽略a.b，原文如此").reason, "原文如此");
  EXPECT_EQ(docx::ParseIgnoreRequest("请 plancheck：忽略 a.b").rule, "");
  EXPECT_EQ(docx::ParseIgnoreRequest("plancheck 忽略 a.b").rule, "");
  EXPECT_EQ(docx::ParseIgnoreRequest("plancheck：忽略").rule, "");
}

TEST(AnnotateIgnore, PendingRevisionsReadAsTheTextTheyPropose) {
  const std::string body =
      "<w:p><w:r><w:t>加强</w:t></w:r><w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>法制"
      "</w:delText></w:r></w:del><w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>法治</w:t></w:r>"
      "</w:ins><w:r><w:t>建设</w:t></w:r></w:p>";
  EXPECT_EQ(ParseDocx("t.docx", CommentedDocx(body)).blocks.at(0).text, "加强法治建设");
}

}  // namespace
}  // namespace plancheck
