#pragma once
#include <string>
#include <vector>

#include "checker/report/report.h"

namespace plancheck::report {

// "跳过 3 个文件：2 × .xls（表格文件，不是规划文件格式），1 × .jpg（图片…）", commonest first;
// "" when nothing was skipped.
std::string SkippedSummary(const std::vector<SkippedFile>& skipped, Lang lang);
// What an unreadable file counts as in that summary: its loader's kind, else its extension and
// 无法读取.
SkippedFile AsSkipped(const InputFailure& failure, Lang lang);
// The same line for every file not checked: the skipped ones and the plans that could not be read
// (1 × 扫描版 PDF（无文字层）; an unreadable file of no known kind is counted by its extension).
std::string SkippedSummary(const std::vector<SkippedFile>& skipped,
                           const std::vector<InputFailure>& unreadable, Lang lang);

}  // namespace plancheck::report
