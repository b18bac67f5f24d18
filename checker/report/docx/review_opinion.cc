// `check --format docx` and the audit's plans/<stem>.审核意见.docx: the review opinion a
// department sends back with a submitted plan, in 公文 form. What it says comes from the run (the
// results, their bases and suggestions, the summary and the indicators); nothing is recomputed.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>
#include <re2/re2.h>

#include "checker/report/audit_model.h"
#include "checker/report/common.h"
#include "checker/report/docx/gongwen.h"
#include "checker/report/docx/sha256.h"

namespace plancheck::report {
namespace {

namespace gw = docx::gongwen;
using docx::AppendParagraph;
using docx::AppendText;

// 2025年1月2日 (公文 dates have no leading zeros); the date as given in English.
std::string DateWords(const std::string& date, Lang lang) {
  int y = 0, m = 0, d = 0;
  if (lang == Lang::kEn || std::sscanf(date.c_str(), "%d-%d-%d", &y, &m, &d) != 3) return date;
  return fmt::format("{}年{}月{}日", y, m, d);
}

// 规划期2020—2022年, as a 公文 writes a span of years; 规划期至2022年 when only the end is written.
std::string PeriodWords(const std::optional<Period>& period, Lang lang) {
  if (!period || period->to <= 0) return "";
  if (lang == Lang::kEn) return "period " + PeriodText(period, lang);
  if (period->from <= 0) return fmt::format("规划期至{}年（起始年份未写明）", period->to);
  if (period->from == period->to) return fmt::format("规划期{}年", period->to);
  return fmt::format("规划期{}—{}年", period->from, period->to);
}

// The checked file's SHA-256, read again from its path; "" when it cannot be read now.
std::string FileFingerprint(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return in.bad() ? "" : docx::Sha256Hex(bytes);
}

// The documents (《…》) the bases of the rules applied to the plan cite, each once.
std::vector<std::string> CitedDocuments(const CheckRun& run, const CheckedPlan& plan) {
  static const RE2 kTitle("(《[^《》]+》)");
  std::vector<std::string> titles;
  // The frameworks a plan implements (what the content rules cite) before the drafting standards
  // (what the rules of form, wording and punctuation cite).
  const auto rank = [&](const Result* r) {
    const RuleInfo* info = run.FindRule(r->rule);
    static const std::set<std::string> kForm = {"forbid", "substitution", "consistency"};
    return info != nullptr && kForm.count(info->kind) > 0 ? 1 : 0;
  };
  // Then the documents most rules rest on.
  std::map<std::string, std::pair<int, int>> order;  // title → (rank, −rules citing it)
  for (const Result& r : plan.report.results) {
    if (r.status == Status::kNa) continue;
    re2::StringPiece rest(r.basis);
    std::string title;
    std::set<std::string> once;
    while (RE2::FindAndConsume(&rest, kTitle, &title)) {
      if (!once.insert(title).second) continue;
      const auto [it, added] = order.emplace(title, std::pair{rank(&r), 0});
      it->second.first = std::min(it->second.first, rank(&r));
      --it->second.second;
      if (added) titles.push_back(title);
    }
  }
  std::stable_sort(titles.begin(), titles.end(),
                   [&](const std::string& a, const std::string& b) { return order[a] < order[b]; });
  return titles;
}

std::string Join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : std::string(separator)) + p;
  return out;
}

void Paragraph(pugi::xml_node body, const char* style, const std::string& text) {
  AppendText(AppendParagraph(body, style), text);
}

