// `check --format md` and the audit's plans/*.md: the gap report a person hands back.
#include <cmath>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "checker/report/against_groups.h"
#include "checker/report/common.h"
#include "checker/report/excerpt.h"

namespace plancheck::report {
namespace {

std::string MdEscape(std::string_view s) {
  std::string out;
  for (const char c : OneLine(s)) {
    if (c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' ||
        c == '>' || c == '|' || c == '#') {
      out += '\\';
    }
    out += c;
  }
  return out;
}

// Appended, not "`" + std::string(s): GCC 12 warns on that falsely (-Wrestrict, GCC bug 105329).
std::string Code(std::string_view s) {
  std::string code = "`";
  code.append(s).append("`");
  return code;
}

void FactsTable(const CheckedPlan& plan, Lang lang, std::string& out) {
  const Document& doc = *plan.document;
  const Metadata& m = doc.metadata;
  out += Tr(lang, "| 项目 | 内容 |\n|---|---|\n", "| | |\n|---|---|\n");
  const auto row = [&](const char* zh, const char* en, const std::string& value) {
    if (!value.empty()) out += fmt::format("| {} | {} |\n", Tr(lang, zh, en), value);
  };
  row("文件", "File", Code(doc.path));
  row("地区", "Region", MdEscape(RegionText(m.region)));
  if (!m.level.empty()) row("层级", "Level", AdminLevelLabel(m.level, lang));
  row("规划期", "Period", PeriodText(m.period, lang));
  row("文种", "Kind", MdEscape(m.kind + (m.draft ? Tr(lang, "（征求意见稿）", " (draft)") : "")));
  row("发文字号", "Document number", MdEscape(m.doc_number));
  row("日期", "Date", m.date);
  row("成文时间", "Written", MdEscape(WrittenText(doc, lang)));
  std::vector<std::string> packs;
  for (const std::string& p : plan.report.packs) packs.push_back(Code(p));
  row("适用规则包", "Rule packs", fmt::format("{}", fmt::join(packs, ", ")));
}

std::string SummaryLine(const CheckedPlan& plan, Lang lang) {
  const Summary& s = plan.report.summary;
  const std::string score = FormatNumber(RoundScore(s.score));
  return lang == Lang::kZh
             ? fmt::format(
                   "**得分 {}** · 有差距：{} · {} 条规则：{} 通过，{} 未通过，{} 部分，{} 不适用",
                   score, FailingText(s.failing, lang), s.rules, s.pass, s.fail, s.partial, s.na)
             : fmt::format(
                   "**Score {}** · failing: {} · {} rules: {} pass, {} fail, {} partial, {} n/a",
                   score, FailingText(s.failing, lang), s.rules, s.pass, s.fail, s.partial, s.na);
}

void OneResult(const CheckedPlan& plan, std::size_t index, Lang lang, std::string& out) {
  const Result& r = plan.report.results[index];
  std::string head = fmt::format("- **{} {} · {}**", StatusMark(r.status),
                                 StatusLabel(r.status, lang), LevelLabel(r.level, lang));
  if (const std::string where = HumanLocation(*plan.document, r.location, lang); !where.empty()) {
    head += " " + where;
  }
  out += head + " " + Code(r.rule) + " — " + MdEscape(r.message) + "\n";
  const auto detail = [&](const char* zh, const char* en, const std::string& value) {
    if (!value.empty()) out += fmt::format("  - {}{}\n", Tr(lang, zh, en), MdEscape(value));
  };
  if (IsGap(r)) {
    if (const Excerpt e = ExcerptOf(r); !e.Plain().empty()) {
      const std::string mark =
          PunctuationAtEdge(e.hit) ? "【" + MdEscape(e.hit) + "】" : "**" + MdEscape(e.hit) + "**";
      out += fmt::format("  - {}{}{}{}\n", Tr(lang, "原文：", "Text: "), MdEscape(e.before),
                         e.hit.empty() ? "" : mark, MdEscape(e.after));
    }
    if (!r.basis.empty()) {
      out += fmt::format("  - {}{}{}\n", Tr(lang, "依据：", "Basis: "), MdEscape(r.basis),
                         BasisSourceNote(r.source, lang));
    }
    detail("建议：", "Suggestion: ", r.suggestion);
    if (!SuggestionNamesFix(r)) detail("改为：", "Fix: ", r.fix);
  }
}

// 衔接审核: each higher plan's indicators beside the plan's, then its other derived findings.
void AgainstTable(const CheckedPlan& plan, const std::vector<std::size_t>& rows, Lang lang,
                  std::string& out) {
  out += Tr(lang,
            "| 上级规划指标 | 上级目标 | 本规划指标 | 本规划目标 | 对比 | 结果 | 匹配度 | "
            "上级规划出处 |\n",
            "| Higher plan's indicator | Its target | This plan's indicator | Its target | "
            "Direction | Result | Match | Where the higher plan sets it |\n");
  out += "|---|---|---|---|---|---|---|---|\n";
  for (const std::size_t i : rows) {
    const Result& r = plan.report.results[i];
    const Result::Counterpart& c = *r.counterpart;
    std::string lower = MdEscape(c.lower_target);
    if (const std::string where = HumanLocation(*plan.document, r.location, lang);
        !where.empty() && !c.lower_name.empty()) {
      lower += " （" + where + "）";
    }
    if (!c.explanation.empty()) {
      lower +=
          Tr(lang, "；本规划的说明：“", "; the plan's note: “") + MdEscape(c.explanation) + "”";
    }
    out += fmt::format(
        "| {} | {} | {} | {} | {} | {} {} | {} | {} |\n", MdEscape(c.higher_name),
        MdEscape(c.higher_target), MdEscape(c.lower_name), lower, DirectionLabel(c.direction, lang),
        StatusMark(r.status), StatusLabel(r.status, lang),
        c.score > 0 ? FormatNumber(std::round(c.score * 100) / 100) : "", MdEscape(r.basis));
  }
}

void AgainstGroupsMd(const CheckedPlan& plan, const RenderOptions& o, std::string& out) {
  for (const AgainstGroup& g : AgainstGroups(plan, o.show_passed)) {
    out += "\n### " + MdEscape(g.group) + "\n\n";
    if (!g.targets.empty()) AgainstTable(plan, g.targets, o.lang, out);
    if (!g.targets.empty() && !g.others.empty()) out += "\n";
    for (const std::size_t i : g.others) OneResult(plan, i, o.lang, out);
  }
}

void IndicatorTable(const CheckedPlan& plan, Lang lang, std::string& out) {
  const std::vector<Indicator>& items = plan.report.indicators.items;
  out += fmt::format("\n## {}\n\n", Tr(lang, "规划中的指标", "Indicators in the plan"));
  if (items.empty()) {
    out += Tr(lang, "未识别到量化指标。\n", "No quantitative targets found.\n");
    return;
  }
  out += Tr(lang, "| 指标 | 类别 | 目标 | 每万人 | 性质 | 目标年 | 来源 | 位置 |\n",
            "| Indicator | Category | Target | Per 10,000 | Nature | Year | Source | Where |\n");
  out += "|---|---|---|---|---|---|---|---|\n";
  for (const Indicator& i : items) {
    const Location loc{i.line, i.column, ""};
    out +=
        fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} |\n", MdEscape(i.name),
                    MdEscape(i.category), MdEscape(FormatTarget(i)), MdEscape(FormatNormalised(i)),
                    MdEscape(i.nature), i.year ? std::to_string(*i.year) : "",
                    IndicatorSourceLabel(i.source, lang), FormatLocation(*plan.document, loc));
  }
}

