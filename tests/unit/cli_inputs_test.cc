// Folder walking, unreadable entries, display names, the language, --region.
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "checker/cli/inputs.h"
#include "checker/cli/lang.h"
#include "checker/cli/region_option.h"
#include "checker/cli/usage_error.h"
#include "checker/decode/input_error.h"
#include "checker/report/skipped.h"

namespace plancheck::cli {
namespace {

namespace fs = std::filesystem;
using report::Lang;

class TempDir {
 public:
  explicit TempDir(const std::string& name) : path_(fs::temp_directory_path() / name) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }
  void Touch(const std::string& relative, const std::string& content = "x") const {
    fs::create_directories((path_ / relative).parent_path());
    std::ofstream(path_ / relative) << content;
  }

 private:
  fs::path path_;
};

TEST(CliInputs, FoldersWalkedSortedForPlansOnly) {
  const TempDir dir("plancheck-inputs");
  for (const char* f : {"b.txt", "a.md", "sub/c.DOCX", "sub/notes.xls", ".hidden/d.txt",
                        "sub/.e.txt", "sub/~$lock.docx"}) {
    dir.Touch(f);
  }
  const std::string root = dir.path().string();
  const std::vector<std::string> files =
      ExpandInputs({root + "/", root + "/b.txt"}, Lang::kEn).files;
  ASSERT_EQ(files.size(), 3u);
  EXPECT_EQ(files[0], root + "/a.md");
  EXPECT_EQ(files[1], root + "/b.txt");
  EXPECT_EQ(files[2], root + "/sub/c.DOCX");
}

TEST(CliInputs, MissingPathIsUnreadableAndNothingToCheckIsAUsageError) {
  const PlanInputs missing = ExpandInputs({"/nonexistent/plan.txt", "corpus/"}, Lang::kEn);
  ASSERT_EQ(missing.unreadable.size(), 1u);
  EXPECT_EQ(missing.unreadable[0].path, "/nonexistent/plan.txt");
  EXPECT_NE(missing.unreadable[0].message.find("no such file"), std::string::npos);
  EXPECT_EQ(missing.files.size(), 5u);  // the rest are still checked
  const TempDir dir("plancheck-inputs-empty");
  dir.Touch("readme.pptx");
  EXPECT_THROW(ExpandInputs({dir.path().string()}, Lang::kEn), UsageError);
}

TEST(CliInputs, EveryFileNotCheckedIsListedWithTheReason) {
  const TempDir dir("plancheck-inputs-skipped");
  for (const char* f : {"plan.txt", "表1.xls", "表2.XLS", "scan.jpg", "all.zip", "NOTES",
                        "~$plan.docx", ".DS_Store"}) {
    dir.Touch(f);
  }
  const PlanInputs found = ExpandInputs({dir.path().string()}, Lang::kZh);
  ASSERT_EQ(found.files.size(), 1u);
  // Word's lock file and hidden files are nobody's documents: not listed.
  ASSERT_EQ(found.skipped.size(), 5u);
  EXPECT_EQ(report::SkippedSummary(found.skipped, Lang::kZh),
            "跳过 5 个文件：2 × .xls（表格文件，不是规划文件格式），"
            "1 × .jpg（图片：扫描件请先做文字识别（OCR）或要来原文档），"
            "1 × .zip（压缩包：请先解压），1 × 无扩展名（不是 plancheck 能读的文件格式）");
  // A folder with only such files says what it found, not just "nothing".
  const TempDir only("plancheck-inputs-only-sheets");
  only.Touch("a.xls");
  only.Touch("b.et");
  try {
    ExpandInputs({only.path().string()}, Lang::kEn);
    ADD_FAILURE();
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("skipped 2 file(s)"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("spreadsheet"), std::string::npos) << e.what();
  }
}

// shared/repro/symlink-loop-aborts-run.sh: one looping link aborted the whole run.
TEST(CliInputs, ALoopingLinkIsUnreadableAndTheOtherPlansAreFound) {
  const TempDir dir("plancheck-inputs-loop");
  dir.Touch("plan.txt");
  fs::create_symlink("b.txt", dir.path() / "a.txt");
  fs::create_symlink("a.txt", dir.path() / "b.txt");
  const PlanInputs found = ExpandInputs({dir.path().string()}, Lang::kZh);
  ASSERT_EQ(found.files.size(), 1u);
  EXPECT_EQ(fs::path(found.files[0]).filename(), "plan.txt");
  ASSERT_EQ(found.unreadable.size(), 2u);
  EXPECT_NE(found.unreadable[0].message.find("符号链接循环"), std::string::npos);
  const PlanInputs named = ExpandInputs({(dir.path() / "a.txt").string()}, Lang::kEn);
  ASSERT_EQ(named.unreadable.size(), 1u);
  EXPECT_NE(named.unreadable[0].message.find("loop"), std::string::npos);
}

TEST(CliInputs, SkippedFoldersAreNotWalked) {
  const TempDir dir("plancheck-inputs-skip");
  dir.Touch("plan.txt");
  dir.Touch("reports/plans/plan.report.md");
  const PlanInputs found =
      ExpandInputs({dir.path().string()}, Lang::kEn, {(dir.path() / "reports").string()});
  ASSERT_EQ(found.files.size(), 1u);
  EXPECT_EQ(fs::path(found.files[0]).filename(), "plan.txt");
}

// shared/repro/non-utf8-name-corrupt-xlsx.sh: reports must be valid UTF-8 whatever the name.
TEST(CliInputs, DisplayPathsAreUtf8) {
  EXPECT_EQ(DisplayPath("corpus/松江.txt"), "corpus/松江.txt");
  // 松江 in GBK, as a Windows zip without the UTF-8 flag leaves it.
  EXPECT_EQ(DisplayPath("in/\xCB\xC9\xBD\xAD.txt"), "in/松江.txt");
  EXPECT_EQ(DisplayPath("plan-\xff\xfe.txt"), "plan-\xEF\xBF\xBD\xEF\xBF\xBD.txt");
}

TEST(CliInputs, RelativePathsStayRelative) {
  const std::vector<std::string> files = ExpandInputs({"./corpus/"}, Lang::kEn).files;
  ASSERT_FALSE(files.empty());
  EXPECT_EQ(files[0].rfind("corpus/", 0), 0u) << files[0];
}

TEST(CliLang, FlagThenLocale) {
  EXPECT_EQ(ResolveLang("en"), Lang::kEn);
  EXPECT_EQ(ResolveLang("zh"), Lang::kZh);
  const char* saved = std::getenv("LANG");
  const std::string keep = saved != nullptr ? saved : "";
  ::unsetenv("LC_ALL");
  ::unsetenv("LC_MESSAGES");
  ::setenv("LANG", "en_US.UTF-8", 1);
  EXPECT_EQ(ResolveLang(""), Lang::kEn);
  ::setenv("LANG", "zh_CN.UTF-8", 1);
  EXPECT_EQ(ResolveLang(""), Lang::kZh);
  EXPECT_EQ(ResolveLang("en"), Lang::kEn);
  ::setenv("LANG", "C.UTF-8", 1);
  EXPECT_EQ(ResolveLang(""), Lang::kZh);
  if (saved != nullptr) {
    ::setenv("LANG", keep.c_str(), 1);
  } else {
    ::unsetenv("LANG");
  }
}

TEST(CliRegion, ResolvedWithTheGazetteer) {
  Metadata m;
  ApplyRegionOption("四川省/乐山市/五通桥区", m, Lang::kEn);
  EXPECT_EQ(m.region.province, "四川省");
  EXPECT_EQ(m.region.city, "乐山市");
  EXPECT_EQ(m.region.county, "五通桥区");
  EXPECT_EQ(m.level, "county");
  ApplyRegionOption("上海市/普陀区", m, Lang::kEn);
  EXPECT_EQ(m.region.province, "上海市");
  EXPECT_EQ(m.region.county, "普陀区");
  ApplyRegionOption("连云港市", m, Lang::kEn);
  EXPECT_EQ(m.level, "city");
  EXPECT_EQ(m.region.province, "江苏省");
  // 普陀区 alone is in 上海市 and in 舟山市.
  EXPECT_THROW(ApplyRegionOption("普陀区", m, Lang::kEn), UsageError);
  EXPECT_THROW(ApplyRegionOption("火星市", m, Lang::kEn), UsageError);
}

}  // namespace
}  // namespace plancheck::cli
