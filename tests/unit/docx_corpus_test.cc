// The five corpus plans as .docx (tests/fixtures/docx/, made by scripts/make-docx-fixtures from a
// cleaned copy of corpus/*.txt) read natively and compared with the .txt: the same text, the
// typed numbers where the .docx has automatic numbering, the same outline, the same tables, and
// the table indicators with their units where the .txt lost them.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "checker/document/artefacts.h"
#include "checker/formats/format.h"
#include "checker/indicators/indicator.h"
#include "docx_testing.h"

// Tests name only the parts they feed in: DocxParts{.body = …, .numbering = …}.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace plancheck {
namespace {

using testing::CorpusPath;
using testing::CorpusStems;
using testing::LoadDocxFixture;

const Document& Docx(const std::string& stem) {
  static std::map<std::string, Document> cache;
  auto it = cache.find(stem);
  if (it == cache.end()) it = cache.emplace(stem, LoadDocxFixture(stem + ".docx")).first;
  return it->second;
}

const Document& Txt(const std::string& stem) {
  static std::map<std::string, Document> cache;
  auto it = cache.find(stem);
  if (it == cache.end()) it = cache.emplace(stem, LoadDocument(CorpusPath(stem))).first;
  return it->second;
}

// Text compared across the two files: no spaces (the .docx numbering writes one space where a
// plan typed two) and no "%" (lost to images in the .txt, restored in the .docx).
std::string Squash(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ' || text[i] == '\t' || text[i] == '%') continue;
    if (text.substr(i).starts_with("\xE3\x80\x80")) {  // U+3000
      i += 2;
      continue;
    }
    out += text[i];
  }
  return out;
}

// The text of the .txt with its conversion debris removed: line by line, an image's stray
// letter ("[image: image2.png]v") dropped, footnote bodies included.
std::vector<std::string> CleanTxtLines(const std::string& stem) {
  const std::string raw = ReadFileBytes(CorpusPath(stem));
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (int number = 1; start <= raw.size(); ++number) {
    const std::size_t end = std::min(raw.find('\n', start), raw.size());
    const std::string_view line(raw.data() + start, end - start);
    CleanLine clean = StripArtefacts(line, number);
    std::string text = clean.text;
    const bool image =
        std::any_of(clean.artefacts.begin(), clean.artefacts.end(),
                    [](const Artefact& a) { return a.kind == Artefact::Kind::kImage; });
    if (image && (text.ends_with("v") || text.ends_with("v "))) text.resize(text.rfind('v'));
    lines.push_back(Squash(text));
    for (const Footnote& f : clean.footnotes) lines.push_back(Squash(f.text));
    start = end + 1;
  }
  return lines;
}

class DocxCorpus : public ::testing::TestWithParam<std::string> {};

TEST_P(DocxCorpus, LoadsWithoutDebris) {
  const Document& doc = Docx(GetParam());
  EXPECT_EQ(doc.format, "docx");
  ASSERT_GT(doc.blocks.size(), 20u);
  int last = 0;
  for (const Block& b : doc.blocks) {
    EXPECT_GE(b.line, last);
    last = b.line;
    EXPECT_LE(b.line, doc.line_count);
    for (const char* debris : {"[bookmark", "[image", "[footnoteRef", "**", "HYPERLINK", "_Hlk"}) {
      EXPECT_EQ(b.text.find(debris), std::string::npos) << debris << " in ¶" << b.line;
    }
  }
}

// Every line of the .txt is in the .docx (page breaks that split a paragraph are joined there),
// and the .docx says nothing the .txt does not: the loader adds no debris and loses no text.
TEST_P(DocxCorpus, SameTextAsTheTxt) {
  const std::string& stem = GetParam();
  const Document& doc = Docx(stem);
  std::string docx_text;
  for (const Block& b : doc.blocks) docx_text += Squash(b.text) + "\n";
  // The 公文's frame (标志, 版记) is read too, into the metadata rather than the body.
  docx_text += Squash(doc.metadata.issuer_mark) + "\n";
  for (const std::string& line : doc.metadata.imprint) docx_text += Squash(line) + "\n";
  std::string txt_text;
  for (const std::string& line : CleanTxtLines(stem)) {
    EXPECT_NE(docx_text.find(line), std::string::npos)
        << stem << ".txt line not in the .docx: " << line;
    txt_text += line;
  }
  for (const Block& b : doc.blocks) {
    EXPECT_NE(txt_text.find(Squash(b.text)), std::string::npos)
        << stem << ".docx ¶" << b.line << " not in the .txt: " << b.text;
  }
}

