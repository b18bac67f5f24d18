// `check --format text`: for a terminal. Grouped by document then section, gaps first.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "checker/report/common.h"

namespace plancheck::report {
namespace {

class Painter {
 public:
  explicit Painter(bool colour) : colour_(colour) {}
  std::string Paint(std::string_view code, std::string_view s) const {
    if (!colour_) return std::string(s);
    return fmt::format("\033[{}m{}\033[0m", code, s);
  }
  std::string ForStatus(Status status, std::string_view s) const {
    switch (status) {
      case Status::kFail:
        return Paint("31", s);
      case Status::kPartial:
        return Paint("33", s);
      case Status::kPass:
        return Paint("32", s);
      case Status::kNa:
        return Paint("2", s);
    }
    return std::string(s);
  }

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

void OneResult(const CheckedPlan& plan, std::size_t index, const RenderOptions& o, const Painter& p,
               std::string& out) {
  const Result& r = plan.report.results[index];
  const Lang lang = o.lang;
  const std::string where = FormatLocation(*plan.document, r.location);
  std::string line = "    " + p.ForStatus(r.status, StatusMark(r.status)) + " ";
  if (!where.empty()) line += where + " ";
  if (IsGap(r)) {
    line += p.ForStatus(r.status, LevelLabel(r.level, lang));
    if (r.status == Status::kPartial) {
      line += p.ForStatus(r.status, Tr(lang, "（部分）", " (partial)"));
    }
    line += " ";
  }
  line += OneLine(r.message) + " " + p.Paint("2", "[" + r.rule + "]");
  out += line + "\n";
  const auto detail = [&](const char* zh, const char* en, const std::string& value) {
    if (value.empty()) return;
    out += "        " + p.Paint("2", Tr(lang, zh, en)) + OneLine(value) + "\n";
  };
  if (IsGap(r)) {
    detail("原文：", "text: ", Truncate(r.evidence, 80));
    if (!r.basis.empty()) {
      out += "        " + p.Paint("2", Tr(lang, "依据：", "basis: ")) + OneLine(r.basis) +
             (r.source == BasisSource::kSecondary ? p.Paint("2", BasisSourceNote(r.source, lang))
                                                  : std::string()) +
             "\n";
    }
    detail("建议：", "suggestion: ", r.suggestion);
    if (!SuggestionNamesFix(r)) detail("改为：", "fix: ", r.fix);
  }
}

std::string CountsLine(const CheckedPlan& plan, Lang lang) {
  const Summary& s = plan.report.summary;
  const std::string score = FormatNumber(RoundScore(s.score));
  std::string line =
      lang == Lang::kZh
          ? fmt::format("{} 条规则：{} 通过，{} 未通过，{} 部分，{} 不适用 · 有差距：{} · 得分 {}",
                        s.rules, s.pass, s.fail, s.partial, s.na, FailingText(s.failing, lang),
                        score)
          : fmt::format("{} rules: {} pass, {} fail, {} partial, {} n/a · failing: {} · score {}",
                        s.rules, s.pass, s.fail, s.partial, s.na, FailingText(s.failing, lang),
                        score);
  if (const int accepted = AcceptedCount(plan); accepted > 0) {
    line += lang == Lang::kZh ? fmt::format(" · 基线已接受 {} 项（未列出）", accepted)
                              : fmt::format(" · {} accepted in the baseline (not shown)", accepted);
  }
  return line;
}

void OnePlan(const CheckedPlan& plan, const RenderOptions& o, const Painter& p, std::string& out) {
  Header(plan, o, p, out);
  const std::vector<SectionGroup> groups = GroupForDisplay(plan, o.show_passed);
  if (groups.empty()) {
    out += "  " + p.Paint("32", Tr(o.lang, "未发现差距。", "No gaps found.")) + "\n";
  }
  for (const SectionGroup& g : groups) {
    const std::string title =
        g.section.empty() ? Tr(o.lang, "【全文】", "[whole document]") : g.section;
    out += "  " + p.Paint("1", title) + "\n";
    for (const std::size_t i : g.results) OneResult(plan, i, o, p, out);
  }
  out += "  " + CountsLine(plan, o.lang) + "\n";
}

}  // namespace

std::string RenderText(const CheckRun& run, const RenderOptions& options) {
  const Painter painter(options.colour);
  std::string out;
  int gaps = 0;
  int failing_plans = 0;
  for (std::size_t n = 0; n < run.plans.size(); ++n) {
    const CheckedPlan& plan = run.plans[n];
    if (n > 0) out += "\n";
    OnePlan(plan, options, painter, out);
    bool fails = false;
    for (std::size_t i = 0; i < plan.report.results.size(); ++i) {
      if (IsGap(plan.report.results[i]) && !plan.Accepted(i)) ++gaps;
      fails = fails || IsFailing(plan, i, options.fail_on);
    }
    failing_plans += fails ? 1 : 0;
  }
  if (run.plans.size() > 1) {
    out +=
        "\n" + (options.lang == Lang::kZh
                    ? fmt::format("共 {} 份规划，{} 处差距；{} 份有达到 --fail-on 级别的差距。\n",
                                  run.plans.size(), gaps, failing_plans)
                    : fmt::format("{} plans, {} gaps; {} with gaps at or above --fail-on.\n",
                                  run.plans.size(), gaps, failing_plans));
  }
  return out;
}

}  // namespace plancheck::report
