// The audit's index.html, for a handful of plans or a province's thousands: the gaps most plans
// share, per-region rollups, every plan grouped by region (sortable, filterable), the plans ×
// rules matrix (for small audits; else matrix.xlsx), the indicators side by side with a chart
// each. One self-contained page; a small inline script sorts and filters, the page reads the same
// without it. Per-plan detail stays in the per-plan reports.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "checker/report/audit_model.h"
#include "checker/report/audit_rollups.h"
#include "checker/report/common.h"
#include "checker/report/html_page.h"
#include "checker/report/index_sections.h"
#include "checker/report/skipped.h"

namespace plancheck::report {
namespace {

constexpr std::string_view kIndexCss = R"css(
body { max-width: none; }
.scroll { overflow-x: auto; max-width: 100%; }
table.matrix { font-size: .85rem; }
table.matrix td { text-align: center; padding: .15rem .3rem; min-width: 1.6rem; }
table.matrix th.rule { writing-mode: vertical-rl; text-orientation: mixed; white-space: nowrap;
  font-weight: normal; padding: .4rem .1rem; max-height: 12rem; }
table.matrix th.pack { text-align: center; }
table.matrix tbody th { white-space: nowrap; }
table.indicators td { font-size: .9rem; }
.legend span { margin-right: .8rem; }
#gaps td:nth-child(2), #gaps td:nth-child(3) { white-space: nowrap; }
tr.g th { background: #eef2f6; font-weight: 600; }
th[data-sort] { cursor: pointer; user-select: none; }
th[aria-sort=ascending]::after { content: " ▲"; } th[aria-sort=descending]::after { content: " ▼"; }
.tools { margin: .5rem 0; } .tools input { width: 14rem; }
#plans td:nth-child(n+4):nth-child(-n+7) { text-align: right; }
[hidden] { display: none !important; }
figure.chart { margin: .8rem 0; } figure.chart figcaption { font-weight: 600; }
@media print { @page { size: A4 landscape; } table.matrix { font-size: 7pt; } .tools { display: none; } }
)css";

std::string E(std::string_view s) { return HtmlEscape(s); }

constexpr std::size_t kCommonGapsShown = 20;    // rows of 主要差距
constexpr std::size_t kGapLinks = 10;           // plans linked per gap (the rest via #gap=)
constexpr std::size_t kMatrixRowsInPage = 100;  // beyond, the matrix is in matrix.xlsx/.csv only
constexpr std::size_t kCitiesOpen = 12;         // more cities than this: their rollups start folded

// Per plan, the ranks of the 主要差距 shown that it has (for the plans table's data-g).
std::vector<std::vector<std::size_t>> GapsOfPlans(const CheckRun& run,
                                                  const std::vector<CommonGap>& gaps) {
  std::vector<std::vector<std::size_t>> of(run.plans.size());
  for (std::size_t k = 0; k < gaps.size() && k < kCommonGapsShown; ++k) {
    for (const std::size_t n : gaps[k].plans) of[n].push_back(k);
  }
  return of;
}

// Headline figures above the tables.
void Cards(const CheckRun& run, const Matrix& matrix, Lang lang, std::string& out) {
  double total = 0;
  int with_errors = 0;
  for (const CheckedPlan& plan : run.plans) {
    total += RoundScore(plan.report.summary.score);
    if (plan.report.summary.failing.error > 0) ++with_errors;
  }
  const double mean = run.plans.empty() ? 100 : RoundScore(total / run.plans.size());
  out += fmt::format(
      "<div class=\"cards\"><div class=\"card\"><b>{}</b>{}</div><div class=\"card\"><b>{}</b>{}"
      "</div><div class=\"card\"><b>{}</b>{}</div><div class=\"card\"><b>{}</b>{}</div></div>\n"
      "<p class=\"no-print\"><a href=\"#common-gaps\">{}</a> · <a href=\"#regions\">{}</a> · "
      "<a href=\"#plans-table\">{}</a> · <a href=\"#matrix-table\">{}</a> · "
      "<a href=\"#indicator-comparison\">{}</a> · <a href=\"matrix.xlsx\">matrix.xlsx</a></p>\n",
      run.plans.size(), Tr(lang, "份规划", "plans"), matrix.columns.size(),
      Tr(lang, "条规则", "rules"), FormatNumber(mean), Tr(lang, "平均得分", "mean score"),
      with_errors, Tr(lang, "份有错误级差距", "with error-level gaps"),
      Tr(lang, "主要差距", "Common gaps"), Tr(lang, "分地区汇总", "By region"),
      Tr(lang, "各规划得分", "Scores"), Tr(lang, "矩阵", "Matrix"),
      Tr(lang, "指标对照", "Indicators"));
}

// Per plan, its reports beside the one its name links to.
std::string ReportLinks(const AuditLayout& layout, std::size_t n, Lang lang) {
  return fmt::format(
      "<a href=\"{}\">MD</a> · <a href=\"{}\">JSON</a> · <a href=\"{}\">{}</a>{}",
      E(UriEncode(layout.PlanReport(n, "md"))), E(UriEncode(layout.PlanReport(n, "json"))),
      E(UriEncode(layout.ReviewOpinion(n))), Tr(lang, "审核意见 (.docx)", "Review opinion (.docx)"),
      AnnotatedCopyLink(layout.AnnotatedCopy(n), lang, " · "));
}

// The plans, grouped province › city › county (a group row before each place's plans), each with
// its score and its rules with a gap per level. The script sorts by any column (the group rows
// then hide) and filters; data-g lists the 主要差距 the plan has, for the #gap= filter.
void Scores(const CheckRun& run, const AuditLayout& layout, const IndexOrder& order,
            const std::vector<std::vector<std::size_t>>& gaps_of, Lang lang, std::string& out) {
  out += fmt::format(
      "<h2 id=\"plans-table\">{}</h2>\n<p class=\"muted\">{}</p>\n"
      "<div class=\"tools\" hidden><label>{} <input id=\"q\" type=\"search\"></label> "
      "<label>{} <select id=\"lv\"><option value=\"\">{}</option><option value=\"e\">{}</option>"
      "<option value=\"w\">{}</option></select></label> <span class=\"muted\">{} <span "
      "id=\"shown\"></span></span> <span id=\"gapnote\" hidden><b></b><a href=\"#\" "
      "id=\"gapclear\">{}</a></span></div>\n",
      Tr(lang, "各规划得分", "Scores"),
      Tr(lang,
         "按地区分组，组内按名称排列；点击表头按该列排序。得分按级别加权：错误计 3、警告计 2、"
         "提示计 1，通过计满分，部分计一半，不适用不计。",
         "Grouped by region, by name within a group; click a column's head to sort by it. Scores "
         "are weighted by level (error 3, warning 2, info 1; a pass counts in full, a partial "
         "half, n/a not at all)."),
      Tr(lang, "筛选：", "Filter:"), Tr(lang, "差距级别：", "Gaps:"), Tr(lang, "全部", "all plans"),
      Tr(lang, "有错误级差距", "with error-level gaps"),
      Tr(lang, "有警告级以上差距", "with warning-level gaps or worse"), Tr(lang, "显示", "showing"),
      Tr(lang, "（清除）", "(clear)"));
  out += fmt::format(
      "<table id=\"plans\">\n<thead><tr><th data-sort=\"name\">{}</th><th "
      "data-sort=\"region\">{}</th><th data-sort=\"period\">{}</th><th "
      "data-sort=\"score\">{}</th><th data-sort=\"error\">{}</th><th "
      "data-sort=\"warning\">{}</th><th data-sort=\"info\">{}</th><th>{}</th></tr></thead>\n"
      "<tbody>\n",
      Tr(lang, "规划", "Plan"), Tr(lang, "地区", "Region"), Tr(lang, "规划期", "Period"),
      Tr(lang, "得分", "Score"), Tr(lang, "错误级差距", "Failing: error"),
      Tr(lang, "警告级差距", "Failing: warning"), Tr(lang, "提示级差距", "Failing: info"),
      Tr(lang, "其他报告", "Other reports"));
  for (std::size_t g = 0; g < order.groups.size(); ++g) {
    const PlanGroup& group = order.groups[g];
    out += fmt::format(
        "<tr class=\"g\"><th colspan=\"8\">{} <span class=\"muted\">{}</span></th></tr>\n",
        E(group.Label(lang)),
        lang == Lang::kZh ? fmt::format("{} 份", group.plans.size())
                          : fmt::format("{} plans", group.plans.size()));
    for (const std::size_t n : group.plans) {
      const CheckedPlan& plan = run.plans[n];
      const Metadata& m = plan.document->metadata;
      const Summary& s = plan.report.summary;
      std::string g_list;
      for (const std::size_t k : gaps_of[n]) {
        if (!g_list.empty()) g_list += ' ';  // appended: GCC 12's bogus -Wrestrict (bug 105329)
        g_list += std::to_string(k);
      }
      out += fmt::format(
          "<tr data-n=\"{}\" data-g=\"{}\"><td data-k=\"{}\"><a href=\"{}\">{}</a><br><small "
          "class=\"muted\">{}</small></td><td data-k=\"{}\">{}</td><td>{}</td><td>{}</td>"
          "<td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
          order.rank[n], g_list, order.rank[n], E(UriEncode(layout.PlanReport(n, "html"))),
          E(PlanTitle(*plan.document)), E(plan.path()), g, E(RegionText(m.region)),
          PeriodText(m.period, lang), FormatNumber(RoundScore(s.score)), s.failing.error,
          s.failing.warning, s.failing.info, ReportLinks(layout, n, lang));
    }
  }
  out += "</tbody>\n</table>\n";
}

// 主要差距: the rules most plans fail, with links to those plans (the first few here, all of them
// through the plans table's #gap= filter).
void CommonGapsSection(const CheckRun& run, const AuditLayout& layout, const Matrix& matrix,
                       const std::vector<CommonGap>& gaps, Lang lang, std::string& out) {
  out += fmt::format("<h2 id=\"common-gaps\">{}</h2>\n", Tr(lang, "主要差距", "Most common gaps"));
  if (gaps.empty()) {
    out += fmt::format("<p class=\"muted\">{}</p>\n",
                       Tr(lang, "各规划均无差距。", "No plan has a gap."));
    return;
  }
  out += fmt::format(
      "<p class=\"muted\">{}</p>\n<table id=\"gaps\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th>"
      "<th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
      Tr(lang, "未通过或仅部分通过的规划最多的规则，按规划数排列。",
         "The rules most plans fail or only partly pass, most plans first."),
      Tr(lang, "规则", "Rule"), Tr(lang, "级别", "Level"), Tr(lang, "规划数", "Plans"),
      Tr(lang, "占适用规划", "Of plans applied"), Tr(lang, "规划", "Plans"));
  const std::size_t shown = std::min(gaps.size(), kCommonGapsShown);
  for (std::size_t k = 0; k < shown; ++k) {
    const CommonGap& gap = gaps[k];
    const MatrixColumn& column = matrix.columns[gap.column];
    const RuleTally t = Tally(matrix, gap.column);
    const int applied = t.pass + t.fail + t.partial + t.na;
    std::string links;
    for (std::size_t i = 0; i < gap.plans.size() && i < kGapLinks; ++i) {
      const std::size_t n = gap.plans[i];
      links += fmt::format("{}<a href=\"{}\">{}</a>", links.empty() ? "" : "、",
                           E(UriEncode(layout.PlanReport(n, "html"))), E(PlanLabel(run.plans[n])));
    }
    if (gap.plans.size() > kGapLinks) {
      links += lang == Lang::kZh ? fmt::format(" 等 {} 份", gap.plans.size())
                                 : fmt::format(" and {} more", gap.plans.size() - kGapLinks);
    }
    links += fmt::format(" <a href=\"#gap={}\" class=\"no-print\">{}</a>", k,
                         Tr(lang, "在规划表中筛选", "filter the plans table"));
    out += fmt::format(
        "<tr id=\"gap-{}\" data-title=\"{}\"><td>{}<br><code>{}</code></td><td>{}</td>"
        "<td>{}{}</td><td>{}%</td><td>{}</td></tr>\n",
        k, E(column.Title()), E(column.Title()), E(column.rule),
        column.info != nullptr ? LevelLabel(column.info->level, lang) : "", gap.Plans(),
        gap.partial > 0 ? fmt::format(" <small class=\"muted\">({} {})</small>", gap.partial,
                                      StatusLabel(Status::kPartial, lang))
                        : std::string(),
        applied > 0 ? FormatNumber(std::round(1000.0 * gap.Plans() / applied) / 10) : "0", links);
  }
  out += "</tbody>\n</table>\n";
}

// A rollup table: the provinces', or the cities' (with their province) folded under a <details>.
void RollupTable(const Matrix& matrix, const std::vector<RegionRollup>& rollups, bool cities,
                 Lang lang, std::string& out) {
  out += fmt::format(
      "<table id=\"{}\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th>"
      "<th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
      cities ? "rollups-cities" : "rollups", Tr(lang, "地区", "Region"),
      Tr(lang, "规划数", "Plans"), Tr(lang, "平均得分", "Mean score"),
      Tr(lang, "最低得分", "Lowest score"), Tr(lang, "错误级差距", "Failing: error"),
      Tr(lang, "警告级差距", "Failing: warning"), Tr(lang, "提示级差距", "Failing: info"),
      Tr(lang, "最常见的差距", "Most common gaps"));
  for (const RegionRollup& r : rollups) {
    if (r.city.empty() == cities) continue;
    const std::string place = r.province.empty() ? Tr(lang, "地区未识别", "Region not resolved")
                              : cities           ? E(r.province) + " › " + E(r.city)
                                                 : E(r.province);
    std::string top;
    for (const std::size_t c : r.top_gaps) {
      top += (top.empty() ? "" : "；") + E(matrix.columns[c].Title());
    }
    out += fmt::format(
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
        "<td>{}</td></tr>\n",
        place, r.plans, FormatNumber(r.mean_score), FormatNumber(r.min_score), r.failing.error,
        r.failing.warning, r.failing.info, top);
  }
  out += "</tbody>\n</table>\n";
}

// Per province, then per city: how many plans, how they scored, the gaps they share most. A
// province's hundreds of cities fold away, so the page's first screen stays the summary.
void RegionRollups(const Matrix& matrix, const std::vector<RegionRollup>& rollups, Lang lang,
                   std::string& out) {
  out += fmt::format("<h2 id=\"regions\">{}</h2>\n", Tr(lang, "分地区汇总", "By region"));
  RollupTable(matrix, rollups, false, lang, out);
  const auto cities = static_cast<std::size_t>(std::count_if(
      rollups.begin(), rollups.end(), [](const RegionRollup& r) { return !r.city.empty(); }));
  if (cities == 0) return;
  out += fmt::format("<details{}><summary>{}</summary>\n", cities <= kCitiesOpen ? " open" : "",
                     lang == Lang::kZh ? fmt::format("各市汇总（{} 个市）", cities)
                                       : fmt::format("By city ({} cities)", cities));
  RollupTable(matrix, rollups, true, lang, out);
  out += "</details>\n";
}

void MatrixHead(const Matrix& matrix, Lang lang, std::string& out) {
  out += fmt::format("<thead>\n<tr><th rowspan=\"2\">{}</th>", Tr(lang, "规划", "Plan"));
  for (std::size_t c = 0; c < matrix.columns.size();) {
    std::size_t end = c;
    while (end < matrix.columns.size() && matrix.columns[end].pack == matrix.columns[c].pack) ++end;
    out += fmt::format("<th class=\"pack\" colspan=\"{}\">{}</th>", end - c,
                       E(matrix.columns[c].pack));
    c = end;
  }
  out += "</tr>\n<tr>";
  for (const MatrixColumn& column : matrix.columns) {
    out += fmt::format("<th class=\"rule\" title=\"{}\">{}</th>", E(column.rule),
                       E(Truncate(OneLine(column.Title()), 14)));
  }
  out += "</tr>\n</thead>\n";
}

void MatrixTable(const CheckRun& run, const AuditLayout& layout, const Matrix& matrix,
                 const IndexOrder& order, Lang lang, std::string& out) {
  out += fmt::format("<h2 id=\"matrix-table\">{}</h2>\n",
                     Tr(lang, "规划 × 规则矩阵", "Plans × rules"));
  if (run.plans.size() > kMatrixRowsInPage) {
    // Plans × every rule is a cell per pair: for a province's plans that is megabytes of page.
    out += fmt::format(
        "<p>{}</p>\n",
        lang == Lang::kZh
            ? fmt::format("共 {} 份规划 × {} 条规则，矩阵见 <a href=\"matrix.xlsx\">matrix.xlsx</a>"
                          "（可筛选）与 <a "
                          "href=\"matrix.csv\">matrix.csv</a>；每份规划的逐条结果见其报告。",
                          run.plans.size(), matrix.columns.size())
            : fmt::format(
                  "{} plans × {} rules: the matrix is in <a href=\"matrix.xlsx\">matrix.xlsx"
                  "</a> (with filters) and <a href=\"matrix.csv\">matrix.csv</a>; each plan's "
                  "report has its results rule by rule.",
                  run.plans.size(), matrix.columns.size()));
    return;
  }
  out += fmt::format(
      "<p class=\"legend\">{} {} {} {} <span class=\"badge s-none\">·</span>{}</p>\n",
      StatusBadge(Status::kPass, lang), StatusBadge(Status::kPartial, lang),
      StatusBadge(Status::kFail, lang), StatusBadge(Status::kNa, lang),
      Tr(lang, "未适用（规则包不适用于该规划）", "not applied (the pack does not apply)"));
  out += "<div class=\"scroll\">\n<table class=\"matrix\" id=\"matrix\">\n";
  MatrixHead(matrix, lang, out);
  out += "<tbody>\n";
  for (const std::size_t n : order.plans) {
    const CheckedPlan& plan = run.plans[n];
    out += fmt::format("<tr data-plan=\"{}\"><th><a href=\"{}\" title=\"{}\">{}</a></th>",
                       E(plan.path()), E(UriEncode(layout.PlanReport(n, "html"))),
                       E(PlanTitle(*plan.document)), E(PlanLabel(plan)));
    for (std::size_t c = 0; c < matrix.columns.size(); ++c) {
      const std::optional<Status>& cell = matrix.cells[n][c];
      if (!cell) {
        out += "<td class=\"s-none\">·</td>";
        continue;
      }
      const Result* r = DecidingResult(plan, matrix.columns[c].rule);
      std::string tip = matrix.columns[c].rule + ": " + StatusLabel(*cell, lang);
      if (r != nullptr && !r->message.empty()) tip += " — " + OneLine(r->message);
      out += fmt::format("<td class=\"{}\" title=\"{}\">{}</td>", StatusClass(*cell), E(tip),
                         StatusMark(*cell));
    }
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n</div>\n";
}

void RuleLegend(const Matrix& matrix, Lang lang, std::string& out) {
  out += fmt::format(
      "<h2>{}</h2>\n<table id=\"rules\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th>"
      "<th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
      Tr(lang, "规则", "Rules"), Tr(lang, "规则", "Rule"), Tr(lang, "级别", "Level"),
      Tr(lang, "依据", "Basis"), StatusLabel(Status::kPass, lang),
      StatusLabel(Status::kPartial, lang), StatusLabel(Status::kFail, lang),
      StatusLabel(Status::kNa, lang));
  for (std::size_t c = 0; c < matrix.columns.size(); ++c) {
    const MatrixColumn& column = matrix.columns[c];
    const RuleTally t = Tally(matrix, c);
    out += fmt::format(
        "<tr><td><code>{}</code><br>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
        "<td>{}</td></tr>\n",
        E(column.rule), E(column.Title()),
        column.info != nullptr ? LevelLabel(column.info->level, lang) : "",
        column.info != nullptr
            ? E(column.info->basis) + (column.info->source == BasisSource::kSecondary
                                           ? fmt::format("<span class=\"muted\">{}</span>",
                                                         BasisSourceNote(column.info->source, lang))
                                           : std::string())
            : "",
        t.pass, t.partial, t.fail, t.na);
  }
  out += "</tbody>\n</table>\n";
}

void Failures(const CheckRun& run, Lang lang, std::string& out) {
  if (run.failures.empty()) return;
  out += fmt::format("<h2 class=\"s-fail\">{}</h2>\n<ul>\n",
                     Tr(lang, "无法读取的文件", "Files that could not be read"));
  for (const InputFailure& f : run.failures) {
    out += "<li><code>" + E(f.path) + "</code>: " + E(f.message) + "</li>\n";
  }
  out += "</ul>\n";
}

// What the folders held that is no plan: the auditor sees how much of the delivery was covered.
void Skipped(const CheckRun& run, Lang lang, std::string& out) {
  if (run.skipped.empty() && run.failures.empty()) return;
  out +=
      "<h2>" + E(SkippedSummary(run.skipped, run.failures, lang)) + "</h2>\n<ul class=\"muted\">\n";
  for (const SkippedFile& s : run.skipped) {
    out += "<li><code>" + E(s.path) + "</code>" + Tr(lang, "：", ": ") + E(s.reason) + "</li>\n";
  }
  out += "</ul>\n";
}

}  // namespace

IndexOrder MakeIndexOrder(const CheckRun& run) {
  IndexOrder order;
  order.groups = GroupByRegion(run);
  order.plans = RegionOrder(order.groups);
  order.rank.assign(run.plans.size(), 0);
  order.group_rank.assign(run.plans.size(), 0);
  for (std::size_t i = 0; i < order.plans.size(); ++i) order.rank[order.plans[i]] = i;
  for (std::size_t g = 0; g < order.groups.size(); ++g) {
    for (const std::size_t n : order.groups[g].plans) order.group_rank[n] = g;
  }
  return order;
}

std::string RenderIndexHtml(const CheckRun& run, const AuditLayout& layout,
                            const RenderOptions& options) {
  const Lang lang = options.lang;
  const Matrix matrix = BuildMatrix(run);
  const IndexOrder order = MakeIndexOrder(run);
  const std::vector<CommonGap> gaps = CommonGaps(matrix, order.plans);
  const std::string title =
      Tr(lang, "公共法律服务体系建设规划合规审查", "Public legal service plans: compliance audit");
  std::string out = HtmlPageStart(lang, title, kIndexCss);
  out += fmt::format("<h1>{}</h1>\n", E(title));
  Cards(run, matrix, lang, out);
  Failures(run, lang, out);
  Skipped(run, lang, out);
  CommonGapsSection(run, layout, matrix, gaps, lang, out);
  RegionRollups(matrix, RollUp(run, matrix, order.groups), lang, out);
  Scores(run, layout, order, GapsOfPlans(run, gaps), lang, out);
  MatrixTable(run, layout, matrix, order, lang, out);
  IndicatorComparison(run, layout, matrix, order, lang, out);
  RuleLegend(matrix, lang, out);
  out += "<script>";
  out += IndexScript();
  out += "</script>\n";
  out += HtmlPageEnd(run, lang);
  return out;
}

}  // namespace plancheck::report
