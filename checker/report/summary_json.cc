// The audit's summary.json: per plan its metadata, counts, score and report files; per rule how
// many plans passed, failed or partly met it. No timestamps, no absolute paths.
#include "checker/report/audit_model.h"
#include "checker/report/common.h"
#include "checker/report/json_model.h"
#include "checker/report/skipped.h"

namespace plancheck::report {

std::string RenderSummaryJson(const CheckRun& run, const AuditLayout& layout,
                              const RenderOptions& options) {
  const Matrix matrix = BuildMatrix(run);
  Json plans = Json::array();
  Summary totals;
  for (std::size_t n = 0; n < run.plans.size(); ++n) {
    const CheckedPlan& plan = run.plans[n];
    const Summary& s = plan.report.summary;
    totals.pass += s.pass;
    totals.fail += s.fail;
    totals.partial += s.partial;
    totals.na += s.na;
    totals.rules += s.rules;
    plans.push_back({{"path", plan.path()},
                     {"metadata", MetadataJson(plan.document->metadata)},
                     {"packs", plan.report.packs},
                     {"summary", SummaryJson(s)},
                     {"indicators", plan.report.indicators.items.size()},
                     {"reports",
                      {{"html", layout.PlanReport(n, "html")},
                       {"md", layout.PlanReport(n, "md")},
                       {"json", layout.PlanReport(n, "json")},
                       {"docx", layout.ReviewOpinion(n)}}}});
  }
  Json rules = Json::array();
  for (std::size_t c = 0; c < matrix.columns.size(); ++c) {
    const MatrixColumn& column = matrix.columns[c];
    const RuleTally t = Tally(matrix, c);
    rules.push_back(
        {{"id", column.rule},
         {"pack", column.pack},
         {"level", column.info != nullptr ? Json(ToString(column.info->level)) : Json(nullptr)},
         {"title", column.Title()},
         {"pass", t.pass},
         {"fail", t.fail},
         {"partial", t.partial},
         {"na", t.na},
         {"not_applied", t.not_applied}});
  }
  Json failures = Json::array();
  for (const InputFailure& f : run.failures) {
    const SkippedFile kind = AsSkipped(f, options.lang);
    failures.push_back(
        {{"path", f.path}, {"message", f.message}, {"type", kind.type}, {"reason", kind.reason}});
  }
  Json skipped = Json::array();
  for (const SkippedFile& s : run.skipped) {
    skipped.push_back({{"path", s.path}, {"type", s.type}, {"reason", s.reason}});
  }
  const Json json{{"tool", {{"name", "plancheck"}, {"version", run.version}}},
                  {"lang", options.lang == Lang::kZh ? "zh" : "en"},
                  {"date", options.run_date},
                  {"totals",
                   {{"plans", run.plans.size()},
                    {"rules", matrix.columns.size()},
                    {"results",
                     {{"pass", totals.pass},
                      {"fail", totals.fail},
                      {"partial", totals.partial},
                      {"na", totals.na}}}}},
                  {"plans", plans},
                  {"rules", rules},
                  {"unreadable", failures},
                  {"skipped", skipped}};
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace plancheck::report
