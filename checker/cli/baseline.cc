#include "checker/cli/baseline.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "checker/cli/usage_error.h"
#include "checker/decode/utf8.h"
#include "checker/report/common.h"

namespace plancheck::cli {
using report::Lang;
using report::Tr;
using Json = nlohmann::ordered_json;

Baseline::Key Baseline::KeyOf(const std::string& document, const std::string& rule,
                              const std::string& hash) {
  return {std::filesystem::path(document).lexically_normal().generic_string(), rule, hash};
}

namespace {

// A baseline is a flat list of gaps: three levels deep, a few hundred bytes a gap. These bound
// what a damaged or hostile file may cost to read.
constexpr std::uintmax_t kMaxBaselineBytes = 64u << 20;
constexpr int kMaxBaselineDepth = 16;

// "line:column" (1-based, the column in code points) of the byte at `offset`.
std::string Place(std::string_view text, std::size_t offset) {
  const std::string_view before = text.substr(0, std::min(offset, text.size()));
  const std::size_t newline = before.rfind('\n');
  const std::size_t from = newline == std::string_view::npos ? 0 : newline + 1;
  const auto line = std::count(before.begin(), before.end(), '\n') + 1;
  return fmt::format("{}:{}", line, utf8::CodePoints(before.substr(from)) + 1);
}

// The offset of the first [ or { nested deeper than kMaxBaselineDepth, or npos.
std::size_t TooDeepAt(std::string_view text) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxBaselineDepth) return i;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return std::string_view::npos;
}

// nlohmann's reason without its "[json.exception…] parse error at line …, column …: " prefix:
// the message gives the place itself.
std::string Reason(const Json::parse_error& e) {
  const std::string what = e.what();
  const std::size_t colon = what.find(": ");
  return colon == std::string::npos ? what : what.substr(colon + 2);
}

}  // namespace

Baseline Baseline::Load(const std::string& file, Lang lang) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    throw UsageError(fmt::format("{}: {}", file,
                                 Tr(lang, "无法读取基线文件（可用 --write-baseline 生成）",
                                    "cannot read the baseline (write one with --write-baseline)")));
  }
  std::error_code ec;
  if (const std::uintmax_t size = std::filesystem::file_size(file, ec);
      !ec && size > kMaxBaselineBytes) {
    throw UsageError(fmt::format(
        "{}: {} ({} > {} MiB){}", file, Tr(lang, "基线文件过大", "the baseline is too large"), size,
        kMaxBaselineBytes >> 20,
        Tr(lang, "；请用 --write-baseline 重新生成", "; write it again with --write-baseline")));
  }
  std::ostringstream text;
  text << in.rdbuf();
  return Parse(text.str(), file, lang);
}

Baseline Baseline::Parse(const std::string& text, const std::string& file, Lang lang) {
  const auto fail = [&](const std::string& where, const std::string& why) -> UsageError {
    return UsageError(
        fmt::format("{}: {}{}{}", where,
                    Tr(lang, "不是 plancheck 基线文件：", "not a plancheck baseline: "), why,
                    Tr(lang, "；请修正该处，或用 --write-baseline 重新生成",
                       "; fix it there, or write the baseline again with --write-baseline")));
  };
  if (text.size() > kMaxBaselineBytes) {
    throw fail(file, fmt::format("{} bytes > {} MiB", text.size(), kMaxBaselineBytes >> 20));
  }
  if (const std::size_t deep = TooDeepAt(text); deep != std::string_view::npos) {
    throw fail(file + ":" + Place(text, deep),
               fmt::format("{} {}", Tr(lang, "JSON 嵌套超过", "JSON nested deeper than"),
                           kMaxBaselineDepth));
  }
  Json json;
  try {
    json = Json::parse(text);
  } catch (const Json::parse_error& e) {
    // e.byte is 1-based: the byte at which the parser stopped.
    const std::size_t at = e.byte == 0 ? 0 : e.byte - 1;
    throw fail(file + ":" + Place(text, at),
               fmt::format("{}{}", Tr(lang, "JSON 语法错误：", "JSON syntax error: "), Reason(e)));
  } catch (const Json::exception& e) {  // a number out of range (1e999) is not a parse_error
    throw fail(file,
               fmt::format("{}{}", Tr(lang, "JSON 无法读取：", "JSON cannot be read: "), e.what()));
  }
  if (!json.is_object() || !json.contains("tool") || json["tool"] != "plancheck" ||
      !json.contains("gaps") || !json["gaps"].is_array()) {
    throw fail(file, R"(expected {"tool": "plancheck", "version": 1, "gaps": [...]})");
  }
  Baseline baseline;
  std::size_t index = 0;
  for (const Json& gap : json["gaps"]) {
    ++index;
    if (!gap.is_object() || !gap.contains("document") || !gap.contains("rule") ||
        !gap.contains("hash") || !gap["document"].is_string() || !gap["rule"].is_string() ||
        !gap["hash"].is_string()) {
      throw fail(file, fmt::format("gaps[{}]: every gap needs \"document\", \"rule\" and "
                                   "\"hash\" strings",
                                   index - 1));
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
  // Fixed: an entry of this plan not found again, of a rule that still ran on it (a rule
  // disabled since is not a fix).
  std::set<std::string> ran;
  for (const Result& r : results) ran.insert(r.rule);
  const std::string document = std::get<0>(KeyOf(plan.path(), "", ""));
  plan.fixed = 0;
  for (const auto& [key, count] : left) {
    if (std::get<0>(key) == document && ran.count(std::get<1>(key)) > 0) plan.fixed += count;
  }
}

Baseline::Summary Baseline::Tally(const report::CheckRun& run) {
  Summary s;
  for (const report::CheckedPlan& plan : run.plans) {
    for (std::size_t i = 0; i < plan.report.results.size(); ++i) {
      if (!report::IsGap(plan.report.results[i])) continue;
      ++s.gaps;
      ++s.by_level.at(plan.report.results[i].level);
    }
    ++s.plans;
  }
  return s;
}

}  // namespace plancheck::cli
