#include "checker/cli/baseline.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "checker/cli/usage_error.h"
#include "checker/report/common.h"

namespace plancheck::cli {
using report::Lang;
using report::Tr;
using Json = nlohmann::ordered_json;

Baseline::Key Baseline::KeyOf(const std::string& document, const std::string& rule,
                              const std::string& hash) {
  return {std::filesystem::path(document).lexically_normal().generic_string(), rule, hash};
}

Baseline Baseline::Load(const std::string& file, Lang lang) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    throw UsageError(fmt::format("{}: {}", file,
                                 Tr(lang, "无法读取基线文件（可用 --write-baseline 生成）",
                                    "cannot read the baseline (write one with --write-baseline)")));
  }
  std::ostringstream text;
  text << in.rdbuf();
  return Parse(text.str(), file, lang);
}

Baseline Baseline::Parse(const std::string& text, const std::string& file, Lang lang) {
  const auto fail = [&](const std::string& why) -> UsageError {
    return UsageError(
        fmt::format("{}: {}{}", file,
                    Tr(lang, "不是 plancheck 基线文件：", "not a plancheck baseline: "), why));
  };
  Json json;
  try {
    json = Json::parse(text);
  } catch (const Json::parse_error& e) {
    throw fail(e.what());
  }
  if (!json.is_object() || json.value("tool", "") != "plancheck" || !json.contains("gaps") ||
      !json["gaps"].is_array()) {
    throw fail(R"(expected {"tool": "plancheck", "version": 1, "gaps": [...]})");
  }
  Baseline baseline;
  for (const Json& gap : json["gaps"]) {
    if (!gap.is_object() || !gap.contains("document") || !gap.contains("rule") ||
        !gap.contains("hash") || !gap["document"].is_string() || !gap["rule"].is_string() ||
        !gap["hash"].is_string()) {
      throw fail("every gap needs \"document\", \"rule\" and \"hash\" strings");
    }
    ++baseline.entries_[KeyOf(gap["document"], gap["rule"], gap["hash"])];
  }
  return baseline;
}

std::string Baseline::Render(const report::CheckRun& run) {
  struct Row {
    std::string document, rule, hash;
    int line;
    std::string status, message;
  };
  std::vector<Row> rows;
  for (const report::CheckedPlan& plan : run.plans) {
    for (const Result& r : plan.report.results) {
      if (!report::IsGap(r)) continue;
      const auto [document, rule, hash] = KeyOf(plan.path(), r.rule, report::EvidenceHash(r));
      rows.push_back({document, rule, hash, r.location.line, ToString(r.status), r.message});
    }
  }
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return std::tie(a.document, a.rule, a.line, a.hash) <
           std::tie(b.document, b.rule, b.line, b.hash);
  });
  Json gaps = Json::array();
  for (const Row& row : rows) {
    // line, status and message are for the people reviewing the file; matching ignores them.
    gaps.push_back({{"document", row.document},
                    {"rule", row.rule},
                    {"hash", row.hash},
                    {"line", row.line},
                    {"status", row.status},
                    {"message", row.message}});
  }
  const Json json{{"tool", "plancheck"}, {"version", 1}, {"gaps", gaps}};
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

void Baseline::Mark(report::CheckedPlan& plan) const {
  std::map<Key, int> left = entries_;
  const std::vector<Result>& results = plan.report.results;
  plan.baseline_used = true;
  plan.accepted.assign(results.size(), false);
  for (std::size_t i = 0; i < results.size(); ++i) {
    if (!report::IsGap(results[i])) continue;
    const auto it =
        left.find(KeyOf(plan.path(), results[i].rule, report::EvidenceHash(results[i])));
    if (it == left.end() || it->second == 0) continue;
    --it->second;
    plan.accepted[i] = true;
  }
}

}  // namespace plancheck::cli