// “who checked what, when”: the opening paragraph and the facts of the file.
void Opening(pugi::xml_node body, const CheckRun& run, const CheckedPlan& plan,
             const std::string& date, Lang lang) {
  const Document& doc = *plan.document;
  const std::vector<std::string> cited = CitedDocuments(run, plan);
  const std::string bases =
      cited.empty() ? Tr(lang, "相关框架文件", "the framework documents")
      : cited.size() <= 3
          ? Join(cited, Tr(lang, "、", ", "))
          : fmt::format(fmt::runtime(Tr(lang, "{}等{}份文件", "{} and {} more")),
                        Join({cited.begin(), cited.begin() + 3}, Tr(lang, "、", ", ")),
                        lang == Lang::kZh ? cited.size() : cited.size() - 3);
  Paragraph(
      body, gw::kBody,
      fmt::format(
          fmt::runtime(
              Tr(lang, "{}，经规划合规检查工具（{}版）对照{}逐条核对《{}》，现提出审核意见如下。",
                 "On {}, the plan compliance checker (version {}) checked "
                 "《{}》 against {}. The review opinion follows.")),
          DateWords(date, lang), run.version, lang == Lang::kZh ? bases : PlanTitle(doc),
          lang == Lang::kZh ? PlanTitle(doc) : bases));
  const std::string name = std::filesystem::path(doc.path).filename().string();
  Paragraph(body, gw::kBody, Tr(lang, "受审文件：", "File checked: ") + name);
  Paragraph(body, gw::kBody, Tr(lang, "文件校验值（SHA-256）：", "SHA-256 of the file:"));
  // A .docx piped in has no path to read again; its bytes were kept.
  const std::string fingerprint =
      plan.input_bytes ? docx::Sha256Hex(*plan.input_bytes) : FileFingerprint(doc.path);
  Paragraph(body, fingerprint.empty() ? gw::kBody : gw::kFingerprint,
            fingerprint.empty()
                ? Tr(lang, "（文件已无法读取，未计算）", "(the file can no longer be read)")
                : fingerprint);
  const Metadata& m = doc.metadata;
  std::vector<std::string> facts;
  if (const std::string region =
          Join({m.region.province, m.region.city, m.region.county, m.region.town}, "");
      !region.empty()) {
    facts.push_back(region);
  }
  if (!m.level.empty()) facts.push_back(AdminLevelLabel(m.level, lang));
  if (const std::string period = PeriodWords(m.period, lang); !period.empty())
    facts.push_back(period);
  if (!facts.empty())
    Paragraph(body, gw::kBody,
              Tr(lang, "规划概况：", "Plan: ") + Join(facts, Tr(lang, "，", ", ")));
  Paragraph(body, gw::kBody, Tr(lang, "检查日期：", "Date of the check: ") + DateWords(date, lang));
}

void Overall(pugi::xml_node body, const CheckedPlan& plan, Lang lang) {
  const Summary& s = plan.report.summary;
  pugi::xml_node p = AppendParagraph(body, gw::kBody);
  AppendText(p, Tr(lang, "总体评价。", "Overall. "), {.east_asia_font = gw::kHeiti});
  std::string text = fmt::format(
      fmt::runtime(
          Tr(lang,
             "共核对{}条规则：通过{}条，未通过{}条，部分满足{}条，不适用{}条。存在差距的规则"
             "中，必须修改{}条，建议修改{}条，供参考{}条。按级别加权（必须修改类计3、建议"
             "修改类计2、供参考类计1，部分满足计一半），得分{}分（满分100分）。",
             "{} rules checked: {} pass, {} fail, {} partial, {} n/a. Rules with a gap: {} "
             "to correct, {} to improve, {} for reference. Weighted by level (3, 2, 1; a "
             "partial counts half), the score is {} out of 100.")),
      s.rules, s.pass, s.fail, s.partial, s.na, s.failing.error, s.failing.warning, s.failing.info,
      FormatNumber(RoundScore(s.score)));
  if (const int accepted = AcceptedCount(plan); accepted > 0) {
    text += fmt::format(fmt::runtime(Tr(lang, "另有{}项差距此前已确认，本意见不再列出。",
                                        " {} gaps accepted earlier are not listed.")),
                        accepted);
  }
  AppendText(p, text);
}

// 位置：“二、总体要求”中“（一）指导思想”，第12行。
std::string Where(const Document& doc, const Location& loc, Lang lang) {
  std::string where;
  if (loc.section.empty()) {
    where = Tr(lang, "全文", "the whole document");
  } else if (lang == Lang::kEn) {
    where = loc.section;
  } else {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t at; (at = loc.section.find(" › ", start)) != std::string::npos;
         start = at + std::string_view(" › ").size()) {
      parts.push_back("“" + loc.section.substr(start, at - start) + "”");
    }
    parts.push_back("“" + loc.section.substr(start) + "”");
    where = Join(parts, "中");
  }
  if (loc.line <= 0) return where;
  const Block* block = doc.BlockAtLine(loc.line);
  std::string place;
  if (doc.format == "docx") {
    place = fmt::format(fmt::runtime(Tr(lang, "第{}段", "paragraph {}")), loc.line);
  } else if (block != nullptr && block->page > 0) {
    place = fmt::format(fmt::runtime(Tr(lang, "第{}页第{}行", "page {}, line {}")), block->page,
                        loc.line);
  } else {
    place = fmt::format(fmt::runtime(Tr(lang, "第{}行", "line {}")), loc.line);
  }
  return where + Tr(lang, "，", ", ") + place;
}

