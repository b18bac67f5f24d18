#pragma once
// The render stage: what every report format is made from, and the options they share.
#include <memory>
#include <string>
#include <vector>

#include "checker/document/document.h"
#include "checker/engine/evaluate.h"
#include "checker/rulebook/rulebook.h"

namespace plancheck::report {

enum class Lang { kZh, kEn };

// The lowest level that makes a run fail (exit 1, a JUnit failure); kNever never fails.
enum class FailOn { kError, kWarning, kInfo, kNever };

// One checked plan. The Document is owned here so DocumentReport::document stays valid.
struct CheckedPlan {
  std::shared_ptr<const Document> document;
  DocumentReport report;
  // Per result (same index as report.results): a gap already accepted in the baseline. Such gaps
  // are not new, never fail the run, and the human and CI formats leave them out.
  std::vector<bool> accepted;
  bool baseline_used = false;  // a baseline was given (JSON and SARIF then say new/unchanged)
  int fixed = 0;               // baseline entries of this plan no longer found (已修复)
  // Findings the plan's own ignores covered: not in report.results, kept so an auditor can list
  // what a drafter silenced (--report-ignored).
  struct Ignored {
    Result result;
    std::size_t directive = 0;  // index into document->ignores
  };
  std::vector<Ignored> ignored;
  // The file's bytes, kept when they cannot be read again (a .docx on standard input).
  std::shared_ptr<const std::string> input_bytes;

  const std::string& path() const { return document->path; }
  // Once the plan's own reports are written: keeps what an audit's index, matrix and summary use
  // (path, format, metadata, results, indicators) and lets the text go, so that an audit's memory
  // does not grow with every document it has read.
  void KeepSummary();
  bool Accepted(std::size_t result) const { return result < accepted.size() && accepted[result]; }
};

// An input that could not be read (exit 3); the others are still checked.
struct InputFailure {
  std::string path;
  std::string message;
  // For the 跳过 summary, in the run's language: "扫描版 PDF" · "无文字层"; ".docx" · "无法读取".
  std::string type = {};
  std::string reason = {};
};

// A file found in a folder that plancheck did not check because it is no plan format it reads
// (a spreadsheet, an image, a zip): listed so that an audit says how much of what it was given
// it covered.
struct SkippedFile {
  std::string path;
  std::string type;    // ".xls", or "（无扩展名）" / "(no extension)"
  std::string reason;  // in the run's language: 表格文件，不是规划文件格式
};

// Everything one `check` or `audit` produced.
struct CheckRun {
  std::string version;          // plancheck's version
  std::vector<RuleInfo> rules;  // every loaded rule, sorted by id (SARIF rules, the matrix legend)
  std::vector<CheckedPlan> plans;
  std::vector<InputFailure> failures;
  std::vector<SkippedFile> skipped;  // found in the folders given, not a plan format
  // The absolute working folder (SARIF's SRCROOT: paths under it are written relative to it);
  // "" = paths as given.
  std::string working_dir;

  const RuleInfo* FindRule(const std::string& id) const;
};

struct RenderOptions {
  Lang lang = Lang::kZh;
  FailOn fail_on = FailOn::kError;
  bool show_passed = false;  // list passing (and n/a) results too, not only the gaps
  bool colour = false;       // ANSI colours (text on a terminal only)
  bool concise = false;      // text: one line per finding, file:line:col level message [rule]
  Severity min_level = Severity::kInfo;  // gaps below this level are counted, not listed
  bool report_ignored = false;           // list the findings the plan's own ignores silenced
  std::size_t repeats_in_full = 3;       // per rule, findings shown in full before "另有 N 处"
  std::string index_link;  // per-plan reports of an audit: relative link back to index.html
  std::string run_date;    // docx date, YYYY-MM-DD; "" = SOURCE_DATE_EPOCH, else today
  // Per-plan HTML of an audit --annotate: relative link to the plan's annotated copy, if written.
  std::string annotated_link;
};

// The formats of `check --format`, each a pure function of the run (one renderer per file).
std::string RenderText(const CheckRun& run, const RenderOptions& options);
std::string RenderJson(const CheckRun& run, const RenderOptions& options);
std::string RenderMarkdown(const CheckRun& run, const RenderOptions& options);
std::string RenderHtml(const CheckRun& run, const RenderOptions& options);
std::string RenderSarif(const CheckRun& run, const RenderOptions& options);
std::string RenderJunit(const CheckRun& run, const RenderOptions& options);
std::string RenderGithub(const CheckRun& run, const RenderOptions& options);
// Markdown for $GITHUB_STEP_SUMMARY: counts by level, the failing rules, the top findings.
std::string RenderGithubSummary(const CheckRun& run, const RenderOptions& options);
std::string RenderCsv(const CheckRun& run, const RenderOptions& options);
// The 审核意见 as a .docx (report/docx/): the bytes of a Word document in 公文 form. Throws
// std::runtime_error when the package cannot be made.
std::string RenderReviewDocx(const CheckRun& run, const RenderOptions& options);
// The date a 审核意见 bears: options.run_date, else SOURCE_DATE_EPOCH (reproducible builds, and
// the committed reports/), else today.
std::string ReviewDate(const RenderOptions& options);

// The audit's files. `report_stems[i]` names plan i's reports (plans/<stem>.html|md|json).
struct AuditLayout {
  std::vector<std::string> report_stems;
  std::string PlanReport(std::size_t plan, const std::string& extension) const;
  std::string ReviewOpinion(std::size_t plan) const;  // plans/<stem>.审核意见.docx
  // plans/<stem>.审阅.docx (audit --annotate), or "" when that copy was not written.
  std::vector<bool> annotated;
  std::string AnnotatedCopy(std::size_t plan) const;
};
std::string RenderIndexHtml(const CheckRun& run, const AuditLayout& layout,
                            const RenderOptions& options);
std::string RenderMatrixCsv(const CheckRun& run, const RenderOptions& options);
std::string RenderSummaryJson(const CheckRun& run, const AuditLayout& layout,
                              const RenderOptions& options);
// libxlsxwriter writes to a file: `path` is where (the caller renames it into place). Throws
// std::runtime_error with the reason alone: the caller names the file the user knows.
void WriteMatrixXlsx(const CheckRun& run, const RenderOptions& options, const std::string& path);

}  // namespace plancheck::report
