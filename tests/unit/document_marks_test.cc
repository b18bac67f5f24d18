// The 发文机关标志 and the 版记 (GB/T 9704-2012 7.2.2, 8) are the frame of a 公文, not plan text:
// every loader takes them out of the body into the metadata, the same way in every format.
#include <gtest/gtest.h>

#include <algorithm>

#include "checker/document/document.h"
#include "checker/document/outline.h"
#include "checker/formats/format.h"
#include "test_paths.h"

namespace plancheck {
namespace {

using testing::CorpusPath;
using testing::SourcePath;

bool BodyHas(const Document& doc, const std::string& words) {
  return std::any_of(doc.blocks.begin(), doc.blocks.end(),
                     [&](const Block& b) { return b.text.find(words) != std::string::npos; });
}

TEST(DocumentMarks, TheIssuerMarkAndTheImprintLeaveTheBody) {
  const Document doc =
      ParseText("plan.txt",
                "示范县司法局文件\n\n示司发〔2026〕3号\n\n"
                "示范县公共法律服务体系建设实施方案（2026—2030年）\n\n一、总体要求\n\n"
                "推进基本公共法律服务均衡发展。\n\n"
                "抄送：县委办公室，县人大常委会办公室。\n\n"
                "示范县司法局办公室        2026年3月2日印发\n",
                "UTF-8");
  EXPECT_EQ(doc.metadata.issuer_mark, "示范县司法局文件");
  ASSERT_EQ(doc.metadata.imprint.size(), 2u);
  EXPECT_EQ(doc.metadata.imprint[0], "抄送：县委办公室，县人大常委会办公室。");
  EXPECT_FALSE(BodyHas(doc, "抄送"));
  EXPECT_FALSE(BodyHas(doc, "印发"));
  EXPECT_FALSE(BodyHas(doc, "司法局文件"));
  EXPECT_EQ(doc.metadata.doc_number, "示司发〔2026〕3号");
  EXPECT_EQ(doc.metadata.title, "示范县公共法律服务体系建设实施方案（2026—2030年）");
}

TEST(DocumentMarks, WordsLikeThemInsideThePlanStay) {
  // 抄送 quoted mid-text, a sentence ending in 文件, a heading: none of them is the frame.
  const Document doc = ParseText("plan.txt",
                                 "关于规范公共法律服务工作的文件\n\n一、总体要求\n\n"
                                 "抄送：各镇人民政府。\n\n推进基本公共法律服务均衡发展。\n",
                                 "UTF-8");
  EXPECT_TRUE(doc.metadata.issuer_mark.empty());
  EXPECT_TRUE(doc.metadata.imprint.empty());
  EXPECT_TRUE(BodyHas(doc, "抄送：各镇人民政府。"));
  EXPECT_TRUE(BodyHas(doc, "关于规范公共法律服务工作的文件"));
}

// 五通桥's published text ends with its 版记; the .txt, the .docx and LibreOffice's PDF of it
// agree.
TEST(DocumentMarks, TheCorpusImprintInEveryFormat) {
  const std::string stem = "sichuan-leshan-wutongqiao-2021-2025";
  for (const std::string& path :
       {CorpusPath(stem), SourcePath("tests/fixtures/docx/" + stem + ".docx"),
        SourcePath("tests/fixtures/formats/pdf/" + stem + ".pdf"),
        SourcePath("tests/fixtures/formats/odt/" + stem + ".odt")}) {
    const Document doc = LoadDocument(path);
    ASSERT_EQ(doc.metadata.imprint.size(), 2u) << path;
    EXPECT_EQ(doc.metadata.imprint[0], "信息公开选项：主动公开") << path;
    EXPECT_EQ(doc.metadata.imprint[1].rfind("抄送：区委办公室，", 0), 0u) << path;
    EXPECT_FALSE(BodyHas(doc, "抄送：")) << path;
    EXPECT_TRUE(doc.metadata.issuer_mark.empty()) << path;
  }
}

// tests/fixtures/formats/gongwen/make.py: python3-docx's .docx in 公文 form, LibreOffice's PDF of
// it. The red 标志 and the 版记 leave the body; headings with no numbering are found in the PDF by
// their type (黑体, larger and bold) as in the .docx.
TEST(DocumentMarks, AGongwenInDocxAndPdf) {
  for (const std::string ext : {"docx", "pdf"}) {
    const Document doc = LoadDocument(SourcePath("tests/fixtures/formats/gongwen/gongwen." + ext));
    EXPECT_EQ(doc.metadata.issuer_mark, "示范县司法局文件") << ext;
    ASSERT_EQ(doc.metadata.imprint.size(), 2u) << ext;
    EXPECT_EQ(doc.metadata.imprint[0],
              "抄送：县委办公室，县人大常委会办公室，县政府办公室，县政协办公室。")
        << ext;
    EXPECT_FALSE(BodyHas(doc, "印发")) << ext;
    EXPECT_FALSE(BodyHas(doc, "司法局文件")) << ext;
    std::vector<std::string> headings;
    for (const Heading& h : doc.outline.headings) headings.push_back(h.title);
    EXPECT_EQ(headings, (std::vector<std::string>{"总体要求", "主要任务", "保障措施"})) << ext;
    // The footer's page numbers (— 1 —, a PAGE field) are furniture in either form.
    EXPECT_FALSE(BodyHas(doc, "—1—")) << ext;
    EXPECT_FALSE(BodyHas(doc, "—2—")) << ext;
    EXPECT_FALSE(BodyHas(doc, "— 2 —")) << ext;
    EXPECT_TRUE(BodyHas(doc, "为老年人、残疾人、农民工和未成年人提供优先服务。")) << ext;
  }
}

}  // namespace
}  // namespace plancheck
