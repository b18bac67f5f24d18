// Tables read from real w:tbl cells: one Cell per w:tc as the text loader lays them out, the
// continuation of a vertical merge empty and marked merged, header rows, notes, captions.
#include <gtest/gtest.h>

#include "docx_testing.h"

// Tests name only the parts they feed in: DocxParts{.body = …, .numbering = …}.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace plancheck {
namespace {

using testing::LoadDocx;
using testing::P;

// <w:tc> with `paragraphs` (one <w:p> each) and tcPr children `props`.
std::string Tc(const std::vector<std::string>& paragraphs, const std::string& props = "") {
  std::string out = "<w:tc><w:tcPr>" + props + "</w:tcPr>";
  for (const std::string& p : paragraphs) out += p.empty() ? "<w:p/>" : P(p);
  return out + "</w:tc>";
}
std::string Tc(const std::string& text, const std::string& props = "") {
  return Tc(std::vector<std::string>{text}, props);
}
std::string Tr(const std::string& cells, const std::string& props = "") {
  return "<w:tr>" + (props.empty() ? "" : "<w:trPr>" + props + "</w:trPr>") + cells + "</w:tr>";
}
std::string Tbl(const std::string& rows) { return "<w:tbl><w:tblPr/>" + rows + "</w:tbl>"; }

const std::string kRestart = "<w:vMerge w:val=\"restart\"/>";
const std::string kContinue = "<w:vMerge/>";
std::string Span(int n) { return "<w:gridSpan w:val=\"" + std::to_string(n) + "\"/>"; }

std::vector<std::string> CellTexts(const std::vector<Cell>& row) {
  std::vector<std::string> out;
  for (const Cell& c : row) out.push_back(c.text);
  return out;
}

TEST(DocxTable, CellsBlocksAndLines) {
  const Document doc =
      LoadDocx({.body = P("附件") +
                        Tbl(Tr(Tc("指标") + Tc("2025年")) + Tr(Tc("律师数量（名）") + Tc("1300"))) +
                        P("正文")});
  ASSERT_EQ(doc.tables.size(), 1u);
  const Table& table = doc.tables[0];
  EXPECT_EQ(CellTexts(table.header), (std::vector<std::string>{"指标", "2025年"}));
  ASSERT_EQ(table.rows.size(), 1u);
  EXPECT_EQ(CellTexts(table.rows[0]), (std::vector<std::string>{"律师数量（名）", "1300"}));
  EXPECT_EQ(table.first_line, 2);
  EXPECT_EQ(table.last_line, 5);
  EXPECT_EQ(table.rows[0][1].pos.line, 5);
  EXPECT_EQ(table.rows[0][1].norm, "1300");
  EXPECT_EQ(table.caption, "附件");
  ASSERT_EQ(doc.blocks.size(), 6u);
  const Block& value = doc.blocks[4];
  EXPECT_EQ(value.kind, Block::Kind::kTableCell);
  EXPECT_EQ(value.table, 0);
  EXPECT_EQ(value.docx_row, 1);
  EXPECT_EQ(value.docx_cell, 1);
  EXPECT_EQ(value.line, 5);
  EXPECT_EQ(doc.blocks[5].kind, Block::Kind::kParagraph);
  EXPECT_EQ(doc.blocks[5].line, 6);
  EXPECT_EQ(doc.line_count, 6);
}

// A category merged down three rows: text in the first, empty merged cells below.
TEST(DocxTable, VerticalMerge) {
  const Document doc =
      LoadDocx({.body = Tbl(Tr(Tc("类别") + Tc("指标名称") + Tc("目标")) +
                            Tr(Tc("律师", kRestart) + Tc("全区律师数量") + Tc("1300")) +
                            Tr(Tc("", kContinue) + Tc("公职律师数量") + Tc("200")) +
                            Tr(Tc("", kContinue) + Tc("公司律师数量") + Tc("30")) +
                            Tr(Tc("公证") + Tc("公证员数量") + Tc("20")))});
  const Table& table = doc.tables.at(0);
  ASSERT_EQ(table.rows.size(), 4u);
  EXPECT_EQ(table.rows[0][0].text, "律师");
  EXPECT_FALSE(table.rows[0][0].merged);
  for (int r : {1, 2}) {
    EXPECT_TRUE(table.rows[static_cast<std::size_t>(r)][0].empty);
    EXPECT_TRUE(table.rows[static_cast<std::size_t>(r)][0].merged);
  }
  EXPECT_FALSE(table.rows[3][0].merged);
  EXPECT_EQ(table.rows[3][0].text, "公证");
}

// The name column split in two for a group (法治文化阵地覆盖率 › 市级…): the header's name cell
// spans two grid columns; rows keep one cell per w:tc, as the text loader has them.
TEST(DocxTable, GridSpanKeepsOneCellPerTc) {
  const Document doc = LoadDocx(
      {.body = Tbl(
           Tr(Tc("领域") + Tc("指标名称", Span(2)) + Tc("2025年目标")) +
           Tr(Tc("1.普法依法治理", kRestart) + Tc("法治文化阵地覆盖率（%）", kRestart) +
              Tc("市级青少年法治教育基地覆盖率（%）") + Tc("100")) +
           Tr(Tc("", kContinue) + Tc("", kContinue) + Tc("区级青少年法治教育基地覆盖率（%）") +
              Tc("70")) +
           Tr(Tc("", kContinue) + Tc("村（社区）骨干“法律明白人”数量（人）", Span(2)) + Tc("5")))});
  const Table& table = doc.tables.at(0);
  EXPECT_EQ(table.header.size(), 3u);
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(table.rows[0].size(), 4u);
  EXPECT_EQ(table.rows[1].size(), 4u);
  EXPECT_TRUE(table.rows[1][1].merged);
  EXPECT_EQ(table.rows[1][2].text, "区级青少年法治教育基地覆盖率（%）");
  ASSERT_EQ(table.rows[2].size(), 3u);
  EXPECT_EQ(table.rows[2][1].text, "村（社区）骨干“法律明白人”数量（人）");
  EXPECT_EQ(table.rows[2][2].text, "5");
  // The block of a cell names its cell as the table does.
  const Block* five = doc.BlockAtLine(table.rows[2][2].pos.line);
  ASSERT_NE(five, nullptr);
  EXPECT_EQ(five->docx_cell, 2);
  EXPECT_EQ(five->docx_row, 3);
}

TEST(DocxTable, CellParagraphsJoin) {
  const Document doc = LoadDocx(
      {.body = Tbl(
           Tr(Tc(std::vector<std::string>{"指标名称", "（共26项）"}) + Tc("目标")) +
           Tr("<w:tc><w:p><w:r><w:t>公共法律服务</w:t><w:br/><w:t>满意度</w:t></w:r></w:p></w:tc>" +
              Tc(std::vector<std::string>{"", "7", ""})))});
  const Table& table = doc.tables.at(0);
  EXPECT_EQ(table.header[0].text, "指标名称（共26项）");
  EXPECT_EQ(table.header[0].pos.line, 1);
  EXPECT_EQ(table.header[0].last_line, 2);
  EXPECT_EQ(table.rows.at(0)[0].text, "公共法律服务满意度");
  EXPECT_EQ(table.rows[0][1].text, "7");
  EXPECT_EQ(table.rows[0][1].pos.line, 5);  // the cell starts at its first (empty) paragraph
}

TEST(DocxTable, RepeatedHeaderRowsCombine) {
  const std::string header = "<w:tblHeader/>";
  const Document doc =
      LoadDocx({.body = Tbl(Tr(Tc("指标", kRestart) + Tc("2025年", Span(2)), header) +
                            Tr(Tc("", kContinue) + Tc("目标") + Tc("属性"), header) +
                            Tr(Tc("律师数量") + Tc("1300") + Tc("预期性")))});
  const Table& table = doc.tables.at(0);
  EXPECT_EQ(CellTexts(table.header),
            (std::vector<std::string>{"指标", "2025年目标", "2025年属性"}));
  EXPECT_EQ(table.rows.size(), 1u);
}

TEST(DocxTable, TwoStoreyHeaderWithoutRepeatMark) {
  const Document doc = LoadDocx({.body = Tbl(Tr(Tc("指标", kRestart) + Tc("2025年", Span(2))) +
                                             Tr(Tc("", kContinue) + Tc("目标") + Tc("属性")) +
                                             Tr(Tc("律师数量") + Tc("1300") + Tc("预期性")))});
  EXPECT_EQ(CellTexts(doc.tables.at(0).header),
            (std::vector<std::string>{"指标", "2025年目标", "2025年属性"}));
}

// A table that starts with data has no header, as the text loader decides.
TEST(DocxTable, FirstRowOfNumbersIsData) {
  const Document doc = LoadDocx({.body = Tbl(Tr(Tc("1") + Tc("律师数量") + Tc("1300")) +
                                             Tr(Tc("2") + Tc("公证员数量") + Tc("20")))});
  EXPECT_TRUE(doc.tables.at(0).header.empty());
  EXPECT_EQ(doc.tables[0].rows.size(), 2u);
}

TEST(DocxTable, NoteRowsAreKeptApart) {
  const Document doc =
      LoadDocx({.body = Tbl(Tr(Tc("指标") + Tc("目标")) + Tr(Tc("律师数量") + Tc("1300")) +
                            Tr(Tc("备注：以上指标参照市指标设置。", Span(2))))});
  const Table& table = doc.tables.at(0);
  EXPECT_EQ(table.rows.size(), 1u);
  ASSERT_EQ(table.notes.size(), 1u);
  EXPECT_EQ(table.notes[0].text, "备注：以上指标参照市指标设置。");
}

TEST(DocxTable, CaptionIsTheShortTitleAbove) {
  const Document doc =
      LoadDocx({.body = P("到2025年，全面建成现代公共法律服务体系。") + P("表1") + "<w:p/>" +
                        P("“十四五”时期主要发展指标") + Tbl(Tr(Tc("指标") + Tc("目标"))) +
                        P("此段不是标题，因为它以句号结束。") + Tbl(Tr(Tc("指标") + Tc("目标")))});
  ASSERT_EQ(doc.tables.size(), 2u);
  EXPECT_EQ(doc.tables[0].caption, "表1 “十四五”时期主要发展指标");
  EXPECT_EQ(doc.tables[1].caption, "");
}

TEST(DocxTable, NestedTablesAreTablesOfTheirOwn) {
  const std::string inner = Tbl(Tr(Tc("内层") + Tc("1")));
  const Document doc =
      LoadDocx({.body = Tbl(Tr(Tc("外层") + Tc("说明")) + Tr("<w:tc><w:tcPr/>" + P("前") + inner +
                                                             P("后") + "</w:tc>" + Tc("2")))});
  ASSERT_EQ(doc.tables.size(), 2u);
  EXPECT_EQ(doc.tables[0].rows.at(0)[0].text, "前后");
  EXPECT_EQ(doc.tables[1].caption, "");
  const Block* inner_block = doc.BlockAtLine(doc.tables[1].first_line);
  ASSERT_NE(inner_block, nullptr);
  EXPECT_EQ(inner_block->text, "内层");
  EXPECT_EQ(inner_block->table, 1);
  EXPECT_EQ(doc.BlockAtLine(doc.tables[1].last_line + 1)->table, 0);
}

TEST(DocxTable, GridBeforeAndHorizontalMerge) {
  const Document doc = LoadDocx(
      {.body = Tbl(Tr(Tc("类别") + Tc("指标") + Tc("目标")) +
                   Tr(Tc("律师数量") + Tc("1300"), "<w:gridBefore w:val=\"1\"/>") +
                   Tr(Tc("公证") + Tc("公证员") + Tc("数量", "<w:hMerge w:val=\"continue\"/>")))});
  const Table& table = doc.tables.at(0);
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(CellTexts(table.rows[0]), (std::vector<std::string>{"", "律师数量", "1300"}));
  EXPECT_EQ(CellTexts(table.rows[1]), (std::vector<std::string>{"公证", "公证员数量"}));
}

TEST(DocxTable, TableSitsUnderItsHeading) {
  const Document doc =
      LoadDocx({.body = P("一、总体要求") + P("（一）主要目标") +
                        Tbl(Tr(Tc("指标") + Tc("目标")) + Tr(Tc("律师") + Tc("1")))});
  if (doc.outline.headings.empty()) GTEST_SKIP() << "BuildOutline finds no headings yet";
  EXPECT_EQ(doc.tables.at(0).heading, 1);
}

}  // namespace
}  // namespace plancheck
