// index.html's 指标对照: one row per plan, one column per indicator rule, the plan's target as
// written with its per-10,000 value beside it where the indicator is per person; then a strip
// chart per indicator (indicator_chart.h). Plans as rows keep the table as wide as the rulebook's
// indicators, not as the audit's plans.
#include <fmt/format.h>
#include <re2/re2.h>

#include "checker/engine/checks/units.h"
#include "checker/report/common.h"
#include "checker/report/html_page.h"
#include "checker/report/index_sections.h"
#include "checker/report/indicator_chart.h"

namespace plancheck::report {
namespace {

std::string E(std::string_view s) { return HtmlEscape(s); }

// A framework target as the rulebook writes it ("≥100%", "≥150件/10万人"), read back as a number
// and a unit; per-person rates are charted per 10,000 people, as the table shows them.
struct ChartTarget {
  std::optional<double> value;
  std::optional<checks::Unit> unit;  // the axis's unit; nullopt: plans' values as written
  std::string written;
};

ChartTarget ReadTarget(const MatrixColumn& column) {
  ChartTarget t;
  if (column.info == nullptr || column.info->target.empty()) return t;
  t.written = column.info->target;
  static const RE2 kTarget(R"(^(?:≥|>|=|≤|<)?\s*([0-9]+(?:\.[0-9]+)?)\s*(.*)$)");
  double value = 0;
  std::string unit_text;
  if (!RE2::FullMatch(t.written, kTarget, &value, &unit_text)) return t;
  std::optional<checks::Unit> unit = checks::ParseUnit(unit_text);
  if (!unit) return t;
  if (unit->rate()) {
    const checks::Unit per10k{unit->count, 10000, unit->count + "/万人"};
    value = checks::Convert(value, *unit, per10k);
    unit = per10k;
  }
  t.value = value;
  t.unit = unit;
  return t;
}

// The plan's value on the chart's axis, nullopt when it cannot be put there (a change, another
// unit).
std::optional<double> ChartValue(const Indicator& indicator, const ChartTarget& target) {
  if (indicator.kind == "change") return std::nullopt;
  if (!target.unit) return indicator.normalised.value_or(indicator.value);
  const std::optional<checks::Unit> unit = checks::ParseUnit(indicator.unit);
  if (!unit || !checks::Comparable(*unit, *target.unit)) return std::nullopt;
  return checks::Convert(indicator.value, *unit, *target.unit);
}

struct Column {
  std::size_t matrix_column;
  ChartTarget target;
  std::vector<ChartPoint> points;
};

std::string Cell(const CheckedPlan& plan, Column& column, const MatrixColumn& rule,
                 const std::optional<Status>& status, Lang lang) {
  if (!status) return "<td></td>";
  const Result* r = DecidingResult(plan, rule.rule);
  const Indicator* indicator = r != nullptr ? IndicatorAt(plan, *r) : nullptr;
  if (indicator == nullptr) {
    return fmt::format("<td class=\"{}\">{}</td>", StatusClass(*status), StatusMark(*status));
  }
  const std::optional<double> value = ChartValue(*indicator, column.target);
  if (value) column.points.push_back({*value, *status == Status::kPass, PlanLabel(plan)});
  std::string body = E(FormatTarget(*indicator));
  if (const std::string per = FormatNormalised(*indicator); !per.empty()) {
    body += fmt::format("<br><small>{}{}</small>", Tr(lang, "每万人 ", "per 10k "), E(per));
  }
  return fmt::format("<td class=\"{}\"{}>{}</td>", StatusClass(*status),
                     value ? fmt::format(" data-k=\"{}\"", FormatNumber(*value)) : "", body);
}

void Charts(const Matrix& matrix, const std::vector<Column>& columns, std::size_t plans, Lang lang,
            std::string& out) {
  out += fmt::format(
      "<h3>{}</h3>\n<p class=\"muted\">{}</p>\n",
      Tr(lang, "各指标分布", "Each indicator across the plans"),
      lang == Lang::kZh
          ? fmt::format("每个点是一份规划（绿色：达到框架目标；红色：未达到），虚线为框架目标；"
                        "设定该指标的规划多于 {} 份时，改为每根柱表示一个数值区间内的规划数。",
                        kDotsUpTo)
          : fmt::format("Each dot is a plan (green: meets the framework target; red: does not); "
                        "the dashed line is the target. Beyond {} plans with the indicator, each "
                        "bar counts the plans in a range of values.",
                        kDotsUpTo));
  for (const Column& column : columns) {
    const MatrixColumn& rule = matrix.columns[column.matrix_column];
    const std::size_t applied =
        plans - static_cast<std::size_t>(Tally(matrix, column.matrix_column).not_applied);
    out += fmt::format(
        "<figure class=\"chart\"><figcaption>{} <span class=\"muted\">{}</span></figcaption>",
        E(rule.Title()),
        lang == Lang::kZh
            ? fmt::format("{} 份规划设定了可比目标，共 {} 份适用", column.points.size(), applied)
            : fmt::format("{} of {} plans set a comparable target", column.points.size(), applied));
    out += column.points.empty()
               ? fmt::format("<p class=\"muted\">{}</p>",
                             Tr(lang, "无可比的数值。", "No comparable values."))
               : StripChart(column.points, column.target.value, column.target.written,
                            column.target.unit ? column.target.unit->written : "", lang);
    out += "</figure>\n";
  }
}

}  // namespace

void IndicatorComparison(const CheckRun& run, const AuditLayout& layout, const Matrix& matrix,
                         const IndexOrder& order, Lang lang, std::string& out) {
  out += fmt::format("<h2 id=\"indicator-comparison\">{}</h2>\n",
                     Tr(lang, "指标对照", "Indicators side by side"));
  std::vector<Column> columns;
  for (std::size_t c = 0; c < matrix.columns.size(); ++c) {
    if (matrix.columns[c].IsIndicator()) columns.push_back({c, ReadTarget(matrix.columns[c]), {}});
  }
  if (columns.empty()) {
    out += fmt::format("<p class=\"muted\">{}</p>\n",
                       Tr(lang, "没有适用的指标规则。", "No indicator rules applied."));
    return;
  }
  out += fmt::format(
      "<div class=\"tools\" hidden><label>{} <input id=\"iq\" type=\"search\"></label> "
      "<span class=\"muted\">{} <span id=\"ishown\"></span></span></div>\n"
      "<div class=\"scroll\">\n<table class=\"indicators\" id=\"indicators\">\n<thead><tr>"
      "<th data-sort=\"name\">{}</th><th data-sort=\"region\">{}</th>",
      Tr(lang, "筛选规划：", "Filter plans:"), Tr(lang, "显示", "showing"),
      Tr(lang, "规划", "Plan"), Tr(lang, "地区", "Region"));
  for (const Column& column : columns) {
    const MatrixColumn& rule = matrix.columns[column.matrix_column];
    out += fmt::format("<th data-sort=\"i{}\" title=\"{}\">{}<br><small>{}{}</small></th>",
                       column.matrix_column, E(rule.rule), E(Truncate(rule.Title(), 16)),
                       Tr(lang, "目标 ", "target "),
                       column.target.written.empty() ? "—" : E(column.target.written));
  }
  out += "</tr></thead>\n<tbody>\n";
  for (const std::size_t n : order.plans) {
    const CheckedPlan& plan = run.plans[n];
    out += fmt::format(
        "<tr data-n=\"{0}\"><td data-k=\"{0}\"><a href=\"{1}\">{2}</a></td><td "
        "data-k=\"{3}\">{4}</td>",
        order.rank[n], E(UriEncode(layout.PlanReport(n, "html"))), E(PlanLabel(plan)),
        order.group_rank[n], E(RegionText(plan.document->metadata.region)));
    for (Column& column : columns) {
      out += Cell(plan, column, matrix.columns[column.matrix_column],
                  matrix.cells[n][column.matrix_column], lang);
    }
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n</div>\n";
  Charts(matrix, columns, run.plans.size(), lang, out);
}

}  // namespace plancheck::report
