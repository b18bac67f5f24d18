#include <fmt/format.h>

#include "checker/report/common.h"
#include "checker/serve/page_frame.h"
#include "checker/serve/pages.h"
#include "checker/serve/plan_text.h"

namespace plancheck::serve {
namespace {

using report::HtmlEscape;
using report::Lang;
using report::Tr;

std::string PlanRow(const StoredReport& stored, const std::string& id, std::size_t i, Lang lang) {
  const report::CheckedPlan& plan = stored.run.plans[i];
  LevelCounts found;
  for (const std::size_t r : ShownFindings(plan)) ++found.at(plan.report.results[r].level);
  return fmt::format(
      "<tr><td><a class=\"plan-link\" href=\"/report/{}/{}{}\">{}</a></td><td>{}</td><td>{}</td>"
      "<td>{}</td><td class=\"num\">{}</td><td class=\"num lv-error\">{}</td>"
      "<td class=\"num lv-warning\">{}</td><td class=\"num lv-info\">{}</td></tr>\n",
      id, i, LangQuery(lang), HtmlEscape(stored.shown[i]),
      HtmlEscape(report::PlanTitle(*plan.document)),
      HtmlEscape(report::RegionText(plan.document->metadata.region)),
      HtmlEscape(report::PeriodText(plan.document->metadata.period, lang)),
      report::FormatNumber(report::RoundScore(plan.report.summary.score)), found.error,
      found.warning, found.info);
}

}  // namespace

std::string RunPage(const StoredReport& stored, const std::string& id, Lang lang) {
  const report::CheckRun& run = stored.run;
  std::string out = PageStart(lang, Tr(lang, "检查结果", "Results"), "/report/" + id, "report.js");
  out += fmt::format(
      "<h1>{}</h1>\n",
      HtmlEscape(fmt::format(fmt::runtime(Tr(lang, "{} 份规划的检查结果", "Results for {} plans")),
                             run.plans.size() + run.failures.size())));
  out += fmt::format(
      "<nav class=\"downloads\"><a id=\"dl-json\" href=\"/report/{0}/report.json\" "
      "download>JSON</a>\n<a id=\"dl-sarif\" href=\"/report/{0}/report.sarif\" "
      "download>SARIF</a></nav>\n",
      id);
  if (!run.plans.empty()) {
    out += fmt::format(
        "<table class=\"runs\" id=\"runs\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th>"
        "<th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        Tr(lang, "文件", "File"), Tr(lang, "标题", "Title"), Tr(lang, "地区", "Region"),
        Tr(lang, "规划期", "Period"), Tr(lang, "得分", "Score"),
        report::LevelLabel(Severity::kError, lang), report::LevelLabel(Severity::kWarning, lang),
        report::LevelLabel(Severity::kInfo, lang));
    for (std::size_t i = 0; i < run.plans.size(); ++i) out += PlanRow(stored, id, i, lang);
    out += "</tbody>\n</table>\n";
  }
  if (!run.failures.empty()) {
    out += fmt::format("<h2>{}</h2>\n<ul class=\"failures\" id=\"failures\">\n",
                       Tr(lang, "无法读取的文件", "Files that could not be read"));
    for (const report::InputFailure& f : run.failures) {
      out += "<li>" + HtmlEscape(f.message) + "</li>\n";
    }
    out += "</ul>\n";
  }
  out += PageEnd(lang);
  return out;
}

}  // namespace plancheck::serve