void OnePlan(const CheckedPlan& plan, const RenderOptions& o, std::string& out) {
  const Lang lang = o.lang;
  out += fmt::format("# {}{}\n\n", Tr(lang, "合规检查报告：", "Compliance report: "),
                     MdEscape(PlanTitle(*plan.document)));
  if (!o.index_link.empty()) {
    out += fmt::format("[{}]({})\n\n", Tr(lang, "← 返回审查总览", "← Back to the audit"),
                       o.index_link);
  }
  FactsTable(plan, lang, out);
  out += '\n';
  out += SummaryLine(plan, lang);
  out += '\n';
  if (const int accepted = AcceptedCount(plan); accepted > 0) {
    out += fmt::format(fmt::runtime(Tr(lang, "\n基线已接受 {} 项差距，未列出。\n",
                                       "\n{} gaps accepted in the baseline are not listed.\n")),
                       accepted);
  }
  out += fmt::format("\n## {}\n",
                     o.show_passed ? Tr(lang, "检查结果", "Results") : Tr(lang, "差距", "Gaps"));
  if (GroupForDisplay(plan, o.show_passed).empty())
    out += Tr(lang, "\n未发现差距。\n", "\nNo gaps found.\n");
  for (const SectionGroup& g : PlanGroups(plan, o.show_passed)) {
    out += fmt::format("\n### {}\n\n", g.section.empty() ? Tr(lang, "全文", "Whole document")
                                                         : MdEscape(g.section));
    for (const std::size_t i : g.results) OneResult(plan, i, lang, out);
  }
  AgainstGroupsMd(plan, o, out);
  IndicatorTable(plan, lang, out);
}

}  // namespace

std::string RenderMarkdown(const CheckRun& run, const RenderOptions& options) {
  std::string out;
  for (std::size_t n = 0; n < run.plans.size(); ++n) {
    if (n > 0) out += "\n---\n\n";
    OnePlan(run.plans[n], options, out);
  }
  out += fmt::format("\n---\n\n{} plancheck {}\n", Tr(options.lang, "生成工具：", "Generated by"),
                     run.version);
  return out;
}

}  // namespace plancheck::report
