#pragma once
// What a rule says, apart from its kind-specific keys.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "checker/document/metadata.h"
#include "checker/engine/result.h"
#include "checker/rulebook/conditions.h"

namespace plancheck {

// One `tests:` item: a snippet parsed as a small plan, with metadata given by the item.
struct TestCase {
  enum class Expect { kPass, kFail, kPartial };
  Expect expect = Expect::kPass;
  std::string text;
  // Overrides of what the metadata reader found in the snippet.
  std::optional<std::pair<int, int>> period;
  std::optional<std::string> date, level, kind, province, city, county, doc_number, title;
  std::optional<bool> draft;
  // `fix:` of a fail item: the fixes its findings carry, in order ([] for none).
  std::optional<std::vector<std::string>> fixes;
  int line = 0;  // in the pack file, for messages
};

struct RuleSpec {
  std::string id;
  std::string pack;
  std::string kind;
  Severity level = Severity::kInfo;
  std::string basis;
  BasisSource basis_source = BasisSource::kText;  // `source:` text (default) or secondary
  int basis_line = 0;                             // where `basis` is written, for lint
  std::string message;                            // empty: the kind's default
  std::string suggestion;
  std::string link;
  Conditions when;
  // `new_in_framework: true`: the pack's framework is the first to require this, so a plan written
  // before it was issued is not held to it (n/a). Most requirements of a new framework restate
  // earlier ones and apply by `applies_to` alone; a rule with a time condition is new anyway.
  bool new_in_framework = false;
  std::vector<TestCase> tests;
  std::string file;    // where the rule is written
  int line = 0;        // 1-based line of the rule in `file`
  std::string source;  // the rule's YAML as written, for `rules show`
};

// Applies a test case's metadata overrides.
void ApplyOverrides(const TestCase& test, Metadata& metadata);

}  // namespace plancheck
