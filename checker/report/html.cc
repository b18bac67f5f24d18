// `check --format html` and the audit's plans/*.html: one self-contained, printable gap report.
#include <cmath>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "checker/report/against_groups.h"
#include "checker/report/common.h"
#include "checker/report/excerpt.h"
#include "checker/report/html_page.h"

namespace plancheck::report {
namespace {

std::string E(std::string_view s) { return HtmlEscape(s); }

void Facts(const CheckedPlan& plan, Lang lang, std::string& out) {
  const Document& doc = *plan.document;
  const Metadata& m = doc.metadata;
  out += "<table class=\"facts\">\n";
  const auto row = [&](const char* zh, const char* en, const std::string& value) {
    if (!value.empty())
      out += fmt::format("<tr><th>{}</th><td>{}</td></tr>\n", Tr(lang, zh, en), value);
  };
  row("文件", "File", "<code>" + E(doc.path) + "</code>");
  row("地区", "Region", E(RegionText(m.region)));
  if (!m.level.empty()) row("层级", "Level", AdminLevelLabel(m.level, lang));
  row("规划期", "Period", PeriodText(m.period, lang));
  row("文种", "Kind", E(m.kind + (m.draft ? Tr(lang, "（征求意见稿）", " (draft)") : "")));
  row("发文字号", "Document number", E(m.doc_number));
  row("日期", "Date", E(m.date));
  row("成文时间", "Written", E(WrittenText(doc, lang)));
  row("适用规则包", "Rule packs", E(fmt::format("{}", fmt::join(plan.report.packs, ", "))));
  out += "</table>\n";
}

void Cards(const CheckedPlan& plan, Lang lang, std::string& out) {
  const Summary& s = plan.report.summary;
  out += "<div class=\"cards\">\n";
  const auto card = [&](const char* cls, const char* label, const std::string& value) {
    out += fmt::format("<div class=\"card {}\">{}<b>{}</b></div>\n", cls, label, value);
  };
  card("", Tr(lang, "得分（按级别加权）", "Score (weighted by level)"),
       FormatNumber(RoundScore(s.score)));
  for (const Severity level : {Severity::kError, Severity::kWarning, Severity::kInfo}) {
    const std::string label =
        fmt::format(fmt::runtime(Tr(lang, "{}级差距", "Failing: {}")), LevelLabel(level, lang));
    card("", label.c_str(), std::to_string(s.failing.at(level)));
  }
  card("", Tr(lang, "规则", "Rules"), std::to_string(s.rules));
  card("s-pass", StatusLabel(Status::kPass, lang), std::to_string(s.pass));
  card("s-fail", StatusLabel(Status::kFail, lang), std::to_string(s.fail));
  card("s-partial", StatusLabel(Status::kPartial, lang), std::to_string(s.partial));
  card("s-na", StatusLabel(Status::kNa, lang), std::to_string(s.na));
  out += "</div>\n";
  if (const int accepted = AcceptedCount(plan); accepted > 0) {
    out += fmt::format(
        fmt::runtime(
            Tr(lang, "<p class=\"muted\">基线已接受 {} 项差距，未列出。</p>\n",
               "<p class=\"muted\">{} gaps accepted in the baseline are not listed.</p>\n")),
        accepted);
  }
}

void OneResult(const CheckedPlan& plan, std::size_t index, Lang lang, std::string& out) {
  const Result& r = plan.report.results[index];
  out += fmt::format("<div class=\"finding {}\">\n<p>{} <span class=\"badge\">{}</span>",
                     StatusClass(r.status), StatusBadge(r.status, lang), LevelLabel(r.level, lang));
  if (const std::string where = HumanLocation(*plan.document, r.location, lang); !where.empty()) {
    out += " <span class=\"muted\">" + E(where) + "</span>";
  }
  out += fmt::format(" <code>{}</code></p>\n<p><strong>{}</strong></p>\n", E(r.rule), E(r.message));
  if (IsGap(r)) {
    if (const Excerpt e = ExcerptOf(r); !e.Plain().empty()) {
      out += "<blockquote>" + E(e.before) + (e.hit.empty() ? "" : "<mark>" + E(e.hit) + "</mark>") +
             E(e.after) + "</blockquote>\n";
    }
    const auto detail = [&](const char* zh, const char* en, const std::string& value) {
      if (!value.empty()) {
        out +=
            fmt::format("<p><span class=\"muted\">{}</span>{}</p>\n", Tr(lang, zh, en), E(value));
      }
    };
    if (!r.basis.empty()) {
      out +=
          fmt::format("<p><span class=\"muted\">{}</span>{}<span class=\"muted\">{}</span></p>\n",
                      Tr(lang, "依据：", "Basis: "), E(r.basis), BasisSourceNote(r.source, lang));
    }
    detail("建议：", "Suggestion: ", r.suggestion);
    if (!SuggestionNamesFix(r)) detail("改为：", "Fix: ", r.fix);
  }
  out += "</div>\n";
}

// 衔接审核: each higher plan's indicators beside the plan's, then its other derived findings.
void AgainstTable(const CheckedPlan& plan, const std::vector<std::size_t>& rows, Lang lang,
                  std::string& out) {
  // The short columns stay on one line however narrow the page.
  out += "<style>table.against .nowrap { white-space: nowrap; }</style>\n";
  out += Tr(lang,
            "<table class=\"against\">\n<tr><th>上级规划指标</th><th>上级目标</th>"
            "<th>本规划指标</th><th>本规划目标</th><th class=\"nowrap\">对比</th><th "
            "class=\"nowrap\">结果</th><th class=\"nowrap\">匹配度</th>"
            "<th>上级规划出处</th></tr>\n",
            "<table class=\"against\">\n<tr><th>Higher plan's indicator</th><th>Its target</th>"
            "<th>This plan's indicator</th><th>Its target</th><th "
            "class=\"nowrap\">Direction</th><th class=\"nowrap\">Result</th>"
            "<th class=\"nowrap\">Match</th><th>Where the higher plan sets it</th></tr>\n");
  for (const std::size_t i : rows) {
    const Result& r = plan.report.results[i];
    const Result::Counterpart& c = *r.counterpart;
    std::string lower = E(c.lower_target);
    if (const std::string where = HumanLocation(*plan.document, r.location, lang);
        !where.empty() && !c.lower_name.empty()) {
      lower += " <span class=\"muted\">" + E(where) + "</span>";
    }
    if (!c.explanation.empty()) {
      lower += fmt::format("<br><span class=\"muted\">{}</span><q>{}</q>",
                           Tr(lang, "本规划的说明：", "The plan's note: "), E(c.explanation));
    }
    out += fmt::format(
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"{} nowrap\">{}</td>"
        "<td class=\"nowrap\">{}</td><td>{}</td><td>{}</td></tr>\n",
        E(c.higher_name), E(c.higher_target), E(c.lower_name), lower, StatusClass(r.status),
        E(DirectionLabel(c.direction, lang)), StatusBadge(r.status, lang),
        c.score > 0 ? FormatNumber(std::round(c.score * 100) / 100) : "", E(r.basis));
  }
  out += "</table>\n";
}

void AgainstGroupsHtml(const CheckedPlan& plan, const RenderOptions& o, std::string& out) {
  for (const AgainstGroup& g : AgainstGroups(plan, o.show_passed)) {
    out += "<h3>" + E(g.group) + "</h3>\n";
    if (!g.targets.empty()) AgainstTable(plan, g.targets, o.lang, out);
    for (const std::size_t i : g.others) OneResult(plan, i, o.lang, out);
  }
}

void Indicators(const CheckedPlan& plan, Lang lang, std::string& out) {
  const std::vector<Indicator>& items = plan.report.indicators.items;
  out += fmt::format("<h2>{}</h2>\n", Tr(lang, "规划中的指标", "Indicators in the plan"));
  if (items.empty()) {
    out += fmt::format("<p class=\"muted\">{}</p>\n",
                       Tr(lang, "未识别到量化指标。", "No quantitative targets found."));
    return;
  }
  out += Tr(lang,
            "<table>\n<tr><th>指标</th><th>类别</th><th>目标</th><th>每万人</th><th>性质</th>"
            "<th>目标年</th><th>来源</th><th>位置</th></tr>\n",
            "<table>\n<tr><th>Indicator</th><th>Category</th><th>Target</th><th>Per 10,000</th>"
            "<th>Nature</th><th>Year</th><th>Source</th><th>Where</th></tr>\n");
  for (const Indicator& i : items) {
    const Location loc{i.line, i.column, ""};
    out += fmt::format(
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
        "<td>{}</td></tr>\n",
        E(i.name), E(i.category), E(FormatTarget(i)), E(FormatNormalised(i)), E(i.nature),
        i.year ? std::to_string(*i.year) : "", E(IndicatorSourceLabel(i.source, lang)),
        E(FormatLocation(*plan.document, loc)));
  }
  out += "</table>\n";
}

void OnePlan(const CheckedPlan& plan, const RenderOptions& o, std::string& out) {
  const Lang lang = o.lang;
  out += "<article>\n";
  if (!o.index_link.empty()) {
    out += fmt::format("<p class=\"no-print\"><a href=\"{}\">{}</a></p>\n", E(o.index_link),
                       Tr(lang, "← 返回审查总览", "← Back to the audit"));
  }
  out += fmt::format("<h1>{}</h1>\n<p class=\"muted\">{}</p>\n", E(PlanTitle(*plan.document)),
                     Tr(lang, "公共法律服务体系建设规划合规检查报告",
                        "Compliance report for a public legal service plan"));
  Facts(plan, lang, out);
  if (!o.annotated_link.empty())
    out += "<p class=\"no-print\">" + AnnotatedCopyLink(o.annotated_link, lang) + "</p>\n";
  Cards(plan, lang, out);
  out += fmt::format("<h2>{}</h2>\n",
                     o.show_passed ? Tr(lang, "检查结果", "Results") : Tr(lang, "差距", "Gaps"));
  const std::vector<SectionGroup> groups = PlanGroups(plan, o.show_passed);
  if (GroupForDisplay(plan, o.show_passed).empty())
    out += fmt::format("<p>{}</p>\n", Tr(lang, "未发现差距。", "No gaps found."));
  for (const SectionGroup& g : groups) {
    out += fmt::format("<h3>{}</h3>\n",
                       g.section.empty() ? Tr(lang, "全文", "Whole document") : E(g.section));
    for (const std::size_t i : g.results) OneResult(plan, i, lang, out);
  }
  AgainstGroupsHtml(plan, o, out);
  Indicators(plan, lang, out);
  out += "</article>\n";
}

}  // namespace

std::string RenderHtml(const CheckRun& run, const RenderOptions& options) {
  const std::string title = run.plans.size() == 1
                                ? PlanTitle(*run.plans.front().document)
                                : Tr(options.lang, "规划合规检查报告", "Plan compliance report");
  std::string out = HtmlPageStart(options.lang, title);
  for (const CheckedPlan& plan : run.plans) OnePlan(plan, options, out);
  out += HtmlPageEnd(run, options.lang);
  return out;
}

}  // namespace plancheck::report
