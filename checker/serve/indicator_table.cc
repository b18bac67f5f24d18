#include "checker/serve/indicator_table.h"

#include <fmt/format.h>

#include "checker/report/common.h"
#include "checker/report/html_page.h"

namespace plancheck::serve {
namespace {

using report::HtmlEscape;
using report::Lang;
using report::Tr;

std::string TargetRows(const report::CheckedPlan& plan, const report::CheckRun& run, Lang lang) {
  std::string rows;
  for (std::size_t i = 0; i < plan.report.results.size(); ++i) {
    const Result& r = plan.report.results[i];
    const RuleInfo* rule = run.FindRule(r.rule);
    if (r.status == Status::kNa || rule == nullptr) continue;
    if (rule->kind != "indicator" && !r.counterpart) continue;
    const std::string target = r.counterpart ? r.counterpart->higher_target : rule->target;
    const std::string found = r.counterpart && !r.counterpart->lower_target.empty()
                                  ? r.counterpart->lower_name + " " + r.counterpart->lower_target
                                  : report::Truncate(r.evidence, 60);
    const std::string where = report::HumanLocation(*plan.document, r.location, lang);
    const std::string place =
        r.location.line > 0 && report::IsGap(r) && !plan.Accepted(i)
            ? fmt::format("<a class=\"finding-link\" href=\"#f-{}\" data-target=\"f-{}\">{}</a>", i,
                          i, HtmlEscape(where))
            : HtmlEscape(where);
    rows += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                        HtmlEscape(rule->title), HtmlEscape(target), HtmlEscape(found),
                        report::StatusBadge(r.status, lang), place);
  }
  return rows;
}

}  // namespace

std::string IndicatorTables(const report::CheckedPlan& plan, const report::CheckRun& run,
                            Lang lang) {
  std::string out = fmt::format("<section class=\"indicators\" id=\"indicators\">\n<h2>{}</h2>\n",
                                Tr(lang, "指标与框架目标", "Indicators against the framework"));
  const std::string rows = TargetRows(plan, run, lang);
  if (rows.empty()) {
    out += fmt::format(
        "<p class=\"muted\">{}</p>\n",
        Tr(lang, "没有适用于这份规划的指标规则。", "No indicator rule applies to this plan."));
  } else {
    out += fmt::format(
        "<table class=\"targets\" id=\"targets\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th>"
        "<th>{}</th><th>{}</th></tr></thead>\n<tbody>\n{}</tbody>\n</table>\n",
        Tr(lang, "指标", "Indicator"), Tr(lang, "框架目标", "Framework target"),
        Tr(lang, "规划中", "In the plan"), Tr(lang, "结果", "Result"), Tr(lang, "位置", "Where"),
        rows);
  }
  const std::vector<Indicator>& items = plan.report.indicators.items;
  out += fmt::format("<h3>{} ({})</h3>\n", Tr(lang, "规划中的量化指标", "The plan's own targets"),
                     items.size());
  if (items.empty()) {
    out += "</section>\n";
    return out;
  }
  out += fmt::format(
      "<table class=\"plan-indicators\" id=\"plan-indicators\">\n<thead><tr><th>{}</th><th>{}</th>"
      "<th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
      Tr(lang, "指标", "Indicator"), Tr(lang, "目标", "Target"), Tr(lang, "每万人", "Per 10,000"),
      Tr(lang, "性质", "Nature"), Tr(lang, "目标年", "Year"), Tr(lang, "位置", "Where"));
  for (const Indicator& i : items) {
    const Location at{i.line, i.column, ""};
    out += fmt::format(
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
        "<td><a href=\"#L{}\">{}</a></td></tr>\n",
        HtmlEscape(i.name), HtmlEscape(report::FormatTarget(i)),
        HtmlEscape(report::FormatNormalised(i)), HtmlEscape(i.nature),
        i.year ? std::to_string(*i.year) : "", i.line,
        HtmlEscape(report::HumanLocation(*plan.document, at, lang)));
  }
  out += "</tbody>\n</table>\n</section>\n";
  return out;
}

}  // namespace plancheck::serve
