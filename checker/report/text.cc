// `check --format text`: for a terminal. Per document a head block of what to act on, then the
// gaps most important first (by level, then rule by first place), each rule's basis once.
#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "checker/report/common.h"
#include "checker/report/excerpt.h"
#include "checker/report/finding_order.h"

namespace plancheck::report {
namespace {

constexpr std::size_t kExcerptCodePoints = 80;
constexpr std::size_t kRepeatLinesListed = 20;  // 另有 N 处（第…行）: at most this many places

class Painter {
 public:
  explicit Painter(bool colour) : colour_(colour) {}
  std::string Paint(std::string_view code, std::string_view s) const {
    if (!colour_) return std::string(s);
    return fmt::format("\033[{}m{}\033[0m", code, s);
  }
  // Error red, warning yellow, info dim: the colour says how much it matters.
  static std::string_view LevelCode(Severity level) {
    switch (level) {
      case Severity::kError:
        return "31";
      case Severity::kWarning:
        return "33";
      case Severity::kInfo:
        return "2";
    }
    return "0";
  }
  std::string ForLevel(Severity level, std::string_view s) const {
    return Paint(LevelCode(level), s);
  }
  // The hit itself: in colour bold and underlined, else between 【】.
  std::string Hit(Severity level, std::string_view s) const {
    if (s.empty()) return "";
    if (!colour_) return fmt::format("【{}】", s);
    return Paint(fmt::format("1;4;{}", LevelCode(level)), s);
  }
  bool colour() const { return colour_; }

