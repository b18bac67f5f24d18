#include "checker/cli/inline_ignores.h"

#include <algorithm>
#include <limits>

#include <fmt/format.h>

#include "checker/cli/config.h"
#include "checker/cli/lang.h"
#include "checker/cli/rule_names.h"

namespace plancheck::cli {
namespace {

// A rule id, a pack id (every rule of the pack) or a glob, as the config's disable:.
bool Names(const std::string& pattern, const std::string& rule) {
  return !pattern.empty() && PatternNamesRule(pattern, rule);
}

// Whether the place of `r` is inside what `d` covers: its blocks, and within the first and last
// block its byte offsets (compared as columns, which is what a result carries).
bool Covers(const IgnoreDirective& d, const Document& doc, const Result& r) {
  const bool whole_file =
      d.first_block == 0 && d.last_block == std::numeric_limits<std::size_t>::max();
  if (whole_file) return true;
  const Block* block = doc.BlockAtLine(r.location.line);
  if (block == nullptr) return false;
  const auto b = static_cast<std::size_t>(block - doc.blocks.data());
  if (b < d.first_block || b > d.last_block) return false;
  if (b == d.first_block && d.first_offset > 0 &&
      r.location.column < block->ColumnOfText(std::min(d.first_offset, block->text.size()))) {
    return false;
  }
  if (b == d.last_block && d.last_offset != std::numeric_limits<std::size_t>::max() &&
      r.location.column > block->ColumnOfText(std::min(d.last_offset, block->text.size()))) {
    return false;
  }
  return true;
}

// At the marker's line, in the section of the text before it (the marker itself is no block).
Result MarkerFinding(const IgnoreDirective& d, const Document& doc, std::string message) {
  Result r;
  r.rule = kIgnoreMarkerRule;
  r.status = Status::kFail;
  r.level = Severity::kInfo;
  r.message = std::move(message);
  r.location.line = d.line;
  for (const Block& block : doc.blocks) {
    if (block.line > d.line) break;
    r.location.section = doc.outline.Path(block.heading);
  }
  return r;
}

// What is wrong with a marker, or "" when nothing is.
std::string MarkerProblem(const IgnoreDirective& d, const std::vector<RuleInfo>& rules, Lang lang) {
  if (d.rule.empty()) {
    return Tr(lang, "忽略标记未写规则：应为 plancheck-disable 规则 理由",
              "an ignore marker names no rule: write plancheck-disable RULE reason");
  }
  const bool known = std::any_of(rules.begin(), rules.end(),
                                 [&](const RuleInfo& r) { return Names(d.rule, r.id); });
  if (!known) {
    const std::string hint = DidYouMean(d.rule, RuleNames(rules), lang);
    return fmt::format(fmt::runtime(Tr(lang, "忽略标记所指的规则不存在：{}{}",
                                       "an ignore marker names no rule there is: {}{}")),
                       d.rule, hint);
  }
  if (d.reason.empty()) {
    return fmt::format(fmt::runtime(Tr(lang, "忽略标记未写理由：plancheck-disable {}",
                                       "an ignore marker gives no reason: plancheck-disable {}")),
                       d.rule);
  }
  return "";
}

}  // namespace

void ApplyInlineIgnores(report::CheckedPlan& plan, const std::vector<RuleInfo>& rules, Lang lang) {
  const Document& doc = *plan.document;
  if (doc.ignores.empty()) return;
  std::vector<Result> kept;
  for (Result& r : plan.report.results) {
    const auto d = std::find_if(
        doc.ignores.begin(), doc.ignores.end(),
        [&](const IgnoreDirective& i) { return Names(i.rule, r.rule) && Covers(i, doc, r); });
    // A pass under an ignore needs no silencing.
    if (d == doc.ignores.end() || !report::IsGap(r)) {
      kept.push_back(std::move(r));
      continue;
    }
    plan.ignored.push_back({std::move(r), static_cast<std::size_t>(d - doc.ignores.begin())});
  }
  std::stable_sort(plan.ignored.begin(), plan.ignored.end(), [](const auto& a, const auto& b) {
    return a.result.location.line < b.result.location.line;
  });
  if (kept.size() != plan.report.results.size()) plan.report.summary = report::Summarise(kept);
  plan.report.results = std::move(kept);
  // Reported after the summary is counted: a faulty marker is a note, not a rule of the score.
  for (const IgnoreDirective& d : doc.ignores) {
    if (std::string problem = MarkerProblem(d, rules, lang); !problem.empty()) {
      plan.report.results.push_back(MarkerFinding(d, doc, std::move(problem)));
    }
  }
}

RuleInfo IgnoreMarkerRule(Lang lang) {
  RuleInfo info;
  info.id = kIgnoreMarkerRule;
  info.pack = "plancheck";
  info.kind = "ignore";
  info.level = Severity::kInfo;
  info.title = Tr(lang, "规划内的忽略标记", "ignore markers in the plan");
  return info;
}

}  // namespace plancheck::cli