INSTANTIATE_TEST_SUITE_P(Plans, DocxCorpus, ::testing::ValuesIn(CorpusStems()),
                         [](const auto& info) {
                           std::string name = info.param.substr(0, info.param.find('-'));
                           return name + "_" + std::to_string(info.index);
                         });

bool HasBlock(const Document& doc, std::string_view prefix) {
  return std::any_of(doc.blocks.begin(), doc.blocks.end(),
                     [&](const Block& b) { return b.text.starts_with(prefix); });
}

// Jiangsu and Wutongqiao take their heading numbers from numbering.xml; rendered, they are the
// numbers the .txt shows, (三) after a chapter break included.
TEST(DocxCorpusNumbering, AutomaticNumbersAreTheTypedOnes) {
  const Document& jiangsu = Docx("jiangsu-lianyungang-2023-2025");
  for (const char* heading :
       {"一、规划背景", "（一）发展基础", "二、总体要求", "（三）指导思想",
        "（五）主要目标。到2025年", "九、加强规划实施保障", "（三十六）加强监督考核。"}) {
    EXPECT_TRUE(HasBlock(jiangsu, heading)) << heading;
  }
  const Document& wutongqiao = Docx("sichuan-leshan-wutongqiao-2021-2025");
  for (const char* heading : {"第一章 规划背景", "第一节 发展基础", "第三节 主要目标",
                              "第六章 健全实施保障", "第四节 加强考评监管"}) {
    EXPECT_TRUE(HasBlock(wutongqiao, heading)) << heading;
  }
  const Block* chapter = wutongqiao.BlockAtLine(17);
  ASSERT_NE(chapter, nullptr);
  EXPECT_EQ(chapter->text, "第一章 规划背景");
  EXPECT_EQ(chapter->outline_level, 1);
  EXPECT_EQ(chapter->style, "章标题");
}

// Jilin's cleaned source keeps every paragraph of the .txt on its line: paragraph numbers are
// the .txt's line numbers.
TEST(DocxCorpusNumbering, ParagraphNumbersFollowTheDocument) {
  const Document& docx = Docx("jilin-changchun-lvyuan-2021-2025-draft");
  const Document& txt = Txt("jilin-changchun-lvyuan-2021-2025-draft");
  ASSERT_EQ(docx.blocks.size(), txt.blocks.size());
  for (std::size_t i = 0; i < docx.blocks.size(); ++i) {
    EXPECT_EQ(docx.blocks[i].line, txt.blocks[i].line) << docx.blocks[i].text;
    EXPECT_EQ(docx.blocks[i].text, txt.blocks[i].text);
  }
}

TEST(DocxCorpusNumbering, FootnotesOfSongjiang) {
  const Document& docx = Docx("shanghai-songjiang-2023-2025");
  const Document& txt = Txt("shanghai-songjiang-2023-2025");
  ASSERT_EQ(docx.footnotes.size(), 2u);
  ASSERT_EQ(txt.footnotes.size(), 2u);
  for (std::size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(Squash(docx.footnotes[i].text), Squash(txt.footnotes[i].text));
    const Block* cited = docx.BlockAtLine(docx.footnotes[i].line);
    ASSERT_NE(cited, nullptr);
    EXPECT_TRUE(cited->text.starts_with("（八）扩大公共法律服务多元供给。"));
  }
}

