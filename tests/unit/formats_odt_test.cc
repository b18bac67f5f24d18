// Issue 11's acceptance for .odt: each corpus plan as LibreOffice saves it (.odt made from the
// .docx fixture by scripts/make-format-fixtures) gives the same rule statuses, indicators and
// outline as the .docx; hostile packages are refused with exit 3.
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <map>

#include "checker/decode/input_error.h"
#include "checker/formats/format.h"
#include "checker/formats/odt/loader.h"
#include "docx_testing.h"
#include "format_agreement.h"

namespace plancheck {
namespace {

using testing::CorpusStems;
using testing::SourcePath;

std::string OdtPath(const std::string& name) {
  return SourcePath("tests/fixtures/formats/odt/" + name);
}

const Document& Odt(const std::string& stem) {
  static std::map<std::string, Document> cache;
  auto it = cache.find(stem);
  if (it == cache.end()) it = cache.emplace(stem, LoadDocument(OdtPath(stem + ".odt"))).first;
  return it->second;
}

const Document& Docx(const std::string& stem) {
  static std::map<std::string, Document> cache;
  auto it = cache.find(stem);
  if (it == cache.end()) it = cache.emplace(stem, testing::LoadDocxFixture(stem + ".docx")).first;
  return it->second;
}

// Statuses that differ from the .docx, each with what the .odt does not carry.
const std::vector<testing::NamedDifference>& OdtDifferences() {
  static const std::vector<testing::NamedDifference> differences = {};
  return differences;
}

class OdtCorpus : public ::testing::TestWithParam<std::string> {};

TEST_P(OdtCorpus, ReadsAsOdt) {
  const Document& doc = Odt(GetParam());
  EXPECT_EQ(doc.format, "odt");
  EXPECT_EQ(doc.path, OdtPath(GetParam() + ".odt"));
  EXPECT_GT(doc.blocks.size(), 20u);
}

TEST_P(OdtCorpus, SameRuleStatusesAsTheDocx) {
  const auto book = LoadRulebook({});
  testing::ExpectSameStatuses(*book, ".odt", GetParam(), Docx(GetParam()), Odt(GetParam()),
                              OdtDifferences());
}

TEST_P(OdtCorpus, SameIndicatorsAsTheDocx) {
  testing::ExpectSameIndicators(GetParam(), Docx(GetParam()), Odt(GetParam()));
}

// Jiangsu's （一）…（三十六） run on across its chapters in the .docx (w:lvlRestart 0);
// LibreOffice's .odt does not keep that, and LibreOffice itself shows the .odt's level 2 restarting
// at （一） in every chapter (soffice --convert-to txt: "（三） 强化队伍建设", "（五）
// 加强监督考核"). The .odt loader renders what the .odt says: those headings differ in number and
// ordinal, nothing else.
const char* const kJiangsu = "jiangsu-lianyungang-2023-2025";

TEST_P(OdtCorpus, SameOutlineAsTheDocx) {
  if (GetParam() != kJiangsu) {
    testing::ExpectSameOutline(GetParam(), Docx(GetParam()), Odt(GetParam()));
    return;
  }
  const auto& want = Docx(kJiangsu).outline.headings;
  const auto& got = Odt(kJiangsu).outline.headings;
  ASSERT_EQ(got.size(), want.size());
  int renumbered = 0;
  for (std::size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(got[i].title, want[i].title) << i;
    EXPECT_EQ(got[i].level, want[i].level) << want[i].title;
    EXPECT_EQ(got[i].style, want[i].style) << want[i].title;
    if (want[i].level == 1) {
      EXPECT_EQ(got[i].number, want[i].number) << want[i].title;
    }
    renumbered += got[i].number != want[i].number;
  }
  std::cout << ".odt " << kJiangsu << ": " << renumbered
            << " level-2 headings renumbered per chapter (LibreOffice drops w:lvlRestart 0)\n";
  EXPECT_GT(renumbered, 0);
}

TEST_P(OdtCorpus, SameTablesAsTheDocx) {
  const std::vector<Table>& want = Docx(GetParam()).tables;
  const std::vector<Table>& got = Odt(GetParam()).tables;
  ASSERT_EQ(got.size(), want.size());
  for (std::size_t t = 0; t < want.size(); ++t) {
    ASSERT_EQ(got[t].header.size(), want[t].header.size());
    for (std::size_t c = 0; c < want[t].header.size(); ++c) {
      EXPECT_EQ(got[t].header[c].text, want[t].header[c].text);
    }
    ASSERT_EQ(got[t].rows.size(), want[t].rows.size());
    for (std::size_t r = 0; r < want[t].rows.size(); ++r) {
      ASSERT_EQ(got[t].rows[r].size(), want[t].rows[r].size()) << "row " << r;
      for (std::size_t c = 0; c < want[t].rows[r].size(); ++c) {
        EXPECT_EQ(got[t].rows[r][c].text, want[t].rows[r][c].text) << "row " << r;
        EXPECT_EQ(got[t].rows[r][c].merged, want[t].rows[r][c].merged) << "row " << r;
      }
    }
    EXPECT_EQ(got[t].notes.size(), want[t].notes.size());
    EXPECT_EQ(got[t].caption, want[t].caption);
  }
}

INSTANTIATE_TEST_SUITE_P(Plans, OdtCorpus, ::testing::ValuesIn(CorpusStems()),
                         [](const auto& info) {
                           std::string name = info.param.substr(0, info.param.find('-'));
                           return name + "_" + std::to_string(info.index);
                         });

bool HasBlock(const Document& doc, std::string_view text) {
  return std::any_of(doc.blocks.begin(), doc.blocks.end(),
                     [&](const Block& b) { return b.text.starts_with(text); });
}

// Jiangsu as LibreOffice shows its .odt (see SameOutlineAsTheDocx): chapters and their
// sub-items numbered from list styles, level 2 restarting in each chapter.
TEST(OdtNumbering, JiangsuAsLibreOfficeShowsIt) {
  const Document& odt = Odt(kJiangsu);
  for (const char* heading :
       {"一、规划背景", "（一）发展基础", "二、总体要求", "（三）主要目标。到2025年",
        "九、加强规划实施保障", "（三）强化队伍建设", "（五）加强监督考核。"}) {
    EXPECT_TRUE(HasBlock(odt, heading)) << heading;
  }
}

// Numbering LibreOffice wrote as list styles, rendered: the numbers the .docx shows.
TEST(OdtNumbering, ListLabelsAreTheDocxOnes) {
  for (const std::string stem : {"sichuan-leshan-wutongqiao-2021-2025"}) {
    const Document& docx = Docx(stem);
    const Document& odt = Odt(stem);
    std::vector<std::string> want, got;
    for (const Block& b : docx.blocks) {
      if (b.kind == Block::Kind::kHeading) want.push_back(b.text);
    }
    for (const Block& b : odt.blocks) {
      if (b.kind == Block::Kind::kHeading) got.push_back(b.text);
    }
    EXPECT_EQ(got, want) << stem;
  }
}

TEST(OdtNotes, FootnotesOfSongjiang) {
  const Document& docx = Docx("shanghai-songjiang-2023-2025");
  const Document& odt = Odt("shanghai-songjiang-2023-2025");
  ASSERT_EQ(odt.footnotes.size(), docx.footnotes.size());
  for (std::size_t i = 0; i < odt.footnotes.size(); ++i) {
    EXPECT_EQ(odt.footnotes[i].text, docx.footnotes[i].text);
    EXPECT_EQ(odt.footnotes[i].id, docx.footnotes[i].id);
    const Block* cited = odt.BlockAtLine(odt.footnotes[i].line);
    ASSERT_NE(cited, nullptr);
    EXPECT_TRUE(cited->text.starts_with("（八）扩大公共法律服务多元供给。")) << cited->text;
  }
}

struct Hostile {
  std::string file;
  std::vector<std::string> says;
};

class OdtHostile : public ::testing::TestWithParam<Hostile> {};

TEST_P(OdtHostile, RefusedNamingThePart) {
  const std::string path = OdtPath("hostile/" + GetParam().file);
  try {
    LoadDocument(path);
    ADD_FAILURE() << GetParam().file << " was read";
  } catch (const InputError& e) {
    EXPECT_EQ(e.path(), path);
    for (const std::string& part : GetParam().says) {
      EXPECT_NE(std::string(e.what()).find(part), std::string::npos) << e.what();
    }
    EXPECT_NE(e.Message(true), e.what()) << "a Chinese message too";
  }
}

INSTANTIATE_TEST_SUITE_P(
    Files, OdtHostile,
    ::testing::Values(Hostile{"zip-bomb.odt", {"content.xml", "zip bomb"}},
                      Hostile{"missing-content.odt", {"missing part content.xml"}},
                      Hostile{"dtd-entity.odt", {"content.xml", "DTD"}},
                      Hostile{"deep-nesting.odt", {"content.xml", "levels deep"}},
                      Hostile{"not-a-zip.odt", {"not a zip archive"}}),
    [](const auto& info) {
      std::string name = info.param.file.substr(0, info.param.file.find('.'));
      for (char& c : name) c = c == '-' ? '_' : c;
      return name;
    });

TEST(OdtLimits, InflatedPastItsDeclaredSizeOrTheEntryLimit) {
  ZipLimits limits;
  limits.max_part_bytes = 2000;
  const std::string bytes = testing::ZipBytes(
      {{"mimetype", "application/vnd.oasis.opendocument.text"},
       {"content.xml", "<office:document-content><office:body><office:text><text:p>" +
                           std::string(4000, 'x') +
                           "</text:p></office:text></office:body>"
                           "</office:document-content>"}});
  EXPECT_THROW(LoadOdt("limits.odt", bytes, limits), InputError);
  limits = ZipLimits{};
  EXPECT_NO_THROW(LoadOdt("limits.odt", bytes, limits));
  limits.max_entries = 1;
  EXPECT_THROW(LoadOdt("limits.odt", bytes, limits), InputError);
}

TEST(OdtCommandLine, ZipBombExitsThree) {
  const std::string path = OdtPath("hostile/zip-bomb.odt");
  const std::string command = std::string(PLANCHECK_BINARY) + " check '" + path + "' 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string out;
  char buffer[4096];
  while (std::fgets(buffer, sizeof buffer, pipe) != nullptr) out += buffer;
  const int status = pclose(pipe);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 3) << out;
  EXPECT_NE(out.find("zip-bomb.odt"), std::string::npos) << out;
}

}  // namespace
}  // namespace plancheck
