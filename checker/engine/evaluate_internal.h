#pragma once
// The engine's pieces below Evaluate(), for the self-tests and the `rules` command.
#include <span>
#include <vector>

#include "checker/engine/evaluate.h"
#include "checker/rulebook/rulebook_impl.h"

namespace plancheck {

// Runs the triggers of every rule over the plan's blocks (one RE2::Set pass per view) and returns,
// per rule, the blocks where one fired.
std::vector<std::vector<Hit>> FindHits(const Rulebook& rulebook, const Document& doc);

// Evaluates the rule at `rule_index` (its `when` first: n/a when it does not hold).
void EvaluateRule(const Rulebook& rulebook, int rule_index, const Document& doc,
                  const Indicators& indicators, std::span<const Hit> hits,
                  std::vector<Result>& out);

// The rule's status over its results: fail > partial > pass > n/a.
Status Worst(std::span<const Result> results);

}  // namespace plancheck
