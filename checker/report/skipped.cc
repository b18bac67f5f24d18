#include "checker/report/skipped.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "checker/report/common.h"

namespace plancheck::report {

namespace {

std::string ExtensionOf(const std::string& path, Lang lang) {
  const std::string name = path.substr(path.find_last_of('/') + 1);
  const std::size_t dot = name.find_last_of('.');
  if (dot == std::string::npos || dot == 0) return Tr(lang, "无扩展名", "no extension");
  std::string ext = name.substr(dot);
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

}  // namespace

SkippedFile AsSkipped(const InputFailure& failure, Lang lang) {
  return {failure.path, failure.type.empty() ? ExtensionOf(failure.path, lang) : failure.type,
          failure.reason.empty() ? Tr(lang, "无法读取", "unreadable") : failure.reason};
}

std::string SkippedSummary(const std::vector<SkippedFile>& skipped, Lang lang) {
  return SkippedSummary(skipped, {}, lang);
}

std::string SkippedSummary(const std::vector<SkippedFile>& skipped,
                           const std::vector<InputFailure>& unreadable, Lang lang) {
  if (skipped.empty() && unreadable.empty()) return "";
  std::map<std::pair<std::string, std::string>, int> groups;
  for (const SkippedFile& s : skipped) ++groups[{s.type, s.reason}];
  for (const InputFailure& f : unreadable) {
    const SkippedFile s = AsSkipped(f, lang);
    ++groups[{s.type, s.reason}];
  }
  std::vector<std::pair<int, std::pair<std::string, std::string>>> ordered;
  for (const auto& [key, n] : groups) ordered.push_back({-n, key});
  std::sort(ordered.begin(), ordered.end());  // the commonest first
  std::string out = fmt::format(fmt::runtime(Tr(lang, "跳过 {} 个文件：", "skipped {} file(s): ")),
                                skipped.size() + unreadable.size());
  for (std::size_t i = 0; i < ordered.size(); ++i) {
    const auto& [type, reason] = ordered[i].second;
    out += (i == 0 ? "" : Tr(lang, "，", ", ")) +
           fmt::format(fmt::runtime(Tr(lang, "{} × {}（{}）", "{} × {} ({})")), -ordered[i].first,
                       type, reason);
  }
  return out;
}

}  // namespace plancheck::report
