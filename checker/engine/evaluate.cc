#include "checker/engine/evaluate.h"

#include <algorithm>

#include "checker/engine/evaluate_internal.h"

namespace plancheck {
namespace {

int Rank(Status s) {
  switch (s) {
    case Status::kFail:
      return 3;
    case Status::kPartial:
      return 2;
    case Status::kPass:
      return 1;
    case Status::kNa:
      return 0;
  }
  return 0;
}

}  // namespace

Status Worst(std::span<const Result> results) {
  Status worst = Status::kNa;
  for (const Result& r : results) {
    if (Rank(r.status) > Rank(worst)) worst = r.status;
  }
  return worst;
}

std::vector<std::vector<Hit>> FindHits(const Rulebook& rulebook, const Document& doc) {
  std::vector<std::vector<Hit>> hits(rulebook.rules.size());
  std::vector<int> matched;
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
    const Block& block = doc.blocks[b];
    for (int v = 0; v < 2; ++v) {
      const TriggerMatcher& matcher = rulebook.index.matchers[v];
      if (matcher.empty()) continue;
      matched.clear();
      matcher.Match(v == 0 ? block.norm : block.text, matched);
      for (const int entry : matched) {
        const auto [rule, trigger] = rulebook.index.refs[v][static_cast<std::size_t>(entry)];
        hits[static_cast<std::size_t>(rule)].push_back({static_cast<int>(b), trigger});
      }
    }
  }
  return hits;
}

void EvaluateRule(const Rulebook& rulebook, int rule_index, const Document& doc,
                  const Indicators& indicators, std::span<const Hit> hits,
                  std::vector<Result>& out) {
  const Rule& rule = rulebook.rules[static_cast<std::size_t>(rule_index)];
  ResultSink sink(rule.spec, doc, out);
  // A rule that depends on the plan's time checks something of its framework's time, and a rule
  // new in its framework asks what only that framework asks: neither is for a plan written before
  // the framework was issued (the writing window decides).
  if (rule.pack >= 0 && (rule.spec.new_in_framework || DependsOnTime(rule.spec.when))) {
    const PackInfo& pack = rulebook.packs[static_cast<std::size_t>(rule.pack)].info;
    const Verdict before = WrittenBefore(doc.metadata, pack.issued, pack.title);
    if (before.holds) {
      sink.Add(Status::kNa, before.why);
      return;
    }
  }
  if (!rule.spec.when.empty()) {
    const Verdict when = Evaluate(rule.spec.when, doc.metadata);
    if (!when.holds) {
      sink.Add(Status::kNa, "不适用：" + when.why);
      return;
    }
  }
  rule.check->Evaluate(CheckInput{doc, indicators, hits}, sink);
  if (sink.size() == 0) sink.Add(Status::kPass, "通过");
}

DocumentReport Evaluate(const Rulebook& rulebook, const Document& doc, Indicators indicators) {
  DocumentReport report;
  report.document = &doc;
  report.indicators = std::move(indicators);
  const std::vector<std::vector<Hit>> hits = FindHits(rulebook, doc);
  for (const PackVerdict& pv : ApplicablePacks(rulebook, doc.metadata)) {
    if (!pv.verdict.holds) continue;
    report.packs.push_back(pv.pack->info.name);
    for (const int r : pv.pack->rules) {
      EvaluateRule(rulebook, r, doc, report.indicators, hits[static_cast<std::size_t>(r)],
                   report.results);
    }
  }
  std::stable_sort(report.results.begin(), report.results.end(),
                   [](const Result& a, const Result& b) {
                     if (a.rule != b.rule) return a.rule < b.rule;
                     if (a.location.line != b.location.line)
                       return a.location.line < b.location.line;
                     return a.location.column < b.location.column;
                   });
  report.summary = Summarise(report.results);
  return report;
}

}  // namespace plancheck
