#include <fmt/format.h>

#include "checker/report/common.h"
#include "checker/report/html_page.h"
#include "checker/serve/indicator_table.h"
#include "checker/serve/page_frame.h"
#include "checker/serve/pages.h"
#include "checker/serve/plan_text.h"

namespace plancheck::serve {
namespace {

using report::HtmlEscape;
using report::Lang;
using report::Tr;

std::string Facts(const report::CheckedPlan& plan, const std::string& shown, Lang lang) {
  const Document& doc = *plan.document;
  const Summary& s = plan.report.summary;
  std::string packs;
  for (const std::string& p : plan.report.packs) packs += (packs.empty() ? "" : ", ") + p;
  return fmt::format(
      "<dl class=\"facts\">\n<dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd>{}</dd>\n"
      "<dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd>{} / 100</dd>\n</dl>\n",
      Tr(lang, "文件", "File"), HtmlEscape(shown), Tr(lang, "地区", "Region"),
      HtmlEscape(report::RegionText(doc.metadata.region)), Tr(lang, "规划期", "Period"),
      HtmlEscape(report::PeriodText(doc.metadata.period, lang)),
      Tr(lang, "对照的规则包", "Rule packs"), HtmlEscape(packs), Tr(lang, "得分", "Score"),
      report::FormatNumber(report::RoundScore(s.score)));
}

std::string Downloads(const StoredReport& stored, const std::string& id, std::size_t plan,
                      Lang lang) {
  const std::string base = fmt::format("/report/{}/{}/", id, plan);
  std::string annotated;
  if (stored.annotated[plan].empty()) {
    annotated = fmt::format("<span class=\"muted\" title=\"{}\">{}</span>",
                            HtmlEscape(stored.annotated_error[plan]),
                            Tr(lang, "审阅稿（无法生成）", "Marked-up copy (not available)"));
  } else {
    annotated = fmt::format(
        "<a id=\"dl-annotated\" href=\"{}annotated.docx\" download>{}</a>", base,
        Tr(lang, "审阅稿 .docx（批注与修订）", "Marked-up .docx (comments, tracked changes)"));
  }
  return fmt::format(
      "<nav class=\"downloads\" id=\"downloads\">{}\n"
      "<a id=\"dl-review\" href=\"{}review.docx\" download>{}</a>\n"
      "<a id=\"dl-json\" href=\"{}report.json\" download>JSON</a>\n"
      "<a id=\"dl-sarif\" href=\"{}report.sarif\" download>SARIF</a></nav>\n",
      annotated, base, Tr(lang, "审核意见 .docx", "Review opinion .docx"), base, base);
}

std::string FindingItem(const report::CheckedPlan& plan, std::size_t i, Lang lang) {
  const Result& r = plan.report.results[i];
  const std::string where = report::HumanLocation(*plan.document, r.location, lang);
  const std::string what = report::WhatToWrite(r, lang);
  const std::string head =
      r.location.line > 0
          ? fmt::format("<a class=\"finding-link\" href=\"#f-{}\" data-target=\"f-{}\">{}</a>", i,
                        i, HtmlEscape(r.message))
          : HtmlEscape(r.message);
  return fmt::format(
      "<li class=\"finding lv-{}\" id=\"item-{}\">{} {}\n<div class=\"where\">{}</div>{}{}</li>\n",
      ToString(r.level), i, report::StatusBadge(r.status, lang), head,
      HtmlEscape(where.empty() ? Tr(lang, "全文", "whole plan") : where),
      what.empty() ? "" : "<div class=\"advice\">" + HtmlEscape(what) + "</div>",
      r.basis.empty() ? ""
                      : std::string("<div class=\"basis\">") + Tr(lang, "依据：", "Basis: ") +
                            HtmlEscape(r.basis) + "</div>");
}

std::string FindingList(const report::CheckedPlan& plan, const std::vector<std::size_t>& shown,
                        Lang lang) {
  std::string out = fmt::format(
      "<aside class=\"findings\" id=\"findings\">\n<h2>{} <span id=\"finding-count\" "
      "data-count=\"{}\">{}</span></h2>\n",
      Tr(lang, "发现的问题", "Findings"), shown.size(), shown.size());
  for (const Severity level : {Severity::kError, Severity::kWarning, Severity::kInfo}) {
    std::string items;
    int count = 0;
    for (const std::size_t i : shown) {
      if (plan.report.results[i].level != level) continue;
      items += FindingItem(plan, i, lang);
      ++count;
    }
    if (count == 0) continue;
    out += fmt::format("<h3 class=\"lv-{}\">{} ({})</h3>\n<ol class=\"finding-list\">\n{}</ol>\n",
                       ToString(level), report::LevelLabel(level, lang), count, items);
  }
  if (shown.empty()) {
    out += fmt::format("<p class=\"muted\">{}</p>\n",
                       Tr(lang, "未发现问题。", "Nothing found to add or fix."));
  }
  out += "</aside>\n";
  return out;
}

}  // namespace

std::string PlanReportPage(const StoredReport& stored, const std::string& id, std::size_t plan,
                           Lang lang) {
  const report::CheckedPlan& checked = stored.run.plans[plan];
  const std::string title = report::PlanTitle(*checked.document);
  const std::vector<std::size_t> shown = ShownFindings(checked);
  std::string out = PageStart(lang, title, fmt::format("/report/{}/{}", id, plan), "report.js");
  if (stored.run.plans.size() + stored.run.failures.size() > 1) {
    out += fmt::format("<p class=\"back\"><a href=\"/report/{}{}\">{}</a></p>\n", id,
                       LangQuery(lang), Tr(lang, "← 全部规划", "← All plans"));
  }
  out += fmt::format("<h1 id=\"plan-title\">{}</h1>\n", HtmlEscape(title));
  out += Facts(checked, stored.shown[plan], lang);
  out += Downloads(stored, id, plan, lang);
  out += "<div class=\"report-grid\">\n<section class=\"text-pane\">\n<h2>" +
         std::string(Tr(lang, "规划原文（问题处已标出）", "The plan's text, findings marked")) +
         "</h2>\n" + PlanTextHtml(checked, shown) + "</section>\n";
  out += FindingList(checked, shown, lang);
  out += "</div>\n";
  out += IndicatorTables(checked, stored.run, lang);
  out += PageEnd(lang);
  return out;
}

}  // namespace plancheck::serve
