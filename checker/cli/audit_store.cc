#include "checker/cli/audit_store.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "checker/cli/output_file.h"
#include "checker/cli/usage_error.h"
#include "checker/report/common.h"

namespace plancheck::cli {
namespace fs = std::filesystem;
using report::Tr;

namespace {

constexpr const char* kStore = ".plancheck";
constexpr const char* kMarker = "README.txt";
constexpr const char* kMarkerFirstLine = "plancheck audit store";
constexpr const char* kMarkerText =
    "plancheck audit store\n"
    "plancheck 审查报告的存放处：上一级文件夹里的 index.html、plans/ 等是指向这里的链接。\n"
    "请不要在这里放文件：plancheck 每次审查都会清理这里不属于当前报告的内容。\n"
    "The reports the folder above shows (index.html, plans/, …) are links into this folder.\n"
    "Keep no files here: each audit removes what is not part of the current reports.\n";

[[noreturn]] void Fail(const std::string& shown, report::Lang lang, const std::string& why) {
  throw UsageError(fmt::format("{}: {}{}", shown, Tr(lang, "无法写入：", "cannot write: "), why));
}

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void SyncFolder(const std::string& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);  // durability only: a file system that cannot sync a folder still renamed it
  ::close(fd);
}

std::string RandomSuffix() {
  std::random_device device;
  return fmt::format("{:08x}", device());
}

// Every file under `root`, relative and sorted, so a version's hash does not depend on readdir.
std::vector<std::string> FilesUnder(const fs::path& root) {
  std::vector<std::string> files;
  for (const fs::directory_entry& e : fs::recursive_directory_iterator(root)) {
    if (e.is_regular_file()) files.push_back(fs::relative(e.path(), root).generic_string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// FNV-1a over names and contents: a name for the version, not a security measure (a collision
// is caught by comparing the files themselves).
std::string VersionName(const fs::path& root) {
  std::uint64_t h = 1469598103934665603ULL;
  const auto mix = [&h](std::string_view bytes) {
    for (const unsigned char c : bytes) h = (h ^ c) * 1099511628211ULL;
    h = (h ^ 0xFF) * 1099511628211ULL;  // a separator no byte sequence can fake
  };
  for (const std::string& file : FilesUnder(root)) {
    mix(file);
    mix(Slurp(root / file));
  }
  return fmt::format("run-{:016x}", h);
}

bool SameFiles(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  if (!fs::is_directory(a, ec) || !fs::is_directory(b, ec)) return false;
  const std::vector<std::string> files = FilesUnder(a);
  if (files != FilesUnder(b)) return false;
  return std::all_of(files.begin(), files.end(),
                     [&](const std::string& f) { return Slurp(a / f) == Slurp(b / f); });
}

std::string LinkTarget(const std::string& name) { return std::string(kStore) + "/current/" + name; }

// The report paths an earlier plancheck's summary.json lists: that audit's own files.
std::set<std::string> LegacyReports(const fs::path& out) {
  std::set<std::string> reports;
  std::error_code ec;
  if (!fs::is_regular_file(fs::symlink_status(out / "summary.json", ec))) return reports;
  const nlohmann::json summary = nlohmann::json::parse(Slurp(out / "summary.json"), nullptr, false);
  if (!summary.is_object() || !summary.contains("tool") || !summary["tool"].is_object() ||
      !summary["tool"].contains("name") || summary["tool"]["name"] != "plancheck") {
    return reports;
  }
  reports.insert("summary.json");
  for (const char* f : {"index.html", "matrix.csv", "matrix.xlsx"}) reports.insert(f);
  for (const nlohmann::json& plan : summary.value("plans", nlohmann::json::array())) {
    if (!plan.is_object() || !plan.contains("reports") || !plan["reports"].is_object()) continue;
    for (const auto& [format, link] : plan["reports"].items()) {
      if (link.is_string()) reports.insert(link.get<std::string>());
    }
  }
  return reports;
}

}  // namespace

AuditStore::AuditStore(const std::string& out, std::vector<std::string> shown, report::Lang lang)
    : out_(out), store_((fs::path(out) / kStore).string()), shown_(std::move(shown)), lang_(lang) {
  std::error_code ec;
  fs::create_directories(out_, ec);
  if (ec || !fs::is_directory(out_)) {
    Fail(out_, lang_, ec ? ec.message() : Tr(lang_, "不是文件夹", "not a folder"));
  }
  OpenStore();
  TakeLock();
  RemoveLeftovers();
  CheckShownNames();
  std::string pattern = (fs::path(store_) / "staging-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) Fail(out_, lang_, std::strerror(errno));
  staging_ = pattern;
  // mkdtemp makes it private (0700); the version it becomes is read by whoever reads reports.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::chmod(staging_.c_str(), 0777 & ~mask);
}

AuditStore::~AuditStore() {
  std::error_code ec;
  if (!staging_.empty()) fs::remove_all(staging_, ec);
  if (lock_fd_ >= 0) ::close(lock_fd_);
}

std::string AuditStore::Shown(const std::string& relative) const {
  return (fs::path(out_) / relative).string();
}

// OUT/.plancheck is plancheck's: made with a marker, and refused when something else has the name.
void AuditStore::OpenStore() {
  std::error_code ec;
  const fs::file_status status = fs::symlink_status(store_, ec);
  if (status.type() == fs::file_type::not_found) {
    if (!fs::create_directory(store_, ec) && ec) Fail(store_, lang_, ec.message());
    WriteOutputFile((fs::path(store_) / kMarker).string(), kMarkerText, lang_);
  } else {
    const std::string marker = fs::is_directory(status) ? Slurp(fs::path(store_) / kMarker) : "";
    if (marker.rfind(kMarkerFirstLine, 0) != 0) {
      throw UsageError(fmt::format(
          fmt::runtime(
              Tr(lang_,
                 "{}：这个名字已被别的东西占用，不是 plancheck 的报告存放处；请换一个 --out 文件夹",
                 "{}: this name is taken by something that is not plancheck's report "
                 "store; choose another --out folder")),
          store_));
    }
  }
  // Links are how a version is committed in one step; say so plainly where they cannot be made.
  const std::string probe = (fs::path(store_) / ("probe-" + RandomSuffix())).string();
  if (::symlink("probe", probe.c_str()) != 0) {
    Fail(out_, lang_,
         fmt::format(
             fmt::runtime(Tr(lang_, "这里的文件系统不能建符号链接（{}）；请把 --out 放在本地磁盘上",
                             "this file system cannot make symbolic links ({}); put --out "
                             "on a local disk")),
             std::strerror(errno)));
  }
  ::unlink(probe.c_str());
}

void AuditStore::TakeLock() {
  const std::string lock = (fs::path(store_) / "lock").string();
  lock_fd_ = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (lock_fd_ < 0) Fail(lock, lang_, std::strerror(errno));
  if (::flock(lock_fd_, LOCK_EX | LOCK_NB) == 0) return;
  const int error = errno;
  if (error != EWOULDBLOCK) Fail(lock, lang_, std::strerror(error));
  throw UsageError(fmt::format(
      fmt::runtime(Tr(
          lang_, "{}：另一个 plancheck 审查正在写入这个文件夹；请等它结束后再运行，或换一个 --out",
          "{}: another plancheck audit is writing into this folder; run again when it "
          "has finished, or choose another --out")),
      out_));
}

// Under the lock nobody else writes here: staging folders and versions nobody points at are what
// killed audits left (this one's and, directly in OUT, the .plancheck-staging-* of older
// plancheck versions).
void AuditStore::RemoveLeftovers() {
  std::error_code ec;
  const fs::path current = fs::read_symlink(fs::path(store_) / "current", ec);
  // Only a version of ours counts: a link someone pointed elsewhere is garbage, not a target.
  const std::string name = current.string();
  if (!ec && name.rfind("run-", 0) == 0 && name.find('/') == std::string::npos &&
      fs::is_directory(fs::symlink_status(fs::path(store_) / name, ec))) {
    current_ = name;
  }
  const std::set<std::string> keep = {kMarker, "lock", "current", current_};
  for (const fs::directory_entry& e : fs::directory_iterator(store_, ec)) {
    if (keep.count(e.path().filename().string()) == 0) fs::remove_all(e.path(), ec);
  }
  for (const fs::directory_entry& e : fs::directory_iterator(out_, ec)) {
    const std::string name = e.path().filename().string();
    if (name.rfind(".plancheck-staging-", 0) == 0 && name.size() == 25 && e.is_directory(ec) &&
        !e.is_symlink(ec)) {
      fs::remove_all(e.path(), ec);
    }
  }
}

// A file someone put into the current version (through the plans/ link) is theirs, not ours: the
// version's summary.json lists every file plancheck wrote there.
void AuditStore::CheckCurrentVersion() const {
  if (current_.empty()) return;
  const fs::path version = fs::path(store_) / current_;
  const std::set<std::string> ours = LegacyReports(version);
  if (ours.empty()) return;
  for (const std::string& file : FilesUnder(version)) {
    if (ours.count(file) == 0) RefuseForeign((fs::path(out_) / file).string());
  }
}

void AuditStore::RefuseForeign(const std::string& path) const {
  throw UsageError(fmt::format(
      fmt::runtime(Tr(lang_,
                      "{}：不是 plancheck 写的报告。plancheck 只替换它自己写的文件；请换一个 "
                      "--out 文件夹，或先把它移走",
                      "{}: not a report plancheck wrote. plancheck replaces only its own "
                      "files; choose another --out folder, or move it away first")),
      path));
}

void AuditStore::CheckShownNames() {
  CheckCurrentVersion();
  const std::set<std::string> legacy = LegacyReports(out_);
  for (const std::string& name : shown_) {
    const fs::path path = fs::path(out_) / name;
    std::error_code ec;
    const fs::file_status status = fs::symlink_status(path, ec);
    if (status.type() == fs::file_type::not_found) continue;
    if (status.type() == fs::file_type::symlink && fs::read_symlink(path, ec) == LinkTarget(name)) {
      continue;
    }
    std::string foreign;
    if (fs::is_regular_file(status) && legacy.count(name) == 0) foreign = path.string();
    if (fs::is_directory(status)) {
      for (const fs::directory_entry& e : fs::recursive_directory_iterator(path, ec)) {
        const std::string rel = fs::relative(e.path(), out_).generic_string();
        if (!fs::is_directory(e.symlink_status(ec)) && legacy.count(rel) == 0) {
          foreign = e.path().string();
          break;
        }
      }
    } else if (!fs::is_regular_file(status)) {
      foreign = path.string();
    }
    if (!foreign.empty()) RefuseForeign(foreign);
  }
}

std::string AuditStore::StagingPath(const std::string& relative) {
  const fs::path path = fs::path(staging_) / relative;
  std::error_code ec;
  {
    const std::lock_guard<std::mutex> lock(folders_);
    fs::create_directories(path.parent_path(), ec);
  }
  if (ec) Fail(Shown(relative), lang_, ec.message());
  return path.string();
}

void AuditStore::Write(const std::string& relative, std::string_view content) {
  // Synced with the whole staging folder at Commit: one sync, not one per file of the audit.
  WriteNewFile(StagingPath(relative), content, Shown(relative), lang_, Sync::kLater);
}

void AuditStore::Commit() {
  const fs::path store(store_);
  std::string name = VersionName(staging_);
  std::error_code ec;
  if (name == current_ && SameFiles(staging_, store / current_)) {
    fs::remove_all(staging_, ec);  // the same reports as those readers see: nothing to change
  } else {
    if (name == current_) name.append("-").append(RandomSuffix());  // not "-" +: GCC 12 -Wrestrict
    // Every staged file on disk before the rename makes it a version readers may see.
    if (!SyncFolderTree(staging_)) Fail(out_, lang_, std::strerror(errno));
    if (::rename(staging_.c_str(), (store / name).c_str()) != 0) {
      Fail(out_, lang_, std::strerror(errno));
    }
    SyncFolder(store_);
    const std::string link = (store / ("current-" + RandomSuffix())).string();
    if (::symlink(name.c_str(), link.c_str()) != 0 ||
        ::rename(link.c_str(), (store / "current").c_str()) != 0) {
      const std::string why = std::strerror(errno);
      ::unlink(link.c_str());
      Fail(out_, lang_, why);
    }
    SyncFolder(store_);  // committed: from here on readers see the new version
    if (!current_.empty()) fs::remove_all(store / current_, ec);
    current_ = name;
  }
  staging_.clear();
  LinkShownNames();
}

// The top-level links, made once; an earlier plancheck's plain files are replaced by them.
void AuditStore::LinkShownNames() {
  for (const std::string& name : shown_) {
    const fs::path path = fs::path(out_) / name;
    std::error_code ec;
    const bool ours = fs::is_symlink(path, ec) && fs::read_symlink(path, ec) == LinkTarget(name);
    if (!fs::exists(fs::path(store_) / current_ / name, ec)) {
      // This audit does not write it: no dangling link, and no earlier report beside the new
      // ones (CheckShownNames found it ours or an earlier plancheck's).
      fs::remove_all(path, ec);
      continue;
    }
    if (ours) continue;
    const std::string link = (fs::path(store_) / ("link-" + RandomSuffix())).string();
    if (::symlink(LinkTarget(name).c_str(), link.c_str()) != 0) {
      Fail(path.string(), lang_, std::strerror(errno));
    }
    const bool was_folder = fs::is_directory(fs::symlink_status(path, ec));
    const int done =
        was_folder ? ::renameat2(AT_FDCWD, link.c_str(), AT_FDCWD, path.c_str(), RENAME_EXCHANGE)
                   : ::rename(link.c_str(), path.c_str());
    if (done != 0) {
      const std::string why = std::strerror(errno);
      ::unlink(link.c_str());
      Fail(path.string(), lang_, why);
    }
    // The earlier plancheck's folder of reports now sits inside the store, where it goes.
    if (was_folder) fs::remove_all(link, ec);
  }
}

}  // namespace plancheck::cli
