// Folder walking, atomic writes, the output folder swap, the language, --region.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "checker/cli/atomic_write.h"
#include "checker/cli/inputs.h"
#include "checker/cli/lang.h"
#include "checker/cli/region_option.h"
#include "checker/cli/usage_error.h"
#include "checker/decode/input_error.h"

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

std::string Read(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(CliInputs, FoldersWalkedSortedForPlansOnly) {
  const TempDir dir("plancheck-inputs");
  for (const char* f : {"b.txt", "a.md", "sub/c.DOCX", "sub/notes.pdf", ".hidden/d.txt",
                        "sub/.e.txt", "sub/~$lock.docx"}) {
    dir.Touch(f);
  }
  const std::string root = dir.path().string();
  const std::vector<std::string> files = ExpandInputs({root + "/", root + "/b.txt"}, Lang::kEn);
  ASSERT_EQ(files.size(), 3u);
  EXPECT_EQ(files[0], root + "/a.md");
  EXPECT_EQ(files[1], root + "/b.txt");
  EXPECT_EQ(files[2], root + "/sub/c.DOCX");
}

TEST(CliInputs, MissingPathIsAnInputErrorAndNothingToCheckIsAUsageError) {
  EXPECT_THROW(ExpandInputs({"/nonexistent/plan.txt"}, Lang::kEn), InputError);
  const TempDir dir("plancheck-inputs-empty");
  dir.Touch("readme.pdf");
  EXPECT_THROW(ExpandInputs({dir.path().string()}, Lang::kEn), UsageError);
}

TEST(CliInputs, RelativePathsStayRelative) {
  const std::vector<std::string> files = ExpandInputs({"./corpus/"}, Lang::kEn);
  ASSERT_FALSE(files.empty());
  EXPECT_EQ(files[0].rfind("corpus/", 0), 0u) << files[0];
}

TEST(CliAtomicWrite, ReplacesTheFileAndLeavesNoTemporary) {
  const TempDir dir("plancheck-atomic");
  const fs::path target = dir.path() / "report.json";
  WriteFileAtomically(target.string(), "one", Lang::kEn);
  WriteFileAtomically(target.string(), "two", Lang::kEn);
  EXPECT_EQ(Read(target), "two");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);
  EXPECT_THROW(WriteFileAtomically((dir.path() / "no/such/dir/x").string(), "x", Lang::kEn),
               UsageError);
}

TEST(CliStagedDir, CommitSwapsReportsAndDropsStaleOnesButNothingElse) {
  const TempDir dir("plancheck-staged");
  const fs::path out = dir.path() / "reports";
  dir.Touch("reports/plans/old-plan.html", "stale");
  dir.Touch("reports/index.html", "old index");
  dir.Touch("reports/README.txt", "the user's own file");
  {
    StagedDir staged(out.string(), Lang::kEn);
    staged.Write("plans/new-plan.html", "new");
    staged.Write("index.html", "new index");
    // Not committed yet: the old reports are intact.
    EXPECT_EQ(Read(out / "index.html"), "old index");
    staged.Commit();
  }
  EXPECT_EQ(Read(out / "index.html"), "new index");
  EXPECT_EQ(Read(out / "plans/new-plan.html"), "new");
  EXPECT_FALSE(fs::exists(out / "plans/old-plan.html"));
  EXPECT_EQ(Read(out / "README.txt"), "the user's own file");
  for (const fs::directory_entry& e : fs::directory_iterator(out)) {
    EXPECT_EQ(e.path().filename().string().find(".plancheck-staging"), std::string::npos);
  }
}

TEST(CliStagedDir, AbandonedStagingLeavesTheOldReports) {
  const TempDir dir("plancheck-staged-abandon");
  dir.Touch("reports/index.html", "old index");
  {
    StagedDir staged((dir.path() / "reports").string(), Lang::kEn);
    staged.Write("index.html", "half");
  }
  EXPECT_EQ(Read(dir.path() / "reports/index.html"), "old index");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path() / "reports"), fs::directory_iterator()),
            1);
}

TEST(CliStagedDir, UnwritableOutIsAUsageError) {
  const TempDir dir("plancheck-staged-bad");
  dir.Touch("file");
  EXPECT_THROW(StagedDir((dir.path() / "file/reports").string(), Lang::kEn), UsageError);
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
