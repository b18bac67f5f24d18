// `check --format csv`: one row per gap (and per passed result with --show-passed). UTF-8 with a
// BOM and CRLF line ends, so Excel and WPS open the Chinese text right.
#include <fmt/format.h>

#include "checker/report/common.h"

namespace plancheck::report {

std::string RenderCsv(const CheckRun& run, const RenderOptions& options) {
  const Lang lang = options.lang;
  std::string out = "\xEF\xBB\xBF";
  out += Tr(
      lang, "文件,规则,状态,级别,行,列,章节,问题,原文,依据,建议,改为\r\n",
      "document,rule,status,level,line,column,section,message,evidence,basis,suggestion,fix\r\n");
  for (const CheckedPlan& plan : run.plans) {
    for (const SectionGroup& group : GroupForDisplay(plan, options.show_passed)) {
      for (const std::size_t i : group.results) {
        const Result& r = plan.report.results[i];
        const bool placed = r.location.line > 0;
        out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{}\r\n", CsvField(plan.path()),
                           CsvField(r.rule), StatusLabel(r.status, lang), LevelLabel(r.level, lang),
                           placed ? std::to_string(r.location.line) : "",
                           placed && r.location.column > 0 ? std::to_string(r.location.column) : "",
                           CsvField(r.location.section), CsvField(r.message), CsvField(r.evidence),
                           CsvField(r.basis), CsvField(r.suggestion), CsvField(r.fix));
      }
    }
  }
  return out;
}

}  // namespace plancheck::report
