#pragma once
// Helpers the renderers share: labels in both languages, which results are gaps and which fail
// the run, locations, numbers, escaping.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/report/report.h"

namespace plancheck::report {

inline const char* Tr(Lang lang, const char* zh, const char* en) {
  return lang == Lang::kZh ? zh : en;
}

const char* StatusLabel(Status status, Lang lang);                 // 未通过 / fail …
const char* LevelLabel(Severity level, Lang lang);                 // 错误 / error …
const char* StatusMark(Status status);                             // ✗ ◐ ✓ –
const char* AdminLevelLabel(const std::string& level, Lang lang);  // county → 区县

// fail or partial: something to add or fix.
inline bool IsGap(const Result& r) {
  return r.status == Status::kFail || r.status == Status::kPartial;
}
bool AtOrAbove(Severity level, FailOn fail_on);
// A gap at or above --fail-on that the baseline does not accept.
bool IsFailing(const CheckedPlan& plan, std::size_t result, FailOn fail_on);
bool AnyFailing(const CheckRun& run, FailOn fail_on);

// Per rule: fail if any result fails, else partial, else pass, else n/a (how Summary counts).
std::map<std::string, Status> StatusByRule(const std::vector<Result>& results);
using plancheck::Summarise;       // engine/result.h: one formula for the engine and the reports
double RoundScore(double score);  // one decimal
// The rules with a gap (fail or partial) per level, shown beside the score: "错误 1，警告 2，提示
// 0" / "1 error, 2 warning, 0 info".
std::string FailingText(const LevelCounts& failing, Lang lang);

// After a basis from a secondary source: "（依据取自二手资料）" / " (basis from a secondary
// source)";
// "" for a basis from the instrument's text.
const char* BasisSourceNote(BasisSource source, Lang lang);
// A substitution's suggestion already says what to write (改为“公证处”): the human formats then
// leave out the separate 改为 line.
bool SuggestionNamesFix(const Result& result);
// The suggestion, and the fix after it where the suggestion does not already name it: what a
// reader of the 审核意见 or of a Word comment is told to write.
std::string WhatToWrite(const Result& result, Lang lang);
// An indicator's source as a reader sees it: 表格/正文 (table/prose in English).
std::string IndicatorSourceLabel(const std::string& source, Lang lang);

// "12:3" for text, "¶12" for a .docx, "" when the result has no place.
std::string FormatLocation(const Document& doc, const Location& location);
// For people: "第12行第3列" / "line 12, column 3"; "第12段" / "paragraph 12" for a .docx.
std::string HumanLocation(const Document& doc, const Location& location, Lang lang);

// Indices of the results a human format shows, grouped by section (whole-document results first,
// then sections in document order); within a section fail, partial, then pass and n/a (only with
// show_passed), each by line. Gaps the baseline accepts are left out.
struct SectionGroup {
  std::string section;  // "" for results without a section
  std::vector<std::size_t> results;
};
std::vector<SectionGroup> GroupForDisplay(const CheckedPlan& plan, bool show_passed);
int AcceptedCount(const CheckedPlan& plan);

std::string FormatNumber(double value);  // 100, 0.5, 18.75 (at most 4 decimals, no trailing 0)
std::string FormatTarget(const Indicator& indicator);      // "≥90%", "1–2个", "=100%"
std::string FormatNormalised(const Indicator& indicator);  // "18件/万人" or ""
std::string RegionText(const Region& region);  // "四川省 › 乐山市 › 五通桥区"
// "2021–2025"; "至2022" / "to 2022" when only the end is known (never 0).
std::string PeriodText(const std::optional<Period>& period, Lang lang = Lang::kZh);
// The writing window (metadata.written) in words: "不早于2022年10月（第14行引用党的二十大）；不晚于
// 2023年（规划期始于2023年）" / "not before 2022-10 (line 14 cites the 20th Party Congress); …";
// "" when nothing is known.
std::string WrittenText(const Document& doc, Lang lang);
std::string PlanTitle(const Document& doc);  // metadata title, else the file name

// A stable hash of what a result found (whitespace ignored), 16 hex digits: the baseline and the
// SARIF fingerprint match on it so a finding survives its lines moving.
std::string EvidenceHash(const Result& result);
std::string Fnv1aHex(std::string_view bytes);

std::string HtmlEscape(std::string_view s);    // also for XML text and attributes
std::string CsvField(std::string_view s);      // RFC 4180 quoting, formula-injection guard
std::string UriEncode(std::string_view path);  // percent-encodes all but unreserved and '/'
std::string Truncate(std::string_view s, std::size_t code_points);
std::string OneLine(std::string_view s);  // newlines and tabs to spaces
// A Markdown table cell: one line, | and < escaped, so the text can neither break the table nor
// add HTML (the GitHub summary, the rules reference).
std::string MarkdownCell(std::string_view s);

// `before` and a link to an annotated copy (the plan with comments and tracked changes) at
// `href`, relative; "" when there is none.
std::string AnnotatedCopyLink(std::string_view href, Lang lang, std::string_view before = {});

}  // namespace plancheck::report
