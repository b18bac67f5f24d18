// Issue 11's acceptance for .doc and .wps: each corpus plan saved by LibreOffice as Word 97 (.doc;
// the .wps fixture is the same bytes under the WPS name, see scripts/make-format-fixtures) is
// converted back through LibreOffice and gives the same rule statuses, indicators and outline as
// the .docx. Without LibreOffice, those tests are skipped and the "not installed" message tested.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>

#include "checker/decode/decoded_text.h"
#include "checker/decode/input_error.h"
#include "checker/formats/format.h"
#include "checker/formats/msword/converter.h"
#include "docx_testing.h"
#include "format_agreement.h"

namespace plancheck {
namespace {

namespace fs = std::filesystem;
using testing::CorpusStems;
using testing::SourcePath;

std::string FixturePath(const std::string& format, const std::string& name) {
  return SourcePath("tests/fixtures/formats/" + format + "/" + name);
}

bool HaveSoffice() { return msword::Converter::FromEnvironment().soffice.has_value(); }

#define SKIP_WITHOUT_SOFFICE()                                                             \
  if (!HaveSoffice())                                                                      \
  GTEST_SKIP() << "LibreOffice (soffice) is not installed: .doc/.wps are read through it " \
                  "(apt-get install libreoffice-writer-nogui)"

const Document& Converted(const std::string& format, const std::string& stem) {
  static std::map<std::string, Document> cache;
  const std::string path = FixturePath(format, stem + "." + format);
  auto it = cache.find(path);
  if (it == cache.end()) it = cache.emplace(path, LoadDocument(path)).first;
  return it->second;
}

const Document& Docx(const std::string& stem) {
  static std::map<std::string, Document> cache;
  auto it = cache.find(stem);
  if (it == cache.end()) it = cache.emplace(stem, testing::LoadDocxFixture(stem + ".docx")).first;
  return it->second;
}

// Statuses that differ from the .docx, each with what the round trip through Word 97 loses.
const std::vector<testing::NamedDifference>& MswordDifferences() {
  // Both seen in LibreOffice's own reading of the .doc fixtures (soffice --convert-to txt), so
  // losses of the Word 97 round trip, not of the loader: the .docx LibreOffice makes says the same.
  const std::string table_lost =
      "LibreOffice's Word 97 file of Jiangsu has 表1 flattened into one paragraph (its text "
      "shows the table's cells run together on one line): the 17 table indicators are lost, "
      "一村（社区）一法律顾问覆盖率 100% among them, and only the prose mentions remain";
  const std::string sections_lost =
      "LibreOffice's Word 97 file of Wutongqiao numbers the 第X节 headings as chapters "
      "(第二十六章 加强考评监管 for the .docx's 第四节): 第六章 健全实施保障 loses its sections";
  static const std::vector<testing::NamedDifference> differences = {
      {"jiangsu-lianyungang-2023-2025", "jiangsu.indicator.village-advisor-coverage", "pass",
       "partial", table_lost},
      {"sichuan-leshan-wutongqiao-2021-2025", "national.section.safeguards", "pass", "partial",
       sections_lost},
      {"sichuan-leshan-wutongqiao-2021-2025", "national.topic.implementation-assessment", "pass",
       "fail", sections_lost},
  };
  return differences;
}

// Sets an environment variable for a scope.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (old_) {
      setenv(name_, old_->c_str(), 1);
    } else {
      unsetenv(name_);
    }
  }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

struct Case {
  std::string format;
  std::string stem;
};

class MswordCorpus : public ::testing::TestWithParam<Case> {};

TEST_P(MswordCorpus, ReadsUnderItsOwnFormatAndPath) {
  SKIP_WITHOUT_SOFFICE();
  const auto& [format, stem] = GetParam();
  const Document& doc = Converted(format, stem);
  EXPECT_EQ(doc.format, format);
  EXPECT_EQ(doc.path, FixturePath(format, stem + "." + format));
  EXPECT_GT(doc.blocks.size(), 20u);
}