void OneFinding(pugi::xml_node body, const CheckedPlan& plan, const Result& r, int n, Lang lang) {
  Paragraph(body, gw::kHeading2, docx::HeadingNumber(2, n) + OneLine(r.message));
  Paragraph(body, gw::kBody,
            Tr(lang, "位置：", "Where: ") + Where(*plan.document, r.location, lang));
  if (!r.evidence.empty()) {
    Paragraph(body, gw::kBody,
              Tr(lang, "原文：“", "Text: “") + Truncate(OneLine(r.evidence), 120) + "”");
  }
  if (!r.basis.empty()) {
    Paragraph(body, gw::kBody,
              Tr(lang, "依据：", "Basis: ") + OneLine(r.basis) + BasisSourceNote(r.source, lang));
  }
  if (const std::string what = WhatToWrite(r, lang); !what.empty()) {
    Paragraph(body, gw::kBody, Tr(lang, "修改建议：", "What to write: ") + OneLine(what));
  }
}

void Findings(pugi::xml_node body, const CheckedPlan& plan, Lang lang) {
  struct Part {
    Severity level;
    const char* zh;
    const char* en;
  };
  static const Part kParts[] = {{Severity::kError, "必须修改", "Must be corrected"},
                                {Severity::kWarning, "建议修改", "Should be improved"},
                                {Severity::kInfo, "供参考", "For reference"}};
  const std::vector<SectionGroup> groups = GroupForDisplay(plan, false);
  int part_number = 0;
  for (const Part& part : kParts) {
    Paragraph(body, gw::kHeading1,
              docx::HeadingNumber(1, ++part_number) + Tr(lang, part.zh, part.en));
    int n = 0;
    for (const SectionGroup& g : groups) {
      for (const std::size_t i : g.results) {
        const Result& r = plan.report.results[i];
        if (r.level == part.level && IsGap(r)) OneFinding(body, plan, r, ++n, lang);
      }
    }
    if (n == 0) Paragraph(body, gw::kBody, Tr(lang, "无。", "None."));
  }
}

// One row of 附表：主要指标对照.
struct IndicatorRow {
  std::string name, planned, required, gap;
};

std::string Planned(const Indicator& i, Lang lang) {
  std::string text = FormatTarget(i);
  if (i.year) text += fmt::format(fmt::runtime(Tr(lang, "（{}年）", " ({})")), *i.year);
  return text;
}

// Each indicator rule applied to the plan (its deciding result beside the plan's value), then
// each indicator of the plan that no such rule speaks of.
std::vector<IndicatorRow> IndicatorRows(const CheckRun& run, const CheckedPlan& plan, Lang lang) {
  std::vector<IndicatorRow> rows;
  std::set<const Indicator*> shown;
  for (const auto& [rule, status] : StatusByRule(plan.report.results)) {
    const RuleInfo* info = run.FindRule(rule);
    const MatrixColumn column{rule, info != nullptr ? info->pack : "", info};
    if (status == Status::kNa || !column.IsIndicator()) continue;
    const Result* r = DecidingResult(plan, rule);
    const Indicator* indicator = r != nullptr ? IndicatorAt(plan, *r) : nullptr;
    if (indicator != nullptr) shown.insert(indicator);
    IndicatorRow row{indicator != nullptr ? Truncate(OneLine(indicator->name), 60) : column.Title(),
                     indicator != nullptr ? Planned(*indicator, lang) : "—", "—", ""};
    if (info != nullptr)
      row.required = !info->target.empty() ? info->target : Truncate(OneLine(info->basis), 60);
    row.gap = status == Status::kPass ? Tr(lang, "达到要求", "meets the target")
                                      : OneLine(r != nullptr ? r->message : "");
    rows.push_back(std::move(row));
  }
  for (const Indicator& i : plan.report.indicators.items) {
    if (shown.count(&i) > 0) continue;
    rows.push_back({Truncate(OneLine(i.name), 60), Planned(i, lang),
                    Tr(lang, "框架未设定", "no framework target"), "—"});
  }
  return rows;
}

void Cell(pugi::xml_node row, int twips, const char* style, const std::string& text) {
  AppendText(AppendParagraph(docx::AppendCell(row, twips), style), text);
}

