#pragma once
#include <string>
#include <vector>

#include "checker/report/report.h"

namespace plancheck::report {

// "跳过 3 个文件：2 × .xls（表格文件，不是规划文件格式），1 × .jpg（图片…）", commonest first;
// "" when nothing was skipped.
std::string SkippedSummary(const std::vector<SkippedFile>& skipped, Lang lang);

}  // namespace plancheck::report