TEST_P(MswordCorpus, SameRuleStatusesAsTheDocx) {
  SKIP_WITHOUT_SOFFICE();
  const auto& [format, stem] = GetParam();
  const auto book = LoadRulebook({});
  testing::ExpectSameStatuses(*book, "." + format, stem, Docx(stem), Converted(format, stem),
                              MswordDifferences());
}

// Jiangsu: its table is lost (MswordDifferences); what remains are the prose indicators, all of
// them. Its level-2 numbers restart per chapter, as in the .odt (formats_odt_test.cc).
void ExpectJiangsuAsLibreOfficeKeptIt(const Document& docx, const Document& doc) {
  EXPECT_EQ(doc.tables.size(), 0u);
  int table = 0;
  std::multiset<std::pair<std::string, double>> prose;
  for (const Indicator& i : ExtractIndicators(docx).items) {
    if (i.source == "table") {
      ++table;
    } else {
      prose.insert({i.name, i.value});
    }
  }
  std::multiset<std::pair<std::string, double>> got;
  for (const Indicator& i : ExtractIndicators(doc).items) got.insert({i.name, i.value});
  EXPECT_EQ(got, prose);
  EXPECT_EQ(table, 17);
  ASSERT_EQ(doc.outline.headings.size(), docx.outline.headings.size());
  for (std::size_t i = 0; i < docx.outline.headings.size(); ++i) {
    EXPECT_EQ(doc.outline.headings[i].title, docx.outline.headings[i].title);
    EXPECT_EQ(doc.outline.headings[i].level, docx.outline.headings[i].level);
  }
}

// Wutongqiao: the indicators are all there; the sections became chapters (MswordDifferences).
void ExpectWutongqiaoAsLibreOfficeKeptIt(const Document& docx, const Document& doc) {
  testing::ExpectSameIndicators("wutongqiao", docx, doc);
  ASSERT_EQ(doc.outline.headings.size(), docx.outline.headings.size());
  int chapters = 0;
  for (std::size_t i = 0; i < docx.outline.headings.size(); ++i) {
    EXPECT_EQ(doc.outline.headings[i].title, docx.outline.headings[i].title);
    chapters += docx.outline.headings[i].number.ends_with("节") &&
                doc.outline.headings[i].number.ends_with("章");
  }
  std::cout << "wutongqiao: " << chapters << " 第X节 headings read as 第X章\n";
  EXPECT_GT(chapters, 10);
}

TEST_P(MswordCorpus, SameIndicatorsAndOutlineAsTheDocx) {
  SKIP_WITHOUT_SOFFICE();
  const auto& [format, stem] = GetParam();
  if (stem == "jiangsu-lianyungang-2023-2025") {
    ExpectJiangsuAsLibreOfficeKeptIt(Docx(stem), Converted(format, stem));
  } else if (stem == "sichuan-leshan-wutongqiao-2021-2025") {
    ExpectWutongqiaoAsLibreOfficeKeptIt(Docx(stem), Converted(format, stem));
  } else {
    testing::ExpectSameIndicators(stem, Docx(stem), Converted(format, stem));
    testing::ExpectSameOutline(stem, Docx(stem), Converted(format, stem));
  }
}

std::vector<Case> Cases() {
  std::vector<Case> cases;
  for (const std::string format : {"doc", "wps"}) {
    for (const std::string& stem : CorpusStems()) cases.push_back({format, stem});
  }
  return cases;
}

INSTANTIATE_TEST_SUITE_P(Plans, MswordCorpus, ::testing::ValuesIn(Cases()), [](const auto& info) {
  return info.param.format + "_" + info.param.stem.substr(0, info.param.stem.find('-')) + "_" +
         std::to_string(info.index % CorpusStems().size());
});

// A private TMPDIR, so that what the converter leaves there (nothing) can be seen.
class PrivateTmp {
 public:
  PrivateTmp() {
    std::string pattern = fs::temp_directory_path() / "plancheck-msword-test-XXXXXX";
    dir_ = mkdtemp(pattern.data());
  }
  ~PrivateTmp() { fs::remove_all(dir_); }
  const fs::path& dir() const { return dir_; }
  bool Empty() const { return fs::is_empty(dir_); }

 private:
  fs::path dir_;
};

