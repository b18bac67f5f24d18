#include "checker/report/skipped.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "checker/report/common.h"

namespace plancheck::report {

std::string SkippedSummary(const std::vector<SkippedFile>& skipped, Lang lang) {
  if (skipped.empty()) return "";
  std::map<std::pair<std::string, std::string>, int> groups;
  for (const SkippedFile& s : skipped) ++groups[{s.type, s.reason}];
  std::vector<std::pair<int, std::pair<std::string, std::string>>> ordered;
  for (const auto& [key, n] : groups) ordered.push_back({-n, key});
  std::sort(ordered.begin(), ordered.end());  // the commonest first
  std::string out = fmt::format(fmt::runtime(Tr(lang, "跳过 {} 个文件：", "skipped {} file(s): ")),
                                skipped.size());
  for (std::size_t i = 0; i < ordered.size(); ++i) {
    const auto& [type, reason] = ordered[i].second;
    out += (i == 0 ? "" : Tr(lang, "，", ", ")) +
           fmt::format(fmt::runtime(Tr(lang, "{} × {}（{}）", "{} × {} ({})")), -ordered[i].first,
                       type, reason);
  }
  return out;
}

}  // namespace plancheck::report
