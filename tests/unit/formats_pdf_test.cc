// Issue 11's PDF acceptance: each corpus plan as LibreOffice's PDF of its .docx
// (tests/fixtures/formats/pdf/, scripts/make-format-fixtures) gives the same rule statuses, the
// same indicators and the same outline as the .docx, except the differences named below; and the
// fixed-layout builder (BuildFromPages) on pages built by hand: running lines dropped, CJK lines
// joined, paragraphs ended at short lines, tables from ruling lines. Hostile PDFs: exit 3.
#include <gtest/gtest.h>

#include <iostream>
#include <map>
#include <set>

#include "checker/decode/decoded_text.h"
#include "checker/decode/input_error.h"
#include "checker/document/page_text.h"
#include "checker/engine/evaluate.h"
#include "checker/formats/format.h"
#include "checker/formats/pdf/loader.h"
#include "checker/indicators/indicator.h"
#include "checker/rulebook/rulebook.h"
#include "test_paths.h"

namespace plancheck {
namespace {

using testing::CorpusStems;
using testing::SourcePath;

const Document& Pdf(const std::string& stem) {
  static std::map<std::string, Document> cache;
  auto it = cache.find(stem);
  if (it == cache.end()) {
    it =
        cache.emplace(stem, LoadDocument(SourcePath("tests/fixtures/formats/pdf/" + stem + ".pdf")))
            .first;
  }
  return it->second;
}

const Document& Docx(const std::string& stem) {
  static std::map<std::string, Document> cache;
  auto it = cache.find(stem);
  if (it == cache.end()) {
    it = cache.emplace(stem, LoadDocument(SourcePath("tests/fixtures/docx/" + stem + ".docx")))
             .first;
  }
  return it->second;
}

// rule id -> the worst status of its results.
std::map<std::string, std::string> Statuses(const Rulebook& book, const Document& doc) {
  const DocumentReport report = Evaluate(book, doc, ExtractIndicators(doc));
  std::map<std::string, std::pair<int, std::string>> worst;
  for (const Result& r : report.results) {
    const int rank = r.status == Status::kFail      ? 3
                     : r.status == Status::kPartial ? 2
                     : r.status == Status::kPass    ? 1
                                                    : 0;
    auto& entry = worst[r.rule];
    if (entry.second.empty() || rank > entry.first) entry = {rank, ToString(r.status)};
  }
  std::map<std::string, std::string> out;
  for (const auto& [rule, ranked] : worst) out[rule] = ranked.second;
  return out;
}

struct Difference {
  std::string stem;
  std::string rule;
  std::string docx;
  std::string pdf;
  std::string why;
};

// Rules whose status on the PDF differs from the .docx, and why.
const std::vector<Difference>& NamedDifferences() {
  // LibreOffice prints Wutongqiao's 第一节 … 第四节 under 第六章 健全实施保障 as chapters of their
  // own (第二十三章 加强党的领导 …; see RenumberedByLibreOffice), and the PDF shows those numbers:
  // the safeguards chapter has no sections left, and 加强考评监管 is no longer inside it.
  static const std::vector<Difference> differences = {
      {"sichuan-leshan-wutongqiao-2021-2025", "national.section.safeguards", "pass", "partial",
       "the PDF prints the 保障 sections as 第二十三章… chapters, so 健全实施保障 has none"},
      {"sichuan-leshan-wutongqiao-2021-2025", "national.topic.implementation-assessment", "pass",
       "fail", "the PDF prints 加强考评监管 as 第二十六章, outside the safeguards chapter"},
  };
  return differences;
}

TEST(PdfCorpus, SameStatusesAsTheDocxExceptNamed) {
  const auto book = LoadRulebook({});
  for (const std::string& stem : CorpusStems()) {
    const auto on_docx = Statuses(*book, Docx(stem));
    const auto on_pdf = Statuses(*book, Pdf(stem));
    std::set<std::string> rules;
    for (const auto& [rule, status] : on_docx) rules.insert(rule);
    for (const auto& [rule, status] : on_pdf) rules.insert(rule);
    int equal = 0;
    for (const std::string& rule : rules) {
      const std::string d = on_docx.contains(rule) ? on_docx.at(rule) : "absent";
      const std::string p = on_pdf.contains(rule) ? on_pdf.at(rule) : "absent";
      const auto named =
          std::find_if(NamedDifferences().begin(), NamedDifferences().end(),
                       [&](const Difference& x) { return x.stem == stem && x.rule == rule; });
      if (named != NamedDifferences().end()) {
        EXPECT_EQ(d, named->docx) << stem << " " << rule << " (" << named->why << ")";
        EXPECT_EQ(p, named->pdf) << stem << " " << rule << " (" << named->why << ")";
        continue;
      }
      EXPECT_EQ(p, d) << stem << " " << rule << ": the .pdf differs from the .docx";
      equal += p == d;
    }
    std::cout << "[ pdf      ] " << stem << ": " << equal << "/" << rules.size()
              << " rules with the .docx's status\n";
  }
}

TEST(PdfCorpus, SameIndicatorsAsTheDocx) {
  for (const std::string& stem : CorpusStems()) {
    const Indicators docx = ExtractIndicators(Docx(stem));
    const Indicators pdf = ExtractIndicators(Pdf(stem));
    ASSERT_EQ(pdf.items.size(), docx.items.size()) << stem;
    for (std::size_t i = 0; i < docx.items.size(); ++i) {
      const Indicator& d = docx.items[i];
      const Indicator& p = pdf.items[i];
      EXPECT_EQ(p.name, d.name) << stem << " indicator " << i;
      EXPECT_EQ(p.category, d.category) << stem << " " << d.name;
      EXPECT_EQ(p.op, d.op) << stem << " " << d.name;
      EXPECT_EQ(p.value, d.value) << stem << " " << d.name;
      EXPECT_EQ(p.unit, d.unit) << stem << " " << d.name;
      EXPECT_EQ(p.source, d.source) << stem << " " << d.name;
    }
  }
}

// LibreOffice prints some automatic numbering of these .docx files otherwise than the .docx
// loader reads it, and the PDF shows LibreOffice's numbers: Wutongqiao's 第一节 list continues the
// 第一章 list (the PDF says 第二章 发展基础 where the .docx gives 第一节); Lianyungang's （三）…
// list restarts at （一） under each chapter. The titles are the same; numbers and levels are the
// PDF's.
const std::set<std::string>& RenumberedByLibreOffice() {
  static const std::set<std::string> stems = {"sichuan-leshan-wutongqiao-2021-2025",
                                              "jiangsu-lianyungang-2023-2025"};
  return stems;
}

TEST(PdfCorpus, SameOutlineAsTheDocx) {
  for (const std::string& stem : CorpusStems()) {
    const Outline& docx = Docx(stem).outline;
    const Outline& pdf = Pdf(stem).outline;
    ASSERT_EQ(pdf.headings.size(), docx.headings.size()) << stem;
    const bool renumbered = RenumberedByLibreOffice().contains(stem);
    for (std::size_t i = 0; i < docx.headings.size(); ++i) {
      EXPECT_EQ(pdf.headings[i].title, docx.headings[i].title) << stem << " heading " << i;
      if (renumbered) continue;
      EXPECT_EQ(pdf.headings[i].number, docx.headings[i].number) << stem << " heading " << i;
      EXPECT_EQ(pdf.headings[i].level, docx.headings[i].level) << stem << " heading " << i;
    }
  }
}

TEST(PdfCorpus, BlocksCarryTheirPage) {
  const Document& doc = Pdf("sichuan-leshan-wutongqiao-2021-2025");
  EXPECT_EQ(doc.format, "pdf");
  int last_line = 0, last_page = 1;
  for (const Block& b : doc.blocks) {
    EXPECT_GE(b.line, last_line);
    // A table row split over a page break keeps its cells in row order: one page back at most.
    EXPECT_GE(b.page, last_page - 1) << b.text;
    last_line = b.line;
    last_page = b.page;
  }
  EXPECT_EQ(last_page, 26);
  EXPECT_LE(last_line, doc.line_count);
}

// --- BuildFromPages on pages built by hand: A4, 16 pt type, a column from x 80 to 512.

constexpr double kSize = 16;

TextRun Latin(double x, double y, std::string text, double width) {
  return TextRun{x, y, width, kSize, false, std::move(text)};
}

// A line of `chars` CJK characters at (x, y), each 16 pt wide.
TextRun Han(double x, double y, const std::string& text) {
  std::size_t chars = 0;
  for (const unsigned char c : text) chars += (c & 0xC0) != 0x80;
  return Latin(x, y, text, static_cast<double>(chars) * kSize);
}

PageText Page(int number, std::vector<TextRun> runs) {
  return PageText{number, 595, 842, std::move(runs), {}};
}

std::vector<std::string> Paragraphs(const Document& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.blocks) out.push_back(b.text);
  return out;
}

TEST(PageText, CjkLineWrappedAtTheMarginJoinsTheNextWithoutASpace) {
  const Document doc = BuildFromPages(
      "t.pdf", "pdf",
      {Page(1, {Han(112, 130, "公共法律服务是政府公共职能的重要组成部分，是保障和"),
                Han(80, 158, "改善民生的重要举措，是全面依法治国的基础性、服务性和保障"),
                Han(80, 186, "性工作。"), Han(112, 214, "第二段从这里开始。")})});
  ASSERT_EQ(Paragraphs(doc).size(), 2u);
  EXPECT_EQ(doc.blocks[0].text,
            "公共法律服务是政府公共职能的重要组成部分，是保障和改善民生的重要举措，是全面依法治国"
            "的基础性、服务性和保障性工作。");
  EXPECT_EQ(doc.blocks[0].line, 1);
  EXPECT_EQ(doc.blocks[1].line, 4);
  EXPECT_EQ(doc.blocks[1].page, 1);
}

TEST(PageText, AParagraphEndsAtAShortLineEvenWithoutAnIndent) {
  const Document doc = BuildFromPages(
      "t.pdf", "pdf",
      {Page(1, {Han(80, 130, "改善民生的重要举措，是全面依法治国的基础性、服务性和保障"),
                Han(80, 158, "性工作。"), Han(80, 186, "新的段落不缩进，也单独成段。")})});
  EXPECT_EQ(Paragraphs(doc), (std::vector<std::string>{
                                 "改善民生的重要举措，是全面依法治国的基础性、服务性和保障性工作。",
                                 "新的段落不缩进，也单独成段。"}));
}

TEST(PageText, AParagraphGoesOnOverAPageBreak) {
  const Document doc = BuildFromPages(
      "t.pdf", "pdf",
      {Page(1, {Han(112, 130, "公共法律服务是政府公共职能的重要组成部分，是保障和"),
                Han(80, 158, "改善民生的重要举措，是全面依法治国的基础性、服务性和保障")}),
       Page(2, {Han(80, 130, "性工作。")})});
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_TRUE(doc.blocks[0].text.ends_with("服务性和保障性工作。"));
  EXPECT_EQ(doc.blocks[0].page, 1);
}

TEST(PageText, RunningHeadersFootersAndPageNumbersAreDropped) {
  std::vector<PageText> pages;
  const std::vector<std::string> numbers = {"— 1 —", "- 2 -", "第3页", "4"};
  for (int p = 1; p <= 4; ++p) {
    pages.push_back(Page(p, {Han(200, 60, "某区公共法律服务体系建设规划"),
                             Han(112, 200, "正文第" + std::to_string(p) + "页的段落。"),
                             Latin(280, 800, numbers[p - 1], 40)}));
  }
  const Document doc = BuildFromPages("t.pdf", "pdf", pages);
  ASSERT_EQ(doc.blocks.size(), 4u);
  for (int p = 1; p <= 4; ++p) {
    EXPECT_EQ(doc.blocks[p - 1].text, "正文第" + std::to_string(p) + "页的段落。");
    EXPECT_EQ(doc.blocks[p - 1].page, p);
  }
}

TEST(PageText, LatinAndDigitsKeepTheirSpacesButNotLibreOfficesAutospace) {
  const Document doc =
      BuildFromPages("t.pdf", "pdf",
                     {Page(1, {Han(112, 130, "服务保障长三角"), Latin(227.3, 130, "G60", 33),
                               Han(263.6, 130, "科创走廊"), Latin(112, 158, "Legal", 40),
                               Latin(156, 158, "Aid", 26)})});
  EXPECT_EQ(Paragraphs(doc), (std::vector<std::string>{"服务保障长三角G60科创走廊", "Legal Aid"}));
}

// A 3 × 2 table drawn with rules: header 指标 | 目标值, two rows.
TEST(PageText, ATableFromRunPositionsAndRules) {
  PageText page = Page(1, {Han(112, 130, "表1"), Han(90, 220, "指标"), Han(300, 220, "目标值"),
                           Han(90, 260, "律师万人比"), Latin(300, 260, "5", 9),
                           Han(90, 300, "法律援助覆盖率"), Latin(300, 300, "100%", 40)});
  for (const double y : {200.0, 240.0, 280.0, 320.0}) page.rules.push_back({80, y, 500, y});
  for (const double x : {80.0, 280.0, 500.0}) page.rules.push_back({x, 200, x, 320});
  const Document doc = BuildFromPages("t.pdf", "pdf", {page});
  ASSERT_EQ(doc.tables.size(), 1u);
  const Table& table = doc.tables[0];
  ASSERT_EQ(table.header.size(), 2u);
  EXPECT_EQ(table.header[0].text, "指标");
  EXPECT_EQ(table.header[1].text, "目标值");
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[1][0].text, "法律援助覆盖率");
  EXPECT_EQ(table.rows[1][1].text, "100%");
  EXPECT_EQ(table.caption, "表1");
  const Block* cell = doc.BlockAtLine(table.rows[0][1].pos.line);
  ASSERT_NE(cell, nullptr);
  EXPECT_EQ(cell->kind, Block::Kind::kTableCell);
}