TEST(MswordConverter, LeavesTheInputAndNoTemporaryFolder) {
  SKIP_WITHOUT_SOFFICE();
  const PrivateTmp tmp;
  // A name with a space and Chinese: passed as one argument, never through a shell.
  const fs::path input = tmp.dir() / "plans" / "松江 规划.doc";
  fs::create_directories(input.parent_path());
  fs::copy_file(FixturePath("doc", "shanghai-putuo-2020-2022.doc"), input);
  const std::string before = ReadFileBytes(input, kMaxPackageBytes);
  const auto mtime = fs::last_write_time(input);
  const ScopedEnv env("TMPDIR", tmp.dir().string());
  const Document doc = LoadDocument(input.string());
  EXPECT_EQ(doc.path, input.string());
  EXPECT_EQ(ReadFileBytes(input, kMaxPackageBytes), before);
  EXPECT_EQ(fs::last_write_time(input), mtime);
  fs::remove_all(input.parent_path());
  EXPECT_TRUE(tmp.Empty()) << "the conversion left files in " << tmp.dir();
}

TEST(MswordConverter, CorruptDocIsExitThreeNamingTheFile) {
  SKIP_WITHOUT_SOFFICE();
  const std::string path = FixturePath("doc", "hostile/corrupt.doc");
  try {
    LoadDocument(path);
    ADD_FAILURE() << "a corrupt .doc was read";
  } catch (const InputError& e) {
    EXPECT_EQ(e.path(), path);
    EXPECT_NE(std::string(e.what()).find("LibreOffice could not convert"), std::string::npos)
        << e.what();
  }
}

TEST(MswordConverter, WithoutLibreOfficeSaysWhatToDo) {
  const ScopedEnv env("PLANCHECK_SOFFICE", "/nonexistent/soffice");
  const std::string path = FixturePath("wps", "shanghai-putuo-2020-2022.wps");
  try {
    LoadDocument(path);
    ADD_FAILURE() << "read without LibreOffice";
  } catch (const InputError& e) {
    EXPECT_EQ(e.path(), path);
    EXPECT_NE(e.Message(true).find("用 Word/WPS 另存为 .docx，或安装 LibreOffice（apt-get install "
                                   "libreoffice-writer-nogui）"),
              std::string::npos)
        << e.Message(true);
    EXPECT_NE(std::string(e.what()).find("install LibreOffice"), std::string::npos) << e.what();
  }
}

TEST(MswordConverter, CommandLineExitsThreeWithoutLibreOffice) {
  const std::string path = FixturePath("doc", "shanghai-putuo-2020-2022.doc");
  const std::string command = "PLANCHECK_SOFFICE=/nonexistent " + std::string(PLANCHECK_BINARY) +
                              " check --lang zh '" + path + "' 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string out;
  char buffer[4096];
  while (std::fgets(buffer, sizeof buffer, pipe) != nullptr) out += buffer;
  const int status = pclose(pipe);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 3) << out;
  EXPECT_NE(out.find("另存为 .docx"), std::string::npos) << out;
}

// A soffice that never finishes is stopped at the time limit, its process group killed, and the
// temporary folder removed.
TEST(MswordConverter, TimeLimitStopsAHungConversion) {
  const PrivateTmp tmp;
  const fs::path script = tmp.dir() / "hung-soffice";
  {
    std::ofstream out(script);
    out << "#!/bin/sh\nsleep 30 &\nwait\n";
  }
  fs::permissions(script, fs::perms::owner_all);
  const fs::path temp = tmp.dir() / "tmp";
  fs::create_directory(temp);
  const ScopedEnv soffice("PLANCHECK_SOFFICE", script.string());
  const ScopedEnv timeout("PLANCHECK_SOFFICE_TIMEOUT", "1");
  const ScopedEnv tmpdir("TMPDIR", temp.string());
  const auto start = std::chrono::steady_clock::now();
  try {
    LoadDocument(FixturePath("doc", "shanghai-putuo-2020-2022.doc"));
    ADD_FAILURE() << "a hung conversion returned";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("within 1 s"), std::string::npos) << e.what();
  }
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
  EXPECT_TRUE(fs::is_empty(temp)) << "the temporary folder was left behind";
}

}  // namespace
}  // namespace plancheck