 private:
  bool colour_;
};

void Header(const CheckedPlan& plan, const RenderOptions& o, const Painter& p, std::string& out) {
  const Document& doc = *plan.document;
  const Lang lang = o.lang;
  out += p.Paint("1", doc.path) + "\n";
  std::vector<std::string> facts;
  if (!doc.metadata.title.empty()) facts.push_back(doc.metadata.title);
  if (const std::string region = RegionText(doc.metadata.region); !region.empty()) {
    facts.push_back(region);
  }
  if (!doc.metadata.level.empty()) facts.push_back(AdminLevelLabel(doc.metadata.level, lang));
  if (const std::string period = PeriodText(doc.metadata.period, lang); !period.empty()) {
    facts.push_back(period);
  }
  if (!facts.empty()) out += "  " + p.Paint("2", fmt::format("{}", fmt::join(facts, " · "))) + "\n";
  if (const std::string written = WrittenText(doc, lang); !written.empty()) {
    out += "  " + p.Paint("2", Tr(lang, "成文时间：", "written: ") + written) + "\n";
  }
  if (!plan.report.packs.empty()) {
    out += "  " +
           p.Paint("2", fmt::format("{}{}", Tr(lang, "规则包：", "packs: "),
                                    fmt::join(plan.report.packs, ", "))) +
           "\n";
  }
}

// "✗ 79:12 警告 标点符号重复 [rule] · 五、主要任务"; a whole-document finding says 全文 where the
// line would be.
std::string FindingLine(const CheckedPlan& plan, const Result& r, Lang lang, const Painter& p) {
  const std::string where = FormatLocation(*plan.document, r.location);
  const bool gap = IsGap(r);
  std::string line = (gap ? p.ForLevel(r.level, StatusMark(r.status))
                          : p.Paint(r.status == Status::kPass ? "32" : "2", StatusMark(r.status))) +
                     " ";
  line += where.empty() ? PlaceText(r, lang) + " " : where + " ";
  if (gap) {
    std::string level = LevelLabel(r.level, lang);
    if (r.status == Status::kPartial) level += Tr(lang, "（部分）", " (partial)");
    line += p.ForLevel(r.level, level) + " ";
  }
  line += OneLine(r.message) + " " + p.Paint("2", "[" + r.rule + "]");
  if (!where.empty()) line += p.Paint("2", " · " + PlaceText(r, lang));
  return line;
}

void Detail(const char* zh, const char* en, const std::string& value, Lang lang, const Painter& p,
            std::string& out) {
  if (value.empty()) return;
  out += "        " + p.Paint("2", Tr(lang, zh, en)) + OneLine(value) + "\n";
}

void EvidenceLine(const Result& r, Lang lang, const Painter& p, std::string& out) {
  const Excerpt e = ExcerptOf(r, kExcerptCodePoints);
  if (e.Plain().empty()) return;
  out += "        " + p.Paint("2", Tr(lang, "原文：", "text: ")) + e.before +
         p.Hit(r.level, e.hit) + e.after + "\n";
}

// "另有 4 处同类问题（第101、120、133、140行）" / "4 more like this (lines 101, 120, 133, 140)".
std::string MoreLikeThis(const CheckedPlan& plan, const std::vector<std::size_t>& rest, Lang lang) {
  std::vector<int> lines;
  for (const std::size_t i : rest) {
    const int line = plan.report.results[i].location.line;
    if (line > 0 && (lines.empty() || lines.back() != line)) lines.push_back(line);
  }
  const bool cut = lines.size() > kRepeatLinesListed;
  if (cut) lines.resize(kRepeatLinesListed);
  const bool docx = plan.document->format == "docx";
  if (lang == Lang::kZh) {
    std::string text = fmt::format("另有 {} 处同类问题", rest.size());
    if (lines.empty()) return text;
    return text +
           fmt::format("（第{}{}{}）", fmt::join(lines, "、"), cut ? "…" : "", docx ? "段" : "行");
  }
  std::string text = fmt::format("{} more like this", rest.size());
  if (lines.empty()) return text;
  return text + fmt::format(" ({} {}{})", docx ? "paragraphs" : "lines", fmt::join(lines, ", "),
                            cut ? ", …" : "");
}

// One rule's findings: the first few in full, the rest as a count with their lines; the basis
// and (when every finding shares it) the suggestion once.
void OneRule(const CheckedPlan& plan, const RuleFindings& rule, const RenderOptions& o,
             const Painter& p, std::string& out) {
  const std::vector<Result>& results = plan.report.results;
  const Result& first = results[rule.results.front()];
  bool same_suggestion = true;
  for (const std::size_t i : rule.results) {
    same_suggestion = same_suggestion && results[i].suggestion == first.suggestion;
  }
  const std::size_t full =
      std::min(rule.results.size(), std::max<std::size_t>(1, o.repeats_in_full));
  for (std::size_t n = 0; n < full; ++n) {
    const Result& r = results[rule.results[n]];
    out += "    " + FindingLine(plan, r, o.lang, p) + "\n";
    EvidenceLine(r, o.lang, p, out);
    if (!same_suggestion) Detail("建议：", "suggestion: ", r.suggestion, o.lang, p, out);
    if (!SuggestionNamesFix(r)) Detail("改为：", "fix: ", r.fix, o.lang, p, out);
  }
  if (full < rule.results.size()) {
    const std::vector<std::size_t> rest(rule.results.begin() + static_cast<long>(full),
                                        rule.results.end());
    out += "        " + p.Paint("2", MoreLikeThis(plan, rest, o.lang)) + "\n";
  }
  if (!first.basis.empty()) {
    out += "        " + p.Paint("2", Tr(o.lang, "依据：", "basis: ")) + OneLine(first.basis) +
           (first.source == BasisSource::kSecondary
                ? p.Paint("2", BasisSourceNote(first.source, o.lang))
                : std::string()) +
           "\n";
  }
  if (same_suggestion) Detail("建议：", "suggestion: ", first.suggestion, o.lang, p, out);
}

std::string CountsLine(const CheckedPlan& plan, const RenderOptions& o, int unlisted) {
  const Lang lang = o.lang;
  const Summary& s = plan.report.summary;
  const std::string score = FormatNumber(RoundScore(s.score));
  const LevelCounts found = FindingCounts(plan);
  std::string line =
      lang == Lang::kZh
          ? fmt::format(
                "{} 条规则：{} 通过，{} 未通过，{} 部分，{} 不适用 · 有差距：{} · 问题：错误 {} "
                "处，警告 {} 处，提示 {} 处 · 得分 {}",
                s.rules, s.pass, s.fail, s.partial, s.na, FailingText(s.failing, lang), found.error,
                found.warning, found.info, score)
          : fmt::format(
                "{} rules: {} pass, {} fail, {} partial, {} n/a · failing: {} · findings: {} "
                "error, {} warning, {} info · score {}",
                s.rules, s.pass, s.fail, s.partial, s.na, FailingText(s.failing, lang), found.error,
                found.warning, found.info, score);
  if (unlisted > 0) {
    line += lang == Lang::kZh
                ? fmt::format(" · 低于“{}”的 {} 项未列出", LevelLabel(o.min_level, lang), unlisted)
                : fmt::format(" · {} below {} not listed", unlisted, LevelLabel(o.min_level, lang));
  }
  if (const int accepted = AcceptedCount(plan); accepted > 0) {
    line += lang == Lang::kZh ? fmt::format(" · 基线已接受 {} 项（未列出）", accepted)
                              : fmt::format(" · {} accepted in the baseline (not shown)", accepted);
  }
  if (plan.baseline_used && plan.fixed > 0) {
    line += lang == Lang::kZh ? fmt::format(" · 基线以来已修复 {} 项", plan.fixed)
                              : fmt::format(" · {} fixed since the baseline", plan.fixed);
  }
  if (!plan.ignored.empty()) {
    line += lang == Lang::kZh
                ? fmt::format(" · 规划内标记忽略 {} 项", plan.ignored.size())
                : fmt::format(" · {} ignored by markers in the plan", plan.ignored.size());
  }
  return line;
}

// --report-ignored: what the drafter silenced, with the reason the marker gives.
void IgnoredBlock(const CheckedPlan& plan, const RenderOptions& o, const Painter& p,
                  std::string& out) {
  if (!o.report_ignored || plan.ignored.empty()) return;
  out += "  " +
         p.Paint("1", Tr(o.lang, "已忽略（规划内的忽略标记）", "ignored (markers in the plan)")) +
         "\n";
  for (const CheckedPlan::Ignored& ignored : plan.ignored) {
    out += "    " + FindingLine(plan, ignored.result, o.lang, p) + "\n";
    const IgnoreDirective& d = plan.document->ignores.at(ignored.directive);
    const std::string where =
        d.line > 0 ? HumanLocation(*plan.document, {d.line, 0, ""}, o.lang) : "";
    const std::string reason =
        d.reason.empty() ? Tr(o.lang, "（未写理由）", "(no reason given)") : d.reason;
    Detail("忽略：", "ignored: ",
           (where.empty() ? "" : where + " ") + "plancheck-disable " + d.rule + " · " + reason,
           o.lang, p, out);
  }
}

void OnePlan(const CheckedPlan& plan, const RenderOptions& o, const Painter& p, std::string& out) {
  Header(plan, o, p, out);
  const std::vector<RuleFindings> rules = FindingsByLevel(plan, o);
  const LevelCounts counts = FindingCounts(plan);
  int listed = 0;
  for (const RuleFindings& rule : rules) listed += static_cast<int>(rule.results.size());
  const int unlisted = counts.error + counts.warning + counts.info - listed;
  if (counts.error + counts.warning + counts.info == 0) {
    out += "  " + p.Paint("32", Tr(o.lang, "未发现差距。", "No gaps found.")) + "\n";
  } else {
    out += "  " + p.Paint("1", ActionHead(counts, o.lang)) + "\n";
  }
  // 衔接审核 (--against): a derived pack's findings under their own heading, after the others.
  std::vector<std::string> groups;
  for (const RuleFindings& rule : rules) {
    const std::string& group = plan.report.results[rule.results.front()].group;
    if (group.empty()) {
      OneRule(plan, rule, o, p, out);
    } else if (std::find(groups.begin(), groups.end(), group) == groups.end()) {
      groups.push_back(group);
    }
  }
  for (const std::string& group : groups) {
    out += "  " + p.Paint("1", "【" + group + "】") + "\n";
    for (const RuleFindings& rule : rules) {
      if (plan.report.results[rule.results.front()].group == group) OneRule(plan, rule, o, p, out);
    }
  }
  if (o.show_passed) {
    for (const std::size_t i : PassedByPlace(plan)) {
      out += "    " + FindingLine(plan, plan.report.results[i], o.lang, p) + "\n";
    }
  }
  IgnoredBlock(plan, o, p, out);
  out += "  " + CountsLine(plan, o, unlisted) + "\n";
}

// --concise: one line per finding, as compilers and Ruff print them.
void ConcisePlan(const CheckedPlan& plan, const RenderOptions& o, const Painter& p,
                 std::string& out) {
  for (const std::size_t i : GapsByLevelThenPlace(plan, o)) {
    const Result& r = plan.report.results[i];
    std::string where = plan.document->path;
    if (r.location.line > 0) where += fmt::format(":{}", r.location.line);
    if (r.location.line > 0 && r.location.column > 0)
      where += fmt::format(":{}", r.location.column);
    out += fmt::format("{} {} {} {}\n", where, p.ForLevel(r.level, LevelLabel(r.level, o.lang)),
                       OneLine(r.message), p.Paint("2", "[" + r.rule + "]"));
  }
}

std::string RunTotals(const CheckRun& run, const RenderOptions& options) {
  int gaps = 0;
  int failing_plans = 0;
  for (const CheckedPlan& plan : run.plans) {
    bool fails = false;
    for (std::size_t i = 0; i < plan.report.results.size(); ++i) {
      if (IsGap(plan.report.results[i]) && !plan.Accepted(i)) ++gaps;
      fails = fails || IsFailing(plan, i, options.fail_on);
    }
    failing_plans += fails ? 1 : 0;
  }
  return options.lang == Lang::kZh
             ? fmt::format("共 {} 份规划，{} 处差距；{} 份有达到 --fail-on 级别的差距。\n",
                           run.plans.size(), gaps, failing_plans)
             : fmt::format("{} plans, {} gaps; {} with gaps at or above --fail-on.\n",
                           run.plans.size(), gaps, failing_plans);
}

}  // namespace

std::string RenderText(const CheckRun& run, const RenderOptions& options) {
  const Painter painter(options.colour);
  std::string out;
  for (std::size_t n = 0; n < run.plans.size(); ++n) {
    if (options.concise) {
      ConcisePlan(run.plans[n], options, painter, out);
      continue;
    }
    if (n > 0) out += "\n";
    OnePlan(run.plans[n], options, painter, out);
  }
  if (options.concise) return out;
  if (run.plans.size() > 1) out += "\n" + RunTotals(run, options);
  return out;
}

}  // namespace plancheck::report
