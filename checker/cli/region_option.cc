#include "checker/cli/region_option.h"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "checker/cli/usage_error.h"
#include "checker/document/gazetteer.h"
#include "checker/report/common.h"

namespace plancheck::cli {
using report::Tr;

namespace {

std::vector<std::string> Split(const std::string& option) {
  std::vector<std::string> parts;
  std::string part;
  for (const char c : option + "/") {
    if (c == '/' || c == ' ' || c == ',') {
      if (!part.empty()) parts.push_back(part);
      part.clear();
    } else {
      part += c;
    }
  }
  return parts;
}

std::vector<const Division*> Candidates(const Gazetteer& gazetteer, const std::string& name) {
  if (const Division* d = gazetteer.ByCode(name)) return {d};
  return gazetteer.Find(name);
}

}  // namespace

void ApplyRegionOption(const std::string& option, Metadata& metadata, report::Lang lang) {
  const std::vector<std::string> parts = Split(option);
  if (parts.empty()) return;
  const Gazetteer& gazetteer = Gazetteer::Builtin();
  std::vector<const Division*> candidates = Candidates(gazetteer, parts.back());
  // Each outer part must contain the division: 上海市/普陀区 drops 舟山市's 普陀区.
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    const std::vector<const Division*> outer = Candidates(gazetteer, parts[i]);
    std::erase_if(candidates, [&](const Division* d) {
      return std::none_of(outer.begin(), outer.end(),
                          [&](const Division* o) { return d->IsWithin(*o); });
    });
  }
  if (candidates.empty()) {
    throw UsageError(fmt::format(
        "--region {}: {}", option,
        Tr(lang, "行政区划代码表中没有这个地区", "no such division in the GB/T 2260 gazetteer")));
  }
  if (candidates.size() > 1) {
    std::vector<std::string> names;
    for (const Division* d : candidates) {
      const Region r = d->ToRegion();
      std::vector<std::string> path;
      for (const std::string* part : {&r.province, &r.city, &r.county}) {
        if (!part->empty() && (path.empty() || path.back() != *part)) path.push_back(*part);
      }
      names.push_back(fmt::format("{}", fmt::join(path, "/")));
    }
    throw UsageError(fmt::format(
        "--region {}: {}{}", option,
        Tr(lang, "有多个同名地区，请写上所属省市：", "ambiguous; name the province or city too: "),
        fmt::join(names, ", ")));
  }
  metadata.region = candidates.front()->ToRegion();
  metadata.level = std::string(candidates.front()->LevelName());
}

}  // namespace plancheck::cli
