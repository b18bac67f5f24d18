#include "checker/cli/standard_output.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include <fmt/format.h>

#include "checker/cli/usage_error.h"
#include "checker/report/common.h"

namespace plancheck::cli {
namespace {

[[noreturn]] void Fail(report::Lang lang, int error) {
  const std::string why = error != 0 ? std::strerror(error) : "I/O error";
  throw UsageError(fmt::format(
      "{}{}", report::Tr(lang, "标准输出：无法写入：", "standard output: cannot write: "), why));
}

void Flush(report::Lang lang) {
  errno = 0;
  std::cout.flush();
  if (std::fflush(stdout) != 0 || std::ferror(stdout) != 0 || std::cout.fail()) Fail(lang, errno);
}

}  // namespace

void WriteStandardOutput(std::string_view content, report::Lang lang) {
  Flush(lang);
  std::size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(STDOUT_FILENO, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) Fail(lang, n < 0 ? errno : EIO);
    done += static_cast<std::size_t>(n);
  }
}

void FinishStandardOutput(report::Lang lang) {
  Flush(lang);
  // close() is where some file systems (NFS) report a write that failed; a stdout that was never
  // open (EBADF) had nothing written to it.
  errno = 0;
  if (std::fclose(stdout) != 0 && errno != EBADF) Fail(lang, errno);
}

}  // namespace plancheck::cli
