#include <gtest/gtest.h>

#include "checker/decode/input_error.h"
#include "checker/document/artefacts.h"
#include "checker/document/document.h"
#include "checker/document/normalise.h"
#include "checker/formats/format.h"
#include "test_paths.h"

namespace plancheck {
namespace {

using testing::CorpusPath;
using testing::CorpusStems;

TEST(StripArtefacts, RemovesBookmarksAndRemembersThem) {
  const CleanLine clean = StripArtefacts("[bookmark: _Hlk123]（二十）深化城乡基层依法治理。", 57);
  EXPECT_EQ(clean.text, "（二十）深化城乡基层依法治理。");
  ASSERT_EQ(clean.artefacts.size(), 1u);
  EXPECT_EQ(clean.artefacts[0].kind, Artefact::Kind::kBookmark);
  EXPECT_EQ(clean.artefacts[0].pos.line, 57);
  EXPECT_EQ(clean.artefacts[0].pos.column, 1);
  // The map points every kept byte at its place in the raw line.
  EXPECT_EQ(clean.text_to_raw.front(), std::string("[bookmark: _Hlk123]").size());
}

TEST(StripArtefacts, ImageWhereAPercentWasLost) {
  const CleanLine clean = StripArtefacts("调解成功率98.78[image: image1.png]，", 25);
  EXPECT_EQ(clean.text, "调解成功率98.78，");
  ASSERT_EQ(clean.artefacts.size(), 1u);
  EXPECT_EQ(clean.artefacts[0].kind, Artefact::Kind::kImage);
  EXPECT_EQ(clean.artefacts[0].pos.column, 11);
}

TEST(StripArtefacts, FootnoteReferencesAndBodies) {
  const CleanLine clean = StripArtefacts(
      "“一廊一轴两核”[footnoteRef:0]发展。 [0: “一廊”即科创走廊。]  [1:  另一个注释。] ", 44);
  EXPECT_EQ(clean.text, "“一廊一轴两核”发展。");
  ASSERT_EQ(clean.footnotes.size(), 2u);
  EXPECT_EQ(clean.footnotes[0].id, "0");
  EXPECT_EQ(clean.footnotes[0].text, "“一廊”即科创走廊。");
  EXPECT_EQ(clean.footnotes[1].text, "另一个注释。");
  ASSERT_EQ(clean.footnote_spans.size(), 2u);
}

TEST(StripArtefacts, MarkdownHeadingAndBold) {
  const CleanLine clean = StripArtefacts("## **二、推进公共法律服务均衡发展**", 13);
  EXPECT_EQ(clean.text, "二、推进公共法律服务均衡发展");
  ASSERT_EQ(clean.artefacts.size(), 3u);
  EXPECT_EQ(clean.artefacts[0].kind, Artefact::Kind::kMarkdownHeading);
  EXPECT_EQ(clean.artefacts[0].text, "##");
}

TEST(StripArtefacts, OrdinaryBracketsStay) {
  EXPECT_EQ(StripArtefacts("参见[1]和[注]。", 1).text, "参见[1]和[注]。");
}

TEST(Normalise, NfkcWithAnExactMapBack) {
  std::string norm;
  std::vector<std::uint32_t> map;
  const std::string text = "覆盖率达到１００％（全）";
  NormaliseWithMap(text, norm, map);
  EXPECT_EQ(norm, "覆盖率达到100%(全)");
  ASSERT_EQ(map.size(), norm.size() + 1);
  EXPECT_EQ(map[norm.find("100")], text.find("１"));
  EXPECT_EQ(map.back(), text.size());
  EXPECT_EQ(Nfkc("①２"), "12");
}

TEST(ParseText, ColumnsPointAtTheRawLine) {
  const Document doc = ParseText("t.txt", "标题\n[bookmark: x]（一）发展１００％基础\n", "UTF-8");
  ASSERT_EQ(doc.blocks.size(), 2u);
  const Block& b = doc.blocks[1];
  EXPECT_EQ(b.line, 2);
  EXPECT_EQ(b.text, "（一）发展１００％基础");
  const std::size_t at = b.norm.find("100");
  ASSERT_NE(at, std::string::npos);
  // "[bookmark: x]" is 13 code points, then （一）发展 is 5: the digits start at column 19.
  EXPECT_EQ(b.ColumnOfNorm(at), 19);
  EXPECT_EQ(b.ColumnOfText(0), 14);
}

TEST(ParseText, BlankLinesMakeNoBlocksButKeepLineNumbers) {
  const Document doc = ParseText("t.txt", "\n\n甲\n\n\n乙\n", "UTF-8");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].line, 3);
  EXPECT_EQ(doc.blocks[1].line, 6);
  EXPECT_EQ(doc.line_count, 6);
}

TEST(LoadDocument, EveryCorpusPlanLoads) {
  for (const std::string& stem : CorpusStems()) {
    const Document doc = LoadDocument(CorpusPath(stem));
    EXPECT_EQ(doc.format, "txt");
    EXPECT_GT(doc.blocks.size(), 20u) << stem;
    for (const Block& b : doc.blocks) {
      ASSERT_EQ(b.text_to_raw.size(), b.text.size() + 1) << stem << ":" << b.line;
      ASSERT_EQ(b.norm_to_text.size(), b.norm.size() + 1) << stem << ":" << b.line;
      EXPECT_EQ(b.text.find("[bookmark:"), std::string::npos) << stem << ":" << b.line;
      EXPECT_EQ(b.text.find("[image:"), std::string::npos) << stem << ":" << b.line;
      EXPECT_EQ(b.text.find("**"), std::string::npos) << stem << ":" << b.line;
    }
  }
}

TEST(LoadDocument, CorpusArtefactsAreRemembered) {
  const Document wutongqiao = LoadDocument(CorpusPath("sichuan-leshan-wutongqiao-2021-2025"));
  int images = 0;
  for (const Artefact& a : wutongqiao.artefacts) images += a.kind == Artefact::Kind::kImage;
  EXPECT_EQ(images, 11);
  const Document songjiang = LoadDocument(CorpusPath("shanghai-songjiang-2023-2025"));
  EXPECT_EQ(songjiang.footnotes.size(), 2u);
}

TEST(LoadDocument, UnknownExtensionAndBadInputAreInputErrors) {
  EXPECT_THROW(LoadDocument(testing::SourcePath("CMakeLists.txt.orig")), InputError);
  EXPECT_THROW(LoadDocument(testing::SourcePath("tests/fixtures/decode/binary.bin")), InputError);
  EXPECT_THROW(LoadDocument(testing::SourcePath("tests/fixtures/decode/empty.txt")), InputError);
}

}  // namespace
}  // namespace plancheck