void IndicatorAnnex(pugi::xml_node body, const CheckRun& run, const CheckedPlan& plan, Lang lang) {
  docx::AppendPageBreak(body);
  Paragraph(body, gw::kAnnex, Tr(lang, "附表", "Annex"));
  Paragraph(body, gw::kTableTitle,
            Tr(lang, "主要指标对照", "Main indicators against the framework"));
  const std::vector<IndicatorRow> rows = IndicatorRows(run, plan, lang);
  if (rows.empty()) {
    Paragraph(body, gw::kBody,
              Tr(lang, "规划未设定量化指标，适用的框架文件亦无指标要求。",
                 "The plan sets no quantitative targets and no framework "
                 "target applies."));
    return;
  }
  const int width = docx::GongwenTextWidth();
  const std::vector<int> columns = {width * 27 / 100, width * 22 / 100, width * 18 / 100,
                                    width - width * 67 / 100};
  pugi::xml_node table = docx::AppendTable(body, "TableGrid", columns);
  pugi::xml_node head = docx::AppendRow(table, true);
  const char* const names[] = {Tr(lang, "指标", "Indicator"), Tr(lang, "规划值", "Plan"),
                               Tr(lang, "框架要求", "Framework"), Tr(lang, "差距/方向", "Gap")};
  for (std::size_t c = 0; c < columns.size(); ++c) Cell(head, columns[c], gw::kTableHead, names[c]);
  for (const IndicatorRow& r : rows) {
    pugi::xml_node row = docx::AppendRow(table, false);
    Cell(row, columns[0], gw::kTableText, r.name);
    Cell(row, columns[1], gw::kTableText, r.planned);
    Cell(row, columns[2], gw::kTableText, r.required);
    Cell(row, columns[3], gw::kTableText, r.gap);
  }
}

void OnePlan(pugi::xml_node body, const CheckRun& run, const CheckedPlan& plan,
             const std::string& date, Lang lang) {
  Paragraph(body, gw::kTitle,
            fmt::format(fmt::runtime(Tr(lang, "关于《{}》的审核意见", "Review opinion on 《{}》")),
                        OneLine(PlanTitle(*plan.document))));
  Opening(body, run, plan, date, lang);
  Overall(body, plan, lang);
  Findings(body, plan, lang);
  Paragraph(body, gw::kSigned, DateWords(date, lang));
  IndicatorAnnex(body, run, plan, lang);
}

docx::Properties PropertiesOf(const CheckRun& run, const std::string& date, Lang lang) {
  docx::Properties p;
  p.title =
      run.plans.size() == 1
          ? fmt::format(fmt::runtime(Tr(lang, "关于《{}》的审核意见", "Review opinion on 《{}》")),
                        OneLine(PlanTitle(*run.plans[0].document)))
          : Tr(lang, "审核意见", "Review opinions");
  p.creator = Tr(lang, "规划合规检查工具", "plan compliance checker");
  p.date = date;
  p.application = "plancheck " + run.version;
  return p;
}

}  // namespace

std::string AuditLayout::ReviewOpinion(std::size_t plan) const {
  return "plans/" + report_stems.at(plan) + ".审核意见.docx";
}

std::string RenderReviewDocx(const CheckRun& run, const RenderOptions& options) {
  const std::string date = ReviewDate(options);
  docx::Package package;
  docx::Relationships rels;
  const std::string footer = docx::AddGongwenParts(package, rels);
  pugi::xml_document document;
  const pugi::xml_node body = docx::StartDocument(document);
  for (std::size_t n = 0; n < run.plans.size(); ++n) {
    if (n > 0) docx::AppendPageBreak(body);
    OnePlan(body, run, run.plans[n], date, options.lang);
  }
  if (run.plans.empty())
    Paragraph(body, gw::kBody, Tr(options.lang, "没有可审核的规划。", "No plan was checked."));
  docx::PageSetup page = docx::GongwenPage();
  page.footer_rel_id = footer;
  docx::AppendSection(body, page);
  package.Put("word/document.xml", docx::content_type::kDocument, document);
  package.Put("word/_rels/document.xml.rels", "", rels.Xml());
  const docx::Properties properties = PropertiesOf(run, date, options.lang);
  package.Put("docProps/core.xml", docx::content_type::kCore, docx::CorePart(properties));
  package.Put("docProps/app.xml", docx::content_type::kApp, docx::AppPart(properties));
  docx::Relationships root;
  root.Add(docx::relationship_type::kOfficeDocument, "word/document.xml");
  root.Add(docx::relationship_type::kCoreProperties, "docProps/core.xml");
  root.Add(docx::relationship_type::kExtendedProperties, "docProps/app.xml");
  package.Put("_rels/.rels", "", root.Xml());
  return package.Zip();
}

// The run's date: the option, else SOURCE_DATE_EPOCH (reproducible builds), else today.
std::string ReviewDate(const RenderOptions& options) {
  if (!options.run_date.empty()) return options.run_date;
  std::time_t now = std::time(nullptr);
  const bool fixed = std::getenv("SOURCE_DATE_EPOCH") != nullptr;
  if (fixed)
    now = static_cast<std::time_t>(std::strtoll(std::getenv("SOURCE_DATE_EPOCH"), nullptr, 10));
  std::tm parts{};
  if (fixed) {
    gmtime_r(&now, &parts);
  } else {
    localtime_r(&now, &parts);
  }
  return fmt::format("{:04}-{:02}-{:02}", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday);
}

}  // namespace plancheck::report
