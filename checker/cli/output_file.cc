#include "checker/cli/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>

#include <fmt/format.h>

#include "checker/cli/usage_error.h"
#include "checker/report/common.h"

namespace plancheck::cli {
namespace fs = std::filesystem;
using report::Tr;

namespace {

[[noreturn]] void Fail(const std::string& shown, report::Lang lang, const std::string& why) {
  throw UsageError(fmt::format("{}: {}{}", shown, Tr(lang, "无法写入：", "cannot write: "), why));
}

std::string RandomSuffix() {
  std::random_device device;
  return fmt::format("{:08x}", device());
}

// Writes all of `content` to `fd`; false (errno set) on a short or failed write.
bool WriteAll(int fd, std::string_view content) {
  std::size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    if (n == 0) {
      errno = EIO;
      return false;
    }
    done += static_cast<std::size_t>(n);
  }
  return true;
}

// A device, FIFO or socket the user named (/dev/null, /dev/stdout): written where it is.
void WriteInPlace(const std::string& path, std::string_view content, const std::string& shown,
                  report::Lang lang) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) Fail(shown, lang, std::strerror(errno));
  const bool written = WriteAll(fd, content);
  const int write_errno = errno;
  if (::close(fd) != 0 && written) Fail(shown, lang, std::strerror(errno));
  if (!written) Fail(shown, lang, std::strerror(write_errno));
}

// The file a chain of symbolic links ends at (the path itself when it is no link). A dangling
// link ends at the path it names, which is then created, as a shell's `>` would.
std::string FollowLinks(const std::string& path, const std::string& shown, report::Lang lang) {
  fs::path at(path);
  for (int hops = 0; hops < 40; ++hops) {
    std::error_code ec;
    const fs::file_status status = fs::symlink_status(at, ec);
    if (ec || status.type() != fs::file_type::symlink) return at.string();
    const fs::path target = fs::read_symlink(at, ec);
    if (ec) Fail(shown, lang, ec.message());
    at = target.is_absolute() ? target : at.parent_path() / target;
  }
  Fail(shown, lang, Tr(lang, "符号链接循环", "the symbolic links form a loop"));
}

void ReplaceRegularFile(const std::string& path, std::string_view content, const std::string& shown,
                        report::Lang lang, const struct stat* old) {
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string name = ".";  // appended: GCC 12's bogus -Wrestrict on "." + string (GCC bug 105329)
  name += target.filename().string();
  name += ".tmp-";
  name += RandomSuffix();
  const std::string temp = (dir / name).string();
  WriteNewFile(temp, content, shown, lang);
  if (old != nullptr) ::chmod(temp.c_str(), old->st_mode & 07777);
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    ::unlink(temp.c_str());
    Fail(shown, lang, why);
  }
}

}  // namespace

void WriteNewFile(const std::string& path, std::string_view content, const std::string& shown,
                  report::Lang lang, Sync sync) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) Fail(shown, lang, std::strerror(errno));
  if (!WriteAll(fd, content) || (sync == Sync::kNow && ::fsync(fd) != 0)) {
    const std::string why = std::strerror(errno);
    ::close(fd);
    ::unlink(path.c_str());
    Fail(shown, lang, why);
  }
  if (::close(fd) != 0) {
    const std::string why = std::strerror(errno);
    ::unlink(path.c_str());
    Fail(shown, lang, why);
  }
}

bool SyncFolderTree(const std::string& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return false;
  const bool synced = ::syncfs(fd) == 0;
  ::close(fd);
  if (synced) return true;
  std::error_code ec;
  for (const fs::directory_entry& e : fs::recursive_directory_iterator(dir, ec)) {
    const int file = ::open(e.path().c_str(), O_RDONLY | O_CLOEXEC);
    if (file < 0) return false;
    const bool ok = ::fsync(file) == 0 || errno == EINVAL;  // a folder some systems cannot sync
    ::close(file);
    if (!ok) return false;
  }
  return !ec;
}

void WriteOutputFile(const std::string& path, std::string_view content, report::Lang lang) {
  const std::string real = FollowLinks(path, path, lang);
  struct stat st {};
  if (::stat(real.c_str(), &st) != 0) {
    if (errno != ENOENT) Fail(path, lang, std::strerror(errno));
    ReplaceRegularFile(real, content, path, lang, nullptr);
    return;
  }
  if (S_ISREG(st.st_mode)) {
    ReplaceRegularFile(real, content, path, lang, &st);
  } else if (S_ISDIR(st.st_mode)) {
    Fail(path, lang, Tr(lang, "这是一个文件夹，请给出文件名", "it is a folder; name a file"));
  } else if (S_ISBLK(st.st_mode)) {
    Fail(path, lang, Tr(lang, "这是一个块设备（磁盘），不写入", "it is a block device (a disk)"));
  } else {
    WriteInPlace(real, content, path, lang);
  }
}

void RefuseOutputOverInput(const std::string& option, const std::string& output,
                           const std::vector<std::string>& inputs, report::Lang lang) {
  std::error_code ec;
  if (!fs::exists(output, ec)) return;
  const fs::file_status status = fs::status(output, ec);
  // /dev/null and other devices are "the same file" for every reader; only files can be lost.
  if (ec || !fs::is_regular_file(status)) return;
  for (const std::string& input : inputs) {
    if (!fs::equivalent(output, input, ec) || ec) continue;
    throw UsageError(fmt::format(
        fmt::runtime(Tr(lang, "{} {} 就是输入文件 {}：写入会覆盖它。请换一个输出文件名",
                        "{} {} is the input {}: writing there would overwrite it; name another "
                        "file")),
        option, output, input));
  }
}

}  // namespace plancheck::cli
