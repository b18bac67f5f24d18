// What plancheck writes never costs the user a file: --output and --write-baseline (devices, links,
// inputs), and the audit's --out folder (others' files, versions, leftovers, the lock).
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>

#include "checker/cli/audit_store.h"
#include "checker/cli/output_file.h"
#include "checker/cli/usage_error.h"

namespace plancheck::cli {
namespace {

namespace fs = std::filesystem;
using report::Lang;

const std::vector<std::string> kShown = {"index.html", "summary.json", "plans"};

class TempDir {
 public:
  explicit TempDir(const std::string& name) : path_(fs::temp_directory_path() / name) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }
  fs::path Touch(const std::string& relative, const std::string& content = "x") const {
    fs::create_directories((path_ / relative).parent_path());
    std::ofstream(path_ / relative) << content;
    return path_ / relative;
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

std::size_t Entries(const fs::path& dir) {
  return static_cast<std::size_t>(
      std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

std::string MessageOf(const std::function<void()>& f) {
  try {
    f();
  } catch (const UsageError& e) {
    return e.what();
  }
  return "";
}

TEST(OutputFile, ReplacesARegularFileKeepingItsModeAndLeavesNoTemporary) {
  const TempDir dir("plancheck-output-regular");
  const fs::path target = dir.Touch("report.json", "old");
  ::chmod(target.c_str(), 0600);
  WriteOutputFile(target.string(), "new", Lang::kEn);
  EXPECT_EQ(Read(target), "new");
  EXPECT_EQ(fs::status(target).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write);
  EXPECT_EQ(Entries(dir.path()), 1u);
}

TEST(OutputFile, AnUnwritableTargetIsNamedNotTheTemporaryFile) {
  const TempDir dir("plancheck-output-missing-dir");
  const std::string target = (dir.path() / "no/such/dir/report.json").string();
  const std::string message = MessageOf([&] { WriteOutputFile(target, "x", Lang::kEn); });
  EXPECT_EQ(message.rfind(target + ": cannot write:", 0), 0u) << message;
  EXPECT_EQ(message.find(".tmp-"), std::string::npos) << message;
}

// shared/repro/dataloss-output-replaces-device-node.sh: the link stays a link.
TEST(OutputFile, ASymbolicLinkIsFollowedAndKept) {
  const TempDir dir("plancheck-output-link");
  dir.Touch("target.txt", "keep");
  fs::create_symlink("target.txt", dir.path() / "link.txt");
  WriteOutputFile((dir.path() / "link.txt").string(), "report", Lang::kEn);
  EXPECT_TRUE(fs::is_symlink(dir.path() / "link.txt"));
  EXPECT_EQ(Read(dir.path() / "target.txt"), "report");
  // A dangling link creates the file it names, as a shell's > does.
  fs::create_symlink("new.txt", dir.path() / "dangling.txt");
  WriteOutputFile((dir.path() / "dangling.txt").string(), "made", Lang::kEn);
  EXPECT_TRUE(fs::is_symlink(dir.path() / "dangling.txt"));
  EXPECT_EQ(Read(dir.path() / "new.txt"), "made");
  fs::create_symlink("loop-b", dir.path() / "loop-a");
  fs::create_symlink("loop-a", dir.path() / "loop-b");
  EXPECT_NE(MessageOf([&] {
              WriteOutputFile((dir.path() / "loop-a").string(), "x", Lang::kEn);
            }).find("loop"),
            std::string::npos);
}

// shared/repro/dataloss-output-replaces-device-node.sh: /dev/null stays a device.
TEST(OutputFile, DevicesAndFifosAreWrittenInPlace) {
  WriteOutputFile("/dev/null", "report", Lang::kEn);
  struct stat st {};
  ASSERT_EQ(::stat("/dev/null", &st), 0);
  EXPECT_TRUE(S_ISCHR(st.st_mode));
  const TempDir dir("plancheck-output-fifo");
  const fs::path fifo = dir.path() / "pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::string got;
  std::thread reader([&] { got = Read(fifo); });
  WriteOutputFile(fifo.string(), "through the pipe", Lang::kEn);
  reader.join();
  EXPECT_EQ(got, "through the pipe");
  EXPECT_EQ(fs::status(fifo).type(), fs::file_type::fifo);
  EXPECT_NE(MessageOf([&] { WriteOutputFile("/dev/full", "x", Lang::kEn); }).find("/dev/full"),
            std::string::npos);
  EXPECT_NE(MessageOf([&] { WriteOutputFile(dir.path().string(), "x", Lang::kEn); }).find("folder"),
            std::string::npos);
}

// shared/repro/self-overwrite.sh: check X --output X overwrote the plan.
TEST(OutputFile, AnOutputThatIsAnInputIsRefused) {
  const TempDir dir("plancheck-output-self");
  const fs::path plan = dir.Touch("plan.txt", "the plan");
  fs::create_symlink("plan.txt", dir.path() / "alias.txt");
  EXPECT_THROW(RefuseOutputOverInput("--output", plan.string(), {plan.string()}, Lang::kEn),
               UsageError);
  EXPECT_THROW(RefuseOutputOverInput("--output", (dir.path() / "alias.txt").string(),
                                     {plan.string()}, Lang::kEn),
               UsageError);
  EXPECT_NO_THROW(RefuseOutputOverInput("--output", (dir.path() / "other.txt").string(),
                                        {plan.string()}, Lang::kEn));
  EXPECT_NO_THROW(RefuseOutputOverInput("--output", "/dev/null", {"/dev/null"}, Lang::kEn));
  EXPECT_EQ(Read(plan), "the plan");
}

TEST(AuditStore, CommitShowsTheNewVersionThroughLinksAndKeepsOthersFiles) {
  const TempDir dir("plancheck-store-commit");
  const fs::path out = dir.path() / "reports";
  dir.Touch("reports/README.txt", "the user's own file");
  {
    AuditStore store(out.string(), kShown, Lang::kEn);
    store.Write("plans/a.report.html", "a");
    store.Write("index.html", "index one");
    store.Write("summary.json", "{}");
    EXPECT_FALSE(fs::exists(out / "index.html"));  // nothing shows before the commit
    store.Commit();
  }
  EXPECT_EQ(Read(out / "index.html"), "index one");
  EXPECT_EQ(Read(out / "plans/a.report.html"), "a");
  EXPECT_TRUE(fs::is_symlink(out / "plans"));
  EXPECT_EQ(Read(out / "README.txt"), "the user's own file");
  {
    AuditStore store(out.string(), kShown, Lang::kEn);
    store.Write("plans/b.report.html", "b");
    store.Write("index.html", "index two");
    store.Write("summary.json", "{}");
    store.Commit();
  }
  EXPECT_EQ(Read(out / "index.html"), "index two");
  EXPECT_FALSE(fs::exists(out / "plans/a.report.html"));  // stale reports go with their version
  // One version, the marker, the lock and the current link: nothing else accumulates.
  EXPECT_EQ(Entries(out / ".plancheck"), 4u);
}

TEST(AuditStore, TheSameReportsGiveTheSameVersion) {
  const TempDir dir("plancheck-store-same");
  const fs::path out = dir.path() / "reports";
  std::string first;
  for (int run = 0; run < 2; ++run) {
    AuditStore store(out.string(), kShown, Lang::kEn);
    store.Write("index.html", "same");
    store.Commit();
    const std::string version = fs::read_symlink(out / ".plancheck/current").string();
    if (run == 0) first = version;
    EXPECT_EQ(version, first);
  }
}

TEST(AuditStore, AbandonedStagingLeavesTheOldReportsAndIsRemovedNextTime) {
  const TempDir dir("plancheck-store-abandon");
  const fs::path out = dir.path() / "reports";
  {
    AuditStore store(out.string(), kShown, Lang::kEn);
    store.Write("index.html", "old");
    store.Commit();
  }
  {
    AuditStore store(out.string(), kShown, Lang::kEn);
    store.Write("index.html", "half");
  }  // never committed (an error, or Ctrl-C unwinding)
  EXPECT_EQ(Read(out / "index.html"), "old");
  // What a SIGKILL leaves: a staging folder and a version nobody points at.
  dir.Touch("reports/.plancheck/staging-abc123/index.html", "killed");
  dir.Touch("reports/.plancheck/run-0000000000000000/index.html", "orphan");
  dir.Touch("reports/.plancheck-staging-Ab12Cd/plans/x.html", "older plancheck's leftover");
  { AuditStore store(out.string(), kShown, Lang::kEn); }
  EXPECT_FALSE(fs::exists(out / ".plancheck/staging-abc123"));
  EXPECT_FALSE(fs::exists(out / ".plancheck/run-0000000000000000"));
  EXPECT_FALSE(fs::exists(out / ".plancheck-staging-Ab12Cd"));
  EXPECT_EQ(Read(out / "index.html"), "old");
}

// shared/repro/dataloss-audit-out-deletes-plans-folder.sh: plans/ held the user's plans.
TEST(AuditStore, AFolderOrFileOfSomeoneElsesIsRefusedAndUntouched) {
  const TempDir dir("plancheck-store-foreign");
  const fs::path out = dir.path() / "out";
  dir.Touch("out/plans/my-plan.txt", "a plan");
  dir.Touch("out/plans/notes.doc", "my notes");
  const std::string message = MessageOf([&] { AuditStore store(out.string(), kShown, Lang::kEn); });
  EXPECT_NE(message.find("not a report plancheck wrote"), std::string::npos) << message;
  EXPECT_EQ(Read(out / "plans/my-plan.txt"), "a plan");
  EXPECT_EQ(Read(out / "plans/notes.doc"), "my notes");
  dir.Touch("out2/index.html", "my own page");
  EXPECT_THROW(AuditStore((dir.path() / "out2").string(), kShown, Lang::kEn), UsageError);
  EXPECT_EQ(Read(dir.path() / "out2/index.html"), "my own page");
}

TEST(AuditStore, AnEarlierPlancheckAuditIsReplacedOnlyWhereItsSummaryListsIt) {
  const TempDir dir("plancheck-store-legacy");
  const fs::path out = dir.path() / "reports";
  dir.Touch("reports/summary.json",
            R"({"tool": {"name": "plancheck"}, "plans": [{"reports": {"html": "plans/a.html"}}]})");
  dir.Touch("reports/index.html", "old index");
  dir.Touch("reports/plans/a.html", "old a");
  {
    AuditStore store(out.string(), kShown, Lang::kEn);
    store.Write("index.html", "new index");
    store.Write("plans/a.report.html", "new a");
    store.Commit();
  }
  EXPECT_TRUE(fs::is_symlink(out / "index.html"));
  EXPECT_TRUE(fs::is_symlink(out / "plans"));
  EXPECT_EQ(Read(out / "plans/a.report.html"), "new a");
  EXPECT_FALSE(fs::exists(out / "summary.json"));  // it went with the old audit
  // A legacy plans/ with a file the summary does not list is someone's: refused, untouched.
  const TempDir other("plancheck-store-legacy-mixed");
  other.Touch("r/summary.json", R"({"tool": {"name": "plancheck"}, "plans": []})");
  other.Touch("r/plans/notes.doc", "mine");
  EXPECT_THROW(AuditStore((other.path() / "r").string(), kShown, Lang::kEn), UsageError);
  EXPECT_EQ(Read(other.path() / "r/plans/notes.doc"), "mine");
}

// shared/repro/concurrent-audits-mixed-output.sh: two audits interleaved in one folder.
TEST(AuditStore, ASecondAuditIntoTheSameFolderIsRefusedWhileTheFirstRuns) {
  const TempDir dir("plancheck-store-lock");
  const fs::path out = dir.path() / "reports";
  AuditStore first(out.string(), kShown, Lang::kEn);
  const std::string message =
      MessageOf([&] { AuditStore second(out.string(), kShown, Lang::kEn); });
  EXPECT_NE(message.find("another plancheck audit"), std::string::npos) << message;
  first.Write("index.html", "first");
  first.Commit();
  EXPECT_EQ(Read(out / "index.html"), "first");
}

TEST(AuditStore, AStoreNameTakenBySomethingElseIsRefused) {
  const TempDir dir("plancheck-store-taken");
  dir.Touch("out/.plancheck/notes.txt", "not plancheck's");
  EXPECT_THROW(AuditStore((dir.path() / "out").string(), kShown, Lang::kEn), UsageError);
  EXPECT_EQ(Read(dir.path() / "out/.plancheck/notes.txt"), "not plancheck's");
}

}  // namespace
}  // namespace plancheck::cli
