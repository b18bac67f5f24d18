#pragma once
// The loaded rulebook, as the engine and the `rules` command see it (opaque to the reports).
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "checker/rulebook/check.h"
#include "checker/rulebook/conditions.h"
#include "checker/rulebook/rulebook.h"
#include "checker/rulebook/spec.h"
#include "checker/rulebook/trigger_matcher.h"

namespace plancheck {

// One pack file to load.
struct PackSource {
  std::string file;  // as shown in messages: a path, or "builtin:drafting/x.yaml"
  std::string text;
  bool builtin = false;
};

struct Pack {
  PackInfo info;
  Conditions applies_to;
  bool builtin = false;
  std::vector<int> rules;  // into Rulebook::rules, in file order
};

struct Rule {
  RuleSpec spec;
  std::unique_ptr<const Check> check;
  std::vector<Trigger> triggers;
  std::string kind_summary;  // the kind's one-line description, a title when there is no message
  int pack = -1;
};

// Every rule's triggers in one matcher per view: entry i of view v is trigger refs[v][i].second
// of rule refs[v][i].first.
struct TriggerIndex {
  TriggerMatcher matchers[2];
  std::vector<std::pair<int, int>> refs[2];
};

class Rulebook {
 public:
  std::vector<Pack> packs;  // in load order: bundled packs by path, then --rules packs
  std::vector<Rule> rules;  // only the rules in force (a replaced rule is gone)
  TriggerIndex index;

  const Rule* Find(std::string_view id) const;
};

// The bundled packs (unless options.builtin is false) and the .yaml files under each extra dir.
// Throws RuleError for a dir that does not exist.
std::vector<PackSource> CollectSources(const RulebookOptions& options);

// Parses and validates every source, then builds the trigger index. Collects the first error of
// every pack and throws them together as one RuleError: nothing is checked with a half-loaded
// rulebook.
std::shared_ptr<const Rulebook> BuildRulebook(const std::vector<PackSource>& sources,
                                              std::span<const CheckKind> kinds);

// What `rules lint` adds to validation: a pattern that fires on none of its rule's tests (likely a
// typo even when another pattern of the rule fires), an id whose first word is not its pack's.
std::vector<std::string> LintWarnings(const Rulebook& rulebook);

// What `rules lint` refuses (exit 2) though the packs load: a basis that carries a research
// confidence tag ([std], [sec, …], [corpus], UNCONFIRMED) or names a notes file that does not ship
// with plancheck (anchors-cn.md, frameworks.md, DESIGN.md …). Each error names the file, the line
// of the basis, the rule, and the fix.
std::vector<std::string> LintErrors(const Rulebook& rulebook);

// The research tag or notes-file reference a basis must not carry, or "" when it has none.
std::string BasisResearchNote(std::string_view basis);

// What `rules list --for` shows: whether each pack applies to a plan and why.
struct PackVerdict {
  const Pack* pack = nullptr;
  Verdict verdict;
};
std::vector<PackVerdict> ApplicablePacks(const Rulebook& rulebook, const Metadata& metadata);

}  // namespace plancheck
