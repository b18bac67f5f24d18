// The audit's matrix.csv: one row per plan (by score, lowest first), its score and counts, then one
// column per rule with the rule's status (empty when the rule was not applied). UTF-8 with a BOM,
// CRLF line ends.
#include <fmt/format.h>

#include "checker/report/audit_model.h"
#include "checker/report/common.h"

namespace plancheck::report {

std::string RenderMatrixCsv(const CheckRun& run, const RenderOptions& options) {
  const Lang lang = options.lang;
  const Matrix matrix = BuildMatrix(run);
  std::string out = "\xEF\xBB\xBF";
  out += Tr(lang, "文件,标题,地区,层级,规划期,得分,通过,未通过,部分,不适用",
            "document,title,region,level,period,score,pass,fail,partial,n/a");
  for (const MatrixColumn& column : matrix.columns) {
    out += ',';
    out += CsvField(column.rule);
  }
  out += "\r\n";
  for (const std::size_t n : PlanOrder(run)) {  // as index.html: by score, lowest first
    const CheckedPlan& plan = run.plans[n];
    const Metadata& m = plan.document->metadata;
    const Summary& s = plan.report.summary;
    out += fmt::format("{},{},{},{},{},{},{},{},{},{}", CsvField(plan.path()), CsvField(m.title),
                       CsvField(RegionText(m.region)),
                       m.level.empty() ? "" : AdminLevelLabel(m.level, lang),
                       PeriodText(m.period, lang), FormatNumber(RoundScore(s.score)), s.pass,
                       s.fail, s.partial, s.na);
    for (const std::optional<Status>& cell : matrix.cells[n]) {
      out += ",";
      if (cell) out += StatusLabel(*cell, lang);
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace plancheck::report
