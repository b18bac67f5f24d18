// The audit's index.html: every plan's score, the plans × rules matrix colour-coded by status,
// the indicators side by side (per 10,000 people, the framework target beside them), links to each
// plan's report. One self-contained page, no script.
#include <algorithm>
#include <tuple>

#include <fmt/format.h>

#include "checker/report/audit_model.h"
#include "checker/report/common.h"
#include "checker/report/html_page.h"
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
@media print { @page { size: A4 landscape; } table.matrix { font-size: 7pt; } }
)css";

std::string E(std::string_view s) { return HtmlEscape(s); }

// Plans by score, lowest first (PlanOrder): the score, weighted by level, beside the rules with a
// gap per level.
void Scores(const CheckRun& run, const AuditLayout& layout, Lang lang, std::string& out) {
  out += fmt::format(
      "<h2>{}</h2>\n<p class=\"muted\">{}</p>\n<table id=\"scores\">\n<thead><tr><th>{}</th>"
      "<th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th>"
      "<th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
      Tr(lang, "各规划得分", "Scores"),
      Tr(lang,
         "按得分由低到高排列。得分按级别加权：错误计 3、警告计 2、提示计 1，通过计满分，"
         "部分计一半，不适用不计。",
         "Scores are weighted by level (error 3, warning 2, info 1; a pass counts in full, a "
         "partial half, n/a not at all), lowest first."),
      Tr(lang, "规划", "Plan"), Tr(lang, "地区", "Region"), Tr(lang, "层级", "Level"),
      Tr(lang, "规划期", "Period"), Tr(lang, "得分", "Score"),
      Tr(lang, "错误级差距", "Failing: error"), Tr(lang, "警告级差距", "Failing: warning"),
      Tr(lang, "提示级差距", "Failing: info"), StatusLabel(Status::kPass, lang),
      StatusLabel(Status::kFail, lang), StatusLabel(Status::kPartial, lang),
      StatusLabel(Status::kNa, lang), Tr(lang, "报告", "Reports"));
  for (const std::size_t n : PlanOrder(run)) {
    const CheckedPlan& plan = run.plans[n];
    const Metadata& m = plan.document->metadata;
    const Summary& s = plan.report.summary;
    const double score = RoundScore(s.score);
    out += fmt::format(
        "<tr><td><a href=\"{}\">{}</a><br><span "
        "class=\"muted\">{}</span></td><td>{}</td><td>{}</td>"
        "<td>{}</td><td><span class=\"bar-track\"><span class=\"bar\" style=\"width:{}%\"></span>"
        "</span>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</"
        "td>"
        "<td><a href=\"{}\">HTML</a> · <a href=\"{}\">MD</a> · <a href=\"{}\">JSON</a> · "
        "<a href=\"{}\">{}</a>{}</td></tr>\n",
        E(UriEncode(layout.PlanReport(n, "html"))), E(PlanTitle(*plan.document)), E(plan.path()),
        E(RegionText(m.region)), m.level.empty() ? "" : AdminLevelLabel(m.level, lang),
        PeriodText(m.period, lang), FormatNumber(std::clamp(score, 0.0, 100.0)),
        FormatNumber(score), s.failing.error, s.failing.warning, s.failing.info, s.pass, s.fail,
        s.partial, s.na, E(UriEncode(layout.PlanReport(n, "html"))),
        E(UriEncode(layout.PlanReport(n, "md"))), E(UriEncode(layout.PlanReport(n, "json"))),
        E(UriEncode(layout.ReviewOpinion(n))),
        Tr(lang, "审核意见 (.docx)", "Review opinion (.docx)"),
        AnnotatedCopyLink(layout.AnnotatedCopy(n), lang, " · "));
  }
  out += "</tbody>\n</table>\n";
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

void MatrixTable(const CheckRun& run, const AuditLayout& layout, const Matrix& matrix, Lang lang,
                 std::string& out) {
  out += fmt::format("<h2>{}</h2>\n", Tr(lang, "规划 × 规则矩阵", "Plans × rules"));
  out += fmt::format(
      "<p class=\"legend\">{} {} {} {} <span class=\"badge s-none\">·</span>{}</p>\n",
      StatusBadge(Status::kPass, lang), StatusBadge(Status::kPartial, lang),
      StatusBadge(Status::kFail, lang), StatusBadge(Status::kNa, lang),
      Tr(lang, "未适用（规则包不适用于该规划）", "not applied (the pack does not apply)"));
  out += "<div class=\"scroll\">\n<table class=\"matrix\" id=\"matrix\">\n";
  MatrixHead(matrix, lang, out);
  out += "<tbody>\n";
  for (const std::size_t n : PlanOrder(run)) {
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

std::string IndicatorCell(const CheckedPlan& plan, const MatrixColumn& column,
                          const std::optional<Status>& status, Lang lang) {
  if (!status) return "<td class=\"s-none\">·</td>";
  const Result* r = DecidingResult(plan, column.rule);
  const Indicator* indicator = r != nullptr ? IndicatorAt(plan, *r) : nullptr;
  std::string body;
  if (indicator != nullptr) {
    body = E(FormatTarget(*indicator));
    if (const std::string per = FormatNormalised(*indicator); !per.empty()) {
      body += fmt::format("<br><span class=\"muted\">{}{}</span>", Tr(lang, "每万人 ", "per 10k "),
                          E(per));
    }
    if (indicator->year)
      body += fmt::format("<br><span class=\"muted\">{}</span>", *indicator->year);
  } else {
    body = StatusLabel(*status, lang);
  }
  const std::string tip = r != nullptr ? OneLine(r->message) : "";
  return fmt::format("<td class=\"{}\" title=\"{}\">{}</td>", StatusClass(*status), E(tip), body);
}

void IndicatorComparison(const CheckRun& run, const Matrix& matrix, Lang lang, std::string& out) {
  out += fmt::format("<h2>{}</h2>\n", Tr(lang, "指标对照", "Indicators side by side"));
  std::vector<std::size_t> rows;
  for (std::size_t c = 0; c < matrix.columns.size(); ++c) {
    if (matrix.columns[c].IsIndicator()) rows.push_back(c);
  }
  if (rows.empty()) {
    out += fmt::format("<p class=\"muted\">{}</p>\n",
                       Tr(lang, "没有适用的指标规则。", "No indicator rules applied."));
    return;
  }
  out += fmt::format(
      "<div class=\"scroll\">\n<table class=\"indicators\" id=\"indicators\">\n"
      "<thead><tr><th>{}</th><th>{}</th>",
      Tr(lang, "指标", "Indicator"), Tr(lang, "框架目标", "Framework target"));
  const std::vector<std::size_t> order = PlanOrder(run);
  for (const std::size_t n : order) out += "<th>" + E(PlanLabel(run.plans[n])) + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (const std::size_t c : rows) {
    const MatrixColumn& column = matrix.columns[c];
    std::string target;
    if (column.info != nullptr) {
      target = !column.info->target.empty()
                   ? E(column.info->target)
                   : "<span class=\"muted\">" + E(Truncate(column.info->basis, 60)) + "</span>";
    }
    out += fmt::format("<tr><th title=\"{}\">{}</th><td>{}</td>", E(column.rule), E(column.Title()),
                       target);
    for (const std::size_t n : order) {
      out += IndicatorCell(run.plans[n], column, matrix.cells[n][c], lang);
    }
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n</div>\n";
}

// Every per-population target of every plan, normalised to per 10,000 people, side by side.
void NormalisedIndicators(const CheckRun& run, Lang lang, std::string& out) {
  struct Row {
    std::string unit, name;
    std::size_t plan;  // rank in PlanOrder
    const Indicator* indicator;
  };
  std::vector<Row> rows;
  const std::vector<std::size_t> order = PlanOrder(run);
  for (std::size_t rank = 0; rank < order.size(); ++rank) {
    for (const Indicator& i : run.plans[order[rank]].report.indicators.items) {
      if (i.normalised) rows.push_back({i.normalised_unit, i.name, rank, &i});
    }
  }
  out += fmt::format("<h2>{}</h2>\n", Tr(lang, "按人口折算的指标（每万人）",
                                         "Per-population targets (per 10,000 people)"));
  if (rows.empty()) {
    out += fmt::format("<p class=\"muted\">{}</p>\n", Tr(lang, "各规划均未提出按人口计的指标。",
                                                         "No plan sets a per-population target."));
    return;
  }
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return std::tie(a.unit, a.name, a.plan) < std::tie(b.unit, b.name, b.plan);
  });
  out += fmt::format(
      "<table id=\"per10k\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th>"
      "<th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
      Tr(lang, "指标", "Indicator"), Tr(lang, "规划", "Plan"), Tr(lang, "原文目标", "As written"),
      Tr(lang, "每万人", "Per 10,000"), Tr(lang, "目标年", "Year"));
  for (const Row& row : rows) {
    const Indicator& i = *row.indicator;
    out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                       E(i.name), E(PlanLabel(run.plans[order[row.plan]])), E(FormatTarget(i)),
                       E(FormatNormalised(i)), i.year ? std::to_string(*i.year) : "");
  }
  out += "</tbody>\n</table>\n";
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

std::string RenderIndexHtml(const CheckRun& run, const AuditLayout& layout,
                            const RenderOptions& options) {
  const Lang lang = options.lang;
  const Matrix matrix = BuildMatrix(run);
  const std::string title =
      Tr(lang, "公共法律服务体系建设规划合规审查", "Public legal service plans: compliance audit");
  std::string out = HtmlPageStart(lang, title, kIndexCss);
  out += fmt::format(
      "<h1>{}</h1>\n<p class=\"muted\">{}</p>\n", E(title),
      lang == Lang::kZh
          ? fmt::format("{} 份规划 · {} 条规则", run.plans.size(), matrix.columns.size())
          : fmt::format("{} plans · {} rules", run.plans.size(), matrix.columns.size()));
  Failures(run, lang, out);
  Skipped(run, lang, out);
  Scores(run, layout, lang, out);
  MatrixTable(run, layout, matrix, lang, out);
  IndicatorComparison(run, matrix, lang, out);
  NormalisedIndicators(run, lang, out);
  RuleLegend(matrix, lang, out);
  out += HtmlPageEnd(run, lang);
  return out;
}

}  // namespace plancheck::report
