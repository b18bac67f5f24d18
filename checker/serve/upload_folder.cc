#include "checker/serve/upload_folder.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include "checker/decode/replace_invalid.h"
#include "checker/formats/format.h"
#include "checker/report/common.h"

namespace plancheck::serve {
namespace {

std::string TemporaryRoot() {
  const char* tmpdir = std::getenv("TMPDIR");
  return tmpdir != nullptr && *tmpdir != '\0' ? tmpdir : "/tmp";
}

void WriteAll(int fd, const std::string& bytes, const std::string& path) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw std::runtime_error(path + ": " + std::strerror(errno));
    done += static_cast<std::size_t>(n);
  }
}

}  // namespace

UploadFolder::UploadFolder() {
  std::string pattern = TemporaryRoot() + "/plancheck-serve-XXXXXX";
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("cannot make a temporary folder under " + TemporaryRoot() + ": " +
                             std::strerror(errno));
  }
  path_ = pattern;
}

UploadFolder::~UploadFolder() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::string UploadFolder::Write(const Upload& upload, const std::string& stem,
                                const std::string& extension) {
  const std::string file = path_ + "/" + stem + "-" + std::to_string(++written_) + extension;
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) throw std::runtime_error(file + ": " + std::strerror(errno));
  try {
    WriteAll(fd, upload.bytes, file);
  } catch (...) {
    ::close(fd);
    throw;
  }
  if (::close(fd) != 0) throw std::runtime_error(file + ": " + std::strerror(errno));
  return file;
}

std::string PlanExtension(const std::string& filename) {
  const std::string name = filename.substr(filename.find_last_of("/\\") + 1);
  const Format* format = FormatByExtension(name);
  if (format == nullptr) return "";
  const std::size_t dot = name.rfind('.');
  std::string extension = name.substr(dot);
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension;
}

std::string ShownName(const std::string& filename) {
  const std::string name = utf8::ReplaceInvalid(filename.substr(filename.find_last_of("/\\") + 1));
  std::string clean;
  for (const char c : name) {
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) clean += c;
  }
  clean = report::Truncate(clean, 120);
  return clean.empty() || clean == "." || clean == ".." ? "upload" : clean;
}

}  // namespace plancheck::serve
