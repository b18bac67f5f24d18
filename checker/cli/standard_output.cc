#include "checker/cli/standard_output.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>

#include <fmt/format.h>

#include "checker/cli/usage_error.h"
#include "checker/report/common.h"

namespace plancheck::cli {
namespace {

[[noreturn]] void Fail(report::Lang lang, int error) {
  throw UsageError(fmt::format(
      "{}{}", report::Tr(lang, "标准输出：无法写入：", "standard output: cannot write: "),
      std::strerror(error != 0 ? error : EIO)));
}

bool WriteAll(std::string_view bytes, int& error) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(STDOUT_FILENO, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      error = n < 0 ? errno : EIO;
      return false;
    }
    done += static_cast<std::size_t>(n);
  }
  return true;
}

int ErrorOf(const std::ostream& out) {
  const auto* checked = dynamic_cast<const CheckedStandardOutput*>(out.rdbuf());
  return checked != nullptr ? checked->error() : 0;
}

}  // namespace

CheckedStandardOutput::CheckedStandardOutput() : saved_(std::cout.rdbuf(this)) {
  setp(buffer_, buffer_ + sizeof buffer_);
}

CheckedStandardOutput::~CheckedStandardOutput() {
  Drain();
  std::cout.rdbuf(saved_);
}

bool CheckedStandardOutput::Drain() {
  const std::string_view pending(pbase(), static_cast<std::size_t>(pptr() - pbase()));
  setp(buffer_, buffer_ + sizeof buffer_);
  if (error_ != 0) return false;  // after the first failure nothing more is written
  return WriteAll(pending, error_);
}

CheckedStandardOutput::int_type CheckedStandardOutput::overflow(int_type c) {
  if (!Drain()) return traits_type::eof();
  if (!traits_type::eq_int_type(c, traits_type::eof())) sputc(traits_type::to_char_type(c));
  return traits_type::not_eof(c);
}

int CheckedStandardOutput::sync() { return Drain() ? 0 : -1; }

std::streamsize CheckedStandardOutput::xsputn(const char* s, std::streamsize n) {
  if (n > epptr() - pptr()) {  // large writes (a whole report) go straight out
    if (!Drain() || !WriteAll(std::string_view(s, static_cast<std::size_t>(n)), error_)) return 0;
    return n;
  }
  return std::streambuf::xsputn(s, n);
}

void WriteStandardOutput(std::string_view content, report::Lang lang) {
  std::cout.write(content.data(), static_cast<std::streamsize>(content.size()));
  std::cout.flush();
  if (!std::cout) Fail(lang, ErrorOf(std::cout));
}

void FinishStandardOutput(report::Lang lang) {
  std::cout.flush();
  if (!std::cout) Fail(lang, ErrorOf(std::cout));
  // close() is where some file systems (NFS) report a write that failed; a stdout that was never
  // open (EBADF) had nothing written to it.
  if (::close(STDOUT_FILENO) != 0 && errno != EBADF && errno != EINTR) Fail(lang, errno);
}

}  // namespace plancheck::cli
