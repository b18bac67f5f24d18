#include "checker/cli/atomic_write.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>
#include <vector>

#include <fmt/format.h>

#include "checker/cli/usage_error.h"
#include "checker/report/common.h"

namespace plancheck::cli {
namespace fs = std::filesystem;
using report::Tr;

namespace {

[[noreturn]] void Fail(const std::string& path, report::Lang lang, const std::string& why) {
  throw UsageError(fmt::format("{}: {}{}", path, Tr(lang, "无法写入：", "cannot write: "), why));
}

std::string RandomSuffix() {
  std::random_device device;
  return fmt::format("{:08x}", device());
}

// Writes the whole of `content` to a new file (mode 0666 less the umask) and flushes it to disk.
void WriteNewFile(const std::string& path, std::string_view content, report::Lang lang) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) Fail(path, lang, std::strerror(errno));
  std::size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const std::string why = std::strerror(errno);
      ::close(fd);
      ::unlink(path.c_str());
      Fail(path, lang, why);
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    const std::string why = std::strerror(errno);
    ::unlink(path.c_str());
    Fail(path, lang, why);
  }
}

// Swaps two paths in one step where the kernel can, else moves the old one aside first.
void Swap(const fs::path& staged, const fs::path& live) {
  if (::renameat2(AT_FDCWD, staged.c_str(), AT_FDCWD, live.c_str(), RENAME_EXCHANGE) == 0) return;
  const fs::path aside = staged.string() + ".old";
  fs::rename(live, aside);
  fs::rename(staged, live);
  fs::rename(aside, staged);
}

}  // namespace

void WriteFileAtomically(const std::string& path, std::string_view content, report::Lang lang) {
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  const std::string temp =
      (dir / ("." + target.filename().string() + ".tmp-" + RandomSuffix())).string();
  WriteNewFile(temp, content, lang);
  std::error_code ec;
  fs::rename(temp, target, ec);
  if (ec) {
    fs::remove(temp);
    Fail(path, lang, ec.message());
  }
}

StagedDir::StagedDir(const std::string& out, report::Lang lang) : out_(out), lang_(lang) {
  std::error_code ec;
  fs::create_directories(out_, ec);
  if (ec || !fs::is_directory(out_)) Fail(out_, lang_, ec ? ec.message() : "not a folder");
  std::string pattern = (fs::path(out_) / ".plancheck-staging-XXXXXX").string();
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  if (::mkdtemp(buffer.data()) == nullptr) Fail(out_, lang_, std::strerror(errno));
  staging_ = buffer.data();
}

StagedDir::~StagedDir() {
  std::error_code ec;
  fs::remove_all(staging_, ec);
}

std::string StagedDir::StagingPath(const std::string& relative) {
  const fs::path path = fs::path(staging_) / relative;
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (ec) Fail((fs::path(out_) / relative).string(), lang_, ec.message());
  return path.string();
}

void StagedDir::Write(const std::string& relative, std::string_view content) {
  WriteNewFile(StagingPath(relative), content, lang_);
}

void StagedDir::Commit() {
  std::vector<fs::path> entries;
  for (const fs::directory_entry& entry : fs::directory_iterator(staging_)) {
    entries.push_back(entry.path());
  }
  std::sort(entries.begin(), entries.end());
  // Folders first, so that index.html never links to reports that are not there yet.
  std::stable_partition(entries.begin(), entries.end(),
                        [](const fs::path& p) { return fs::is_directory(p); });
  try {
    for (const fs::path& staged : entries) {
      const fs::path live = fs::path(out_) / staged.filename();
      if (fs::is_directory(staged) && fs::exists(live)) {
        Swap(staged, live);
      } else {
        fs::rename(staged, live);
      }
    }
  } catch (const fs::filesystem_error& e) {
    Fail(out_, lang_, e.what());
  }
}

}  // namespace plancheck::cli
