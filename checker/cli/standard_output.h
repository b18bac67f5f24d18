#pragma once
// Standard output with every write checked: a full disk, /dev/full or a closed stdout is an error
// (exit 2) that names standard output, never a silently truncated report with exit 0.
#include <streambuf>
#include <string_view>

#include "checker/report/report.h"

namespace plancheck::cli {

// std::cout's buffer for the run (Run() installs it): writes straight to file descriptor 1 and
// keeps the first error (errno), which a plain stdio buffer loses by the time it is flushed.
class CheckedStandardOutput final : public std::streambuf {
 public:
  CheckedStandardOutput();
  ~CheckedStandardOutput() override;
  CheckedStandardOutput(const CheckedStandardOutput&) = delete;
  CheckedStandardOutput& operator=(const CheckedStandardOutput&) = delete;

  int error() const { return error_; }  // 0 while every write has succeeded

 protected:
  int_type overflow(int_type c) override;
  int sync() override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;

 private:
  bool Drain();
  char buffer_[1 << 16];
  std::streambuf* saved_;
  int error_ = 0;
};

// Writes all of `content` to standard output (after what std::cout holds). Throws UsageError.
void WriteStandardOutput(std::string_view content, report::Lang lang);

// Flushes what the commands wrote through std::cout, and closes standard output, so that a write
// error the buffer has hidden until now is still reported. Throws UsageError.
void FinishStandardOutput(report::Lang lang);

}  // namespace plancheck::cli
