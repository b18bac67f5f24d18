#pragma once
// Standard output with every write checked: a full disk, /dev/full or a closed stdout is an error
// (exit 2) that names standard output, never a silently truncated report with exit 0.
#include <string_view>

#include "checker/report/report.h"

namespace plancheck::cli {

// Writes all of `content` to standard output (after what std::cout holds). Throws UsageError.
void WriteStandardOutput(std::string_view content, report::Lang lang);

// Flushes what the commands wrote through std::cout and closes standard output, so that a write
// error the buffer has hidden until now is still reported. Throws UsageError.
void FinishStandardOutput(report::Lang lang);

}  // namespace plancheck::cli