// The outline of the .docx is the outline of the .txt: same headings, numbers, levels, titles.
TEST(DocxCorpusOutline, SameOutlineAsTheTxt) {
  for (const std::string& stem : CorpusStems()) {
    const Outline& txt = Txt(stem).outline;
    const Outline& docx = Docx(stem).outline;
    if (txt.headings.empty()) GTEST_SKIP() << "BuildOutline finds no headings yet";
    ASSERT_EQ(docx.headings.size(), txt.headings.size()) << stem;
    for (std::size_t i = 0; i < txt.headings.size(); ++i) {
      const Heading& t = txt.headings[i];
      const Heading& d = docx.headings[i];
      EXPECT_EQ(d.number, t.number) << stem << " heading " << i << ": " << t.title;
      EXPECT_EQ(d.ordinal, t.ordinal) << stem << " " << t.title;
      EXPECT_EQ(d.level, t.level) << stem << " " << t.title;
      EXPECT_EQ(d.style, t.style) << stem << " " << t.title;
      EXPECT_EQ(Squash(d.title), Squash(t.title)) << stem << " heading " << i;
      EXPECT_EQ(d.run_in, t.run_in) << stem << " " << t.title;
    }
  }
}

// Title, region, level, period, kind, 发文字号 and date read from the .docx as from the .txt.
TEST(DocxCorpusMetadata, SameMetadataAsTheTxt) {
  for (const std::string& stem : CorpusStems()) {
    const Metadata& t = Txt(stem).metadata;
    const Metadata& d = Docx(stem).metadata;
    EXPECT_EQ(Squash(d.title), Squash(t.title)) << stem;
    EXPECT_EQ(d.region.province, t.region.province) << stem;
    EXPECT_EQ(d.region.city, t.region.city) << stem;
    EXPECT_EQ(d.region.county, t.region.county) << stem;
    EXPECT_EQ(d.level, t.level) << stem;
    EXPECT_EQ(d.period.has_value(), t.period.has_value()) << stem;
    if (d.period && t.period) {
      EXPECT_EQ(d.period->from, t.period->from) << stem;
      EXPECT_EQ(d.period->to, t.period->to) << stem;
    }
    EXPECT_EQ(d.kind, t.kind) << stem;
    EXPECT_EQ(d.draft, t.draft) << stem;
    EXPECT_EQ(d.doc_number, t.doc_number) << stem;
    EXPECT_EQ(d.date, t.date) << stem;
  }
}

// The tables rebuilt from the .txt and read from the .docx agree cell by cell; where the .txt
// merged cells are empty, the .docx ones are empty and marked merged.
TEST(DocxCorpusTables, SameTablesAsTheTxt) {
  for (const std::string& stem : CorpusStems()) {
    const std::vector<Table>& txt = Txt(stem).tables;
    const std::vector<Table>& docx = Docx(stem).tables;
    ASSERT_EQ(docx.size(), txt.size()) << stem;
    for (std::size_t t = 0; t < txt.size(); ++t) {
      ASSERT_EQ(docx[t].header.size(), txt[t].header.size()) << stem;
      for (std::size_t c = 0; c < txt[t].header.size(); ++c) {
        EXPECT_EQ(Squash(docx[t].header[c].text), Squash(txt[t].header[c].text)) << stem;
      }
      ASSERT_EQ(docx[t].rows.size(), txt[t].rows.size()) << stem;
      for (std::size_t r = 0; r < txt[t].rows.size(); ++r) {
        const auto& want = txt[t].rows[r];
        const auto& got = docx[t].rows[r];
        ASSERT_EQ(got.size(), want.size()) << stem << " row " << r;
        for (std::size_t c = 0; c < want.size(); ++c) {
          EXPECT_EQ(Squash(got[c].text), Squash(want[c].text)) << stem << " row " << r;
          EXPECT_EQ(got[c].empty, want[c].empty) << stem << " row " << r << " cell " << c;
        }
      }
      EXPECT_EQ(docx[t].notes.size(), txt[t].notes.size()) << stem;
      EXPECT_EQ(docx[t].caption, txt[t].caption) << stem;
    }
  }
}

