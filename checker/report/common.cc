#include "checker/report/common.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "checker/decode/utf8.h"
#include "checker/document/writing_window.h"

namespace plancheck::report {

void CheckedPlan::KeepSummary() {
  auto summary = std::make_shared<Document>();
  summary->path = document->path;
  summary->format = document->format;
  summary->encoding = document->encoding;
  summary->metadata = document->metadata;
  summary->line_count = document->line_count;
  report.document = summary.get();
  document = std::move(summary);
  ignored.clear();
  ignored.shrink_to_fit();
  input_bytes.reset();
}

const RuleInfo* CheckRun::FindRule(const std::string& id) const {
  for (const RuleInfo& r : rules) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

// `.report.` keeps a plan's report apart from files named after the plan itself (its gold labels,
// its source) when reports sit beside them.
std::string AuditLayout::PlanReport(std::size_t plan, const std::string& extension) const {
  return "plans/" + report_stems.at(plan) + ".report." + extension;
}

std::string AuditLayout::AnnotatedCopy(std::size_t plan) const {
  if (plan >= annotated.size() || !annotated[plan]) return "";
  return "plans/" + report_stems.at(plan) + ".审阅.docx";
}

const char* StatusLabel(Status status, Lang lang) {
  switch (status) {
    case Status::kPass:
      return Tr(lang, "通过", "pass");
    case Status::kFail:
      return Tr(lang, "未通过", "fail");
    case Status::kPartial:
      return Tr(lang, "部分", "partial");
    case Status::kNa:
      return Tr(lang, "不适用", "n/a");
  }
  return "";
}

const char* LevelLabel(Severity level, Lang lang) {
  switch (level) {
    case Severity::kError:
      return Tr(lang, "错误", "error");
    case Severity::kWarning:
      return Tr(lang, "警告", "warning");
    case Severity::kInfo:
      return Tr(lang, "提示", "info");
  }
  return "";
}

const char* StatusMark(Status status) {
  switch (status) {
    case Status::kPass:
      return "✓";
    case Status::kFail:
      return "✗";
    case Status::kPartial:
      return "◐";
    case Status::kNa:
      return "–";
  }
  return "";
}

const char* AdminLevelLabel(const std::string& level, Lang lang) {
  if (level == "province") return Tr(lang, "省级", "province");
  if (level == "city") return Tr(lang, "市级", "city");
  if (level == "county") return Tr(lang, "区县", "county");
  if (level == "town") return Tr(lang, "乡镇街道", "town");
  return Tr(lang, "未知", "unknown");
}

bool AtOrAbove(Severity level, FailOn fail_on) {
  switch (fail_on) {
    case FailOn::kNever:
      return false;
    case FailOn::kInfo:
      return true;
    case FailOn::kWarning:
      return level != Severity::kInfo;
    case FailOn::kError:
      return level == Severity::kError;
  }
  return false;
}

bool IsFailing(const CheckedPlan& plan, std::size_t result, FailOn fail_on) {
  const Result& r = plan.report.results.at(result);
  return IsGap(r) && !plan.Accepted(result) && AtOrAbove(r.level, fail_on);
}

bool AnyFailing(const CheckRun& run, FailOn fail_on) {
  for (const CheckedPlan& plan : run.plans) {
    for (std::size_t i = 0; i < plan.report.results.size(); ++i) {
      if (IsFailing(plan, i, fail_on)) return true;
    }
  }
  return false;
}

namespace {

// Lower is worse: the status a rule gets from several results is the worst of them.
int Rank(Status s) {
  switch (s) {
    case Status::kFail:
      return 0;
    case Status::kPartial:
      return 1;
    case Status::kPass:
      return 2;
    case Status::kNa:
      return 3;
  }
  return 3;
}

}  // namespace

std::map<std::string, Status> StatusByRule(const std::vector<Result>& results) {
  std::map<std::string, Status> by_rule;
  for (const Result& r : results) {
    const auto [it, inserted] = by_rule.emplace(r.rule, r.status);
    if (!inserted && Rank(r.status) < Rank(it->second)) it->second = r.status;
  }
  return by_rule;
}

double RoundScore(double score) { return std::round(score * 10.0) / 10.0; }

std::string FailingText(const LevelCounts& failing, Lang lang) {
  return lang == Lang::kZh ? fmt::format("错误 {}，警告 {}，提示 {}", failing.error,
                                         failing.warning, failing.info)
                           : fmt::format("{} error, {} warning, {} info", failing.error,
                                         failing.warning, failing.info);
}

const char* BasisSourceNote(BasisSource source, Lang lang) {
  if (source != BasisSource::kSecondary) return "";
  return Tr(lang, "（依据取自二手资料）", " (basis from a secondary source)");
}

bool SuggestionNamesFix(const Result& result) {
  return !result.fix.empty() && result.suggestion.find("“" + result.fix + "”") != std::string::npos;
}

std::string WhatToWrite(const Result& r, Lang lang) {
  std::string text = r.suggestion;
  if (!r.fix.empty() && !SuggestionNamesFix(r)) {
    text += (text.empty() ? "" : " ") +
            fmt::format(fmt::runtime(Tr(lang, "改为“{}”。", "Write “{}”.")), r.fix);
  }
  return text;
}

std::string IndicatorSourceLabel(const std::string& source, Lang lang) {
  if (source == "table") return Tr(lang, "表格", "table");
  if (source == "prose") return Tr(lang, "正文", "prose");
  return source;
}

namespace {

// A fixed-layout file (PDF, OFD) gives the page its line is on: "p.3 ".
std::string PagePrefix(const Document& doc, int line) {
  const Block* block = doc.BlockAtLine(line);
  return block != nullptr && block->page > 0 ? fmt::format("p.{} ", block->page) : "";
}

}  // namespace

std::string FormatLocation(const Document& doc, const Location& location) {
  if (location.line <= 0) return "";
  if (doc.format == "docx") return fmt::format("¶{}", location.line);
  const std::string page = PagePrefix(doc, location.line);
  if (location.column <= 0) return page + std::to_string(location.line);
  return fmt::format("{}{}:{}", page, location.line, location.column);
}

std::string HumanLocation(const Document& doc, const Location& location, Lang lang) {
  if (location.line <= 0) return "";
  const bool zh = lang == Lang::kZh;
  if (const std::string page = PagePrefix(doc, location.line); !page.empty()) {
    return page +
           (zh ? fmt::format("第{}行", location.line) : fmt::format("line {}", location.line));
  }
  if (doc.format == "docx") {
    return zh ? fmt::format("第{}段", location.line) : fmt::format("paragraph {}", location.line);
  }
  if (location.column <= 0) {
    return zh ? fmt::format("第{}行", location.line) : fmt::format("line {}", location.line);
  }
  return zh ? fmt::format("第{}行第{}列", location.line, location.column)
            : fmt::format("line {}, column {}", location.line, location.column);
}

std::vector<SectionGroup> GroupForDisplay(const CheckedPlan& plan, bool show_passed) {
  const std::vector<Result>& results = plan.report.results;
  std::vector<std::size_t> shown;
  for (std::size_t i = 0; i < results.size(); ++i) {
    if (plan.Accepted(i)) continue;
    if (IsGap(results[i]) || show_passed) shown.push_back(i);
  }
  // A section's place is the first line any of its results points at; no line sorts first.
  std::map<std::string, int> first_line;
  for (const std::size_t i : shown) {
    const Location& loc = results[i].location;
    const int line = loc.line > 0 ? loc.line : 0;
    const auto [it, inserted] = first_line.emplace(loc.section, line);
    if (!inserted) it->second = std::min(it->second, line);
  }
  std::vector<SectionGroup> groups;
  for (const auto& [section, line] : first_line) groups.push_back({section, {}});
  std::stable_sort(groups.begin(), groups.end(), [&](const SectionGroup& a, const SectionGroup& b) {
    return first_line[a.section] < first_line[b.section];
  });
  for (SectionGroup& g : groups) {
    for (const std::size_t i : shown) {
      if (results[i].location.section == g.section) g.results.push_back(i);
    }
    std::stable_sort(g.results.begin(), g.results.end(), [&](std::size_t a, std::size_t b) {
      const Result& ra = results[a];
      const Result& rb = results[b];
      if (Rank(ra.status) != Rank(rb.status)) return Rank(ra.status) < Rank(rb.status);
      if (ra.location.line != rb.location.line) return ra.location.line < rb.location.line;
      if (ra.location.column != rb.location.column) return ra.location.column < rb.location.column;
      return ra.rule < rb.rule;
    });
  }
  return groups;
}

int AcceptedCount(const CheckedPlan& plan) {
  return static_cast<int>(std::count(plan.accepted.begin(), plan.accepted.end(), true));
}

std::string FormatNumber(double value) {
  if (std::isnan(value) || std::isinf(value)) return "?";
  if (value == std::floor(value) && std::fabs(value) < 1e15) {
    return fmt::format("{}", static_cast<long long>(value));
  }
  std::string s = fmt::format("{:.4f}", value);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::string FormatTarget(const Indicator& indicator) {
  const std::string value = FormatNumber(indicator.value);
  const std::string& unit = indicator.unit;
  if (indicator.op == "range" && indicator.value_max) {
    return value + "–" + FormatNumber(*indicator.value_max) + unit;
  }
  std::string op;
  if (indicator.op == ">=")
    op = "≥";
  else if (indicator.op == "<=")
    op = "≤";
  else if (indicator.op == ">")
    op = ">";
  else if (indicator.op == "<")
    op = "<";
  else if (indicator.op == "=")
    op = "";
  else
    op = indicator.op;
  const std::string sign = indicator.kind == "change" ? "+" : "";
  return op + sign + value + unit;
}

std::string FormatNormalised(const Indicator& indicator) {
  if (!indicator.normalised) return "";
  return FormatNumber(*indicator.normalised) + indicator.normalised_unit;
}

std::string RegionText(const Region& region) {
  std::string out;
  for (const std::string* part : {&region.province, &region.city, &region.county, &region.town}) {
    if (part->empty()) continue;
    if (!out.empty()) out += " › ";
    out += *part;
  }
  return out;
}

std::string PeriodText(const std::optional<Period>& period, Lang lang) {
  if (!period || period->to <= 0) return "";
  if (period->from <= 0) {  // only the end is written (到2022年): say so, not "unknown–2022"
    return lang == Lang::kZh ? fmt::format("至{}", period->to) : fmt::format("to {}", period->to);
  }
  if (period->from == period->to) return std::to_string(period->from);
  return fmt::format("{}–{}", period->from, period->to);
}

std::string WrittenText(const Document& doc, Lang lang) {
  return WrittenWords(doc.metadata.written, lang == Lang::kZh, doc.format == "docx");
}

std::string PlanTitle(const Document& doc) {
  if (!doc.metadata.title.empty()) return doc.metadata.title;
  return std::filesystem::path(doc.path).filename().string();
}

std::string Fnv1aHex(std::string_view bytes) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return fmt::format("{:016x}", h);
}

std::string EvidenceHash(const Result& result) {
  const std::string_view source = result.evidence.empty() ? result.message : result.evidence;
  std::string squeezed;
  squeezed.reserve(source.size());
  std::size_t pos = 0;
  while (pos < source.size()) {
    const std::size_t start = pos;
    const char32_t cp = utf8::Next(source, pos);
    if (cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r' || cp == U'\u3000') continue;
    squeezed.append(source.substr(start, pos - start));
  }
  return Fnv1aHex(squeezed);
}

std::string HtmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (const char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        // Control characters are not allowed in XML 1.0; they carry nothing in a report.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') {
          out += ' ';
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string CsvField(std::string_view s) {
  std::string value(s);
  // A cell starting with = + - @ is a formula to Excel and WPS: keep it text.
  if (!value.empty() &&
      (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@')) {
    value.insert(0, "'");
  }
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (const char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string AnnotatedCopyLink(std::string_view href, Lang lang, std::string_view before) {
  if (href.empty()) return "";
  return fmt::format("{}<a href=\"{}\">{}</a>", before, HtmlEscape(UriEncode(href)),
                     Tr(lang, "审阅稿：批注与修订 (.docx)", "Annotated copy (.docx)"));
}

std::string UriEncode(std::string_view path) {
  std::string out;
  for (const char c : path) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '-' || c == '_' || c == '.' || c == '~' || c == '/') {
      out += c;
    } else {
      out += fmt::format("%{:02X}", u);
    }
  }
  return out;
}

std::string Truncate(std::string_view s, std::size_t code_points) {
  if (utf8::CodePoints(s) <= code_points) return std::string(s);
  return std::string(s.substr(0, utf8::ByteOffset(s, code_points))) + "…";
}

std::string OneLine(std::string_view s) {
  std::string out(s);
  std::replace_if(
      out.begin(), out.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  return out;
}

std::string MarkdownCell(std::string_view s) {
  std::string out;
  for (const char c : OneLine(s)) {
    if (c == '|')
      out += "\\|";
    else if (c == '<')
      out += "&lt;";
    else
      out += c;
  }
  return out;
}

}  // namespace plancheck::report
