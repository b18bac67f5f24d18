// Tables rebuilt from flattened text: the corpus's three indicator tables and small fixtures for
// each way a flattened table can break.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "checker/document/builders.h"
#include "checker/document/document.h"
#include "checker/formats/format.h"
#include "tests/unit/test_paths.h"

namespace plancheck {
namespace {

using ::testing::HasSubstr;
using ::testing::SizeIs;

std::vector<std::string> Texts(const std::vector<Cell>& cells) {
  std::vector<std::string> out;
  for (const Cell& c : cells) out.push_back(c.text);
  return out;
}

Document Corpus(const std::string& stem) { return LoadDocument(testing::CorpusPath(stem)); }

Document Parse(const std::string& text) { return ParseText("fixture.txt", text, "UTF-8"); }

TEST(TableBuilder, SongjiangAnnex) {
  const Document doc = Corpus("shanghai-songjiang-2023-2025");
  ASSERT_THAT(doc.tables, SizeIs(1));
  const Table& t = doc.tables[0];
  EXPECT_THAT(Texts(t.header), ::testing::ElementsAre("序号", "类别", "指标名称（共26项）", "单位",
                                                      "目标", "指标性质"));
  ASSERT_THAT(t.rows, SizeIs(26));
  for (const std::vector<Cell>& row : t.rows) EXPECT_THAT(row, SizeIs(6));
  EXPECT_EQ(t.rows[0][1].text, "普法");
  EXPECT_EQ(t.rows[0][2].pos.line, 85);
  EXPECT_EQ(t.rows[0][2].pos.column, 2);  // after the TAB
  // Merged category cells arrive empty.
  EXPECT_TRUE(t.rows[1][1].empty);
  EXPECT_EQ(t.rows[1][2].text, "区级社会主义法治文化品牌活动");  // trailing space trimmed
  // Row 5: the target cell is an empty TAB line with "7" on the next line, without a TAB, and
  // a blank line before the row's last cell.
  EXPECT_EQ(t.rows[4][4].text, "7");
  EXPECT_EQ(t.rows[4][4].pos.line, 116);
  EXPECT_EQ(t.rows[4][4].pos.column, 1);
  EXPECT_EQ(t.rows[4][5].text, "预期性");
  EXPECT_EQ(t.rows[7][4].text, "1-2");
  EXPECT_EQ(t.rows[25][0].text, "26");
  // The remark under the table is a note, not a 27th row.
  ASSERT_THAT(t.notes, SizeIs(1));
  EXPECT_THAT(t.notes[0].text, ::testing::StartsWith("备注："));
  EXPECT_THAT(t.caption, HasSubstr("主要发展指标"));
  EXPECT_THAT(t.caption, HasSubstr("（2023-2025）"));
  EXPECT_EQ(t.first_line, 75);
  EXPECT_EQ(t.Column({"指标名称"}), 2);
  EXPECT_EQ(t.Column({"目标"}), 4);
}

TEST(TableBuilder, SongjiangBlocksAreTableCells) {
  const Document doc = Corpus("shanghai-songjiang-2023-2025");
  const Block* name = doc.BlockAtLine(85);
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(name->kind, Block::Kind::kTableCell);
  EXPECT_EQ(name->table, 0);
  const Block* seven = doc.BlockAtLine(116);
  ASSERT_NE(seven, nullptr);
  EXPECT_EQ(seven->kind, Block::Kind::kTableCell);
  const Block* caption = doc.BlockAtLine(72);
  ASSERT_NE(caption, nullptr);
  EXPECT_NE(caption->kind, Block::Kind::kTableCell);
}

TEST(TableBuilder, WutongqiaoTable1) {
  const Document doc = Corpus("sichuan-leshan-wutongqiao-2021-2025");
  ASSERT_THAT(doc.tables, SizeIs(1));  // the one-cell 专栏 lines stay prose
  const Table& t = doc.tables[0];
  EXPECT_THAT(Texts(t.header),
              ::testing::ElementsAre("领域", "指标名称", "2020年情况", "2025年目标", "指标性质"));
  ASSERT_THAT(t.rows, SizeIs(11));
  // The name column splits in two where a group cell (法治文化阵地覆盖率) heads sub-indicators.
  ASSERT_THAT(t.rows[0], SizeIs(6));
  EXPECT_EQ(t.rows[0][0].text, "1.普法依法治理");
  // "（%）" was an image: the cell keeps "（）", remembers the loss and spans lines 68-72.
  EXPECT_EQ(t.rows[0][2].text, "市级青少年法治教育基地覆盖率（）");
  EXPECT_TRUE(t.rows[0][2].lost_artefact);
  EXPECT_EQ(t.rows[0][2].pos.line, 68);
  EXPECT_EQ(t.rows[0][2].last_line, 72);
  EXPECT_EQ(t.rows[0][3].text, "0");
  EXPECT_EQ(t.rows[0][4].text, "100");
  ASSERT_THAT(t.rows[3], SizeIs(5));
  EXPECT_EQ(t.rows[3][1].text, "村（社区）骨干“法律明白人”数量（人）");
  EXPECT_FALSE(t.rows[3][1].lost_artefact);
  EXPECT_EQ(t.rows[10][3].text, "33.3");
  EXPECT_EQ(t.last_line, 157);
  EXPECT_THAT(t.caption, ::testing::StartsWith("表1"));
  EXPECT_EQ(doc.BlockAtLine(160)->kind == Block::Kind::kTableCell, false);  // 第三章 after it
}

TEST(TableBuilder, LianyungangCategoryCellBrokenOverTwoLines) {
  const Document doc = Corpus("jiangsu-lianyungang-2023-2025");
  ASSERT_THAT(doc.tables, SizeIs(1));
  const Table& t = doc.tables[0];
  ASSERT_THAT(t.rows, SizeIs(17));
  EXPECT_EQ(t.rows[14][0].text, "公共法律服务满意度");
  EXPECT_EQ(t.rows[14][0].pos.line, 177);
  EXPECT_EQ(t.rows[14][0].last_line, 178);
  // 指标 is found exactly, before 指标类别 would match by containment.
  EXPECT_EQ(t.Column({"指标"}), 1);
  EXPECT_EQ(t.Column({"属性"}), 3);
  EXPECT_EQ(t.Column({"不存在"}), -1);
}

TEST(TableBuilder, PlansWithoutTablesHaveNone) {
  EXPECT_THAT(Corpus("shanghai-putuo-2020-2022").tables, SizeIs(0));
  EXPECT_THAT(Corpus("jilin-changchun-lvyuan-2021-2025-draft").tables, SizeIs(0));
}

TEST(TableBuilder, LoneTabLineIsNoTable) {
  const Document doc = Parse("专栏1 示范工程\n\n\t建设1个示范性调解室。\n\n正文。\n");
  EXPECT_THAT(doc.tables, SizeIs(0));
  EXPECT_EQ(doc.BlockAtLine(3)->kind, Block::Kind::kParagraph);
}

TEST(TableBuilder, TableWithoutHeaderKeepsItsFirstRow) {
  const Document doc = Parse("\t1\n\t调解员数量\n\t20\n\n\t2\n\t调解室数量\n\t5\n");
  ASSERT_THAT(doc.tables, SizeIs(1));
  EXPECT_THAT(doc.tables[0].header, SizeIs(0));
  EXPECT_THAT(doc.tables[0].rows, SizeIs(2));
}

TEST(TableBuilder, ParagraphRightAfterTheTableEndsIt) {
  const Document doc = Parse(
      "表2 指标\n\t指标\n\t目标\n\n\t调解成功率（%）\n\t98\n\n以上指标由区司法局负责统计，"
      "每年向社会公布完成情况。\n");
  ASSERT_THAT(doc.tables, SizeIs(1));
  const Table& t = doc.tables[0];
  EXPECT_EQ(t.caption, "表2 指标");
  ASSERT_THAT(t.rows, SizeIs(1));
  EXPECT_EQ(t.last_line, 6);
  EXPECT_EQ(doc.BlockAtLine(8)->kind, Block::Kind::kParagraph);
}

TEST(TableBuilder, ShortFragmentContinuesTheLastCell) {
  // "预期" / "性": a cell broken without a TAB on its second line.
  const Document doc =
      Parse("\t指标\n\t目标\n\t属性\n\n\t律师数\n\t30\n\t预期\n性\n\n正文内容较长的一段话。\n");
  ASSERT_THAT(doc.tables, SizeIs(1));
  ASSERT_THAT(doc.tables[0].rows, SizeIs(1));
  EXPECT_EQ(doc.tables[0].rows[0][2].text, "预期性");
}

TEST(TableBuilder, ArtefactsAreRemovedFromCells) {
  const Document doc =
      Parse("\t指标\n\t目标\n\n\t[bookmark: _Hlk1]满意率（[image: image1.png]v\n\n\n）\n\t95\n");
  ASSERT_THAT(doc.tables, SizeIs(1));
  ASSERT_THAT(doc.tables[0].rows, SizeIs(1));
  const Cell& name = doc.tables[0].rows[0][0];
  EXPECT_EQ(name.text, "满意率（）");
  EXPECT_TRUE(name.lost_artefact);
  EXPECT_EQ(name.norm, "满意率()");
  EXPECT_EQ(doc.tables[0].rows[0][1].text, "95");
}

}  // namespace
}  // namespace plancheck