TEST(DocxCorpusTables, MergedCellsAndRestoredUnits) {
  const Table& wutongqiao = Docx("sichuan-leshan-wutongqiao-2021-2025").tables.at(0);
  ASSERT_EQ(wutongqiao.rows.size(), 11u);
  EXPECT_EQ(wutongqiao.rows[0][1].text, "法治文化阵地覆盖率（%）");
  EXPECT_EQ(wutongqiao.rows[0][2].text, "市级青少年法治教育基地覆盖率（%）");
  EXPECT_TRUE(wutongqiao.rows[1][0].merged);
  EXPECT_TRUE(wutongqiao.rows[1][1].merged);
  EXPECT_EQ(wutongqiao.rows[3].size(), 5u);  // 骨干“法律明白人” spans the name's two columns
  EXPECT_FALSE(wutongqiao.rows[5][0].merged);
  EXPECT_EQ(wutongqiao.rows[5][0].text, "2.法律援助服务");

  const Table& jiangsu = Docx("jiangsu-lianyungang-2023-2025").tables.at(0);
  EXPECT_EQ(jiangsu.rows.at(14)[0].text, "公共法律服务满意度");  // a line break in the cell
  EXPECT_EQ(jiangsu.rows.at(3)[2].text, "≥3");                   // a w:sym in the Symbol font
  int merged = 0;
  for (const auto& row : jiangsu.rows) merged += row[0].merged;
  EXPECT_EQ(merged, 13);

  const Table& songjiang = Docx("shanghai-songjiang-2023-2025").tables.at(0);
  EXPECT_EQ(songjiang.header.at(2).text, "指标名称（共26项）");
  EXPECT_EQ(songjiang.rows.size(), 26u);
  EXPECT_EQ(songjiang.rows.at(4)[4].text, "7");
  ASSERT_EQ(songjiang.notes.size(), 1u);
  EXPECT_TRUE(songjiang.notes[0].text.starts_with("备注："));
}

std::string NoSpaces(std::string s) {
  std::erase(s, ' ');
  return s;
}

// Every table indicator of the gold labels is found in the .docx, with its unit read from the
// document: none inferred (the .txt infers the "%" that images took).
TEST(DocxCorpusIndicators, TableIndicatorsWithTheirUnits) {
  int gold_rows = 0;
  for (const std::string& stem : CorpusStems()) {
    std::ifstream in(testing::GoldPath(stem));
    const nlohmann::json gold = nlohmann::json::parse(in);
    const Indicators found = ExtractIndicators(Docx(stem));
    std::vector<const Indicator*> table;
    for (const Indicator& i : found.items) {
      if (i.source != "table") continue;
      table.push_back(&i);
      EXPECT_FALSE(i.unit_inferred) << stem << ": " << i.name;
      EXPECT_FALSE(i.unit.empty()) << stem << ": " << i.name;
    }
    for (const nlohmann::json& g : gold.at("indicators")) {
      if (g.at("source") != "table") continue;
      ++gold_rows;
      // The gold name may repair the document ("法律明白人培养率" gains its ”); "text" is the
      // cell as written, its unit suffix "（%）" aside.
      const std::string name = NoSpaces(g.at("name").get<std::string>());
      std::string text = NoSpaces(g.value("text", ""));
      if (const std::size_t open = text.rfind("（");
          text.ends_with("）") && open != std::string::npos) {
        text.resize(open);
      }
      const auto it = std::find_if(table.begin(), table.end(), [&](const Indicator* i) {
        return NoSpaces(i->name) == name || NoSpaces(i->name) == text;
      });
      if (it == table.end()) {
        ADD_FAILURE() << stem << ": table indicator not found in the .docx: " << name;
        continue;
      }
      EXPECT_EQ((*it)->unit, g.at("unit").get<std::string>()) << stem << ": " << name;
      EXPECT_EQ((*it)->value, g.at("value").get<double>()) << stem << ": " << name;
      EXPECT_EQ((*it)->op, g.at("op").get<std::string>()) << stem << ": " << name;
      EXPECT_EQ((*it)->category, g.at("category").get<std::string>()) << stem << ": " << name;
    }
  }
  EXPECT_EQ(gold_rows, 54);
}

}  // namespace
}  // namespace plancheck