// --- Hostile files: each a clear exit 3 (InputError) naming what is wrong.

std::string Hostile(const std::string& name) {
  return SourcePath("tests/fixtures/formats/pdf/hostile/" + name);
}

std::string MessageOf(const std::string& path, bool zh) {
  try {
    LoadDocument(path);
  } catch (const InputError& e) {
    return e.Message(zh);
  }
  return "";
}

TEST(PdfHostile, ScannedPdfSaysItHasNoTextLayer) {
  EXPECT_NE(MessageOf(Hostile("scanned.pdf"), false).find("scanned"), std::string::npos);
  EXPECT_NE(MessageOf(Hostile("scanned.pdf"), false).find("OCR"), std::string::npos);
  EXPECT_NE(MessageOf(Hostile("scanned.pdf"), true).find("扫描版"), std::string::npos);
}

TEST(PdfHostile, EncryptedPdfSaysSo) {
  EXPECT_NE(MessageOf(Hostile("encrypted.pdf"), false).find("encrypted"), std::string::npos);
  EXPECT_NE(MessageOf(Hostile("encrypted.pdf"), true).find("加密"), std::string::npos);
}

TEST(PdfHostile, CorruptAndTruncatedPdfsAreRefused) {
  EXPECT_NE(MessageOf(Hostile("corrupt.pdf"), false).find("not a readable PDF"), std::string::npos);
  const std::string truncated = MessageOf(Hostile("truncated.pdf"), false);
  EXPECT_FALSE(truncated.empty()) << "a PDF cut at 40 kB was read as if whole";
}

TEST(PdfHostile, PageLimitRefusesUnread) {
  const std::string bytes = ReadFileBytes(
      SourcePath("tests/fixtures/formats/pdf/shanghai-putuo-2020-2022.pdf"), std::size_t{1} << 24);
  PdfLimits limits;
  limits.max_pages = 3;
  EXPECT_THROW(LoadPdf("putuo.pdf", bytes, limits), InputError);
}

}  // namespace
}  // namespace plancheck
