#pragma once
// Contract between the rulebook/engine and the report/CLI stages. Implemented in rulebook/ and
// engine/; the report and CLI only use what is declared here and in engine/evaluate.h.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "checker/engine/result.h"

namespace plancheck {

// What a report needs to say about a rule (SARIF tool.driver.rules, the matrix, `rules show`).
struct RuleInfo {
  std::string id;
  std::string pack;
  std::string kind;
  Severity level = Severity::kInfo;
  std::string title;  // short name: the message or a default from the kind
  std::string basis;
  BasisSource source = BasisSource::kText;  // of the basis: the instrument's text or secondary
  std::string suggestion;
  std::string link;       // a public URL of the basis (the pack's `link:` unless the rule has one)
  std::string reference;  // the rule's page in the generated rules reference (bundled rules), or ""
  std::string target;     // indicator rules: the framework's target as written ("≥100%"), else ""
};

// A pack's `issued` when no source gives its document's date.
inline constexpr std::string_view kUnknownIssued = "unknown";

struct PackInfo {
  std::string name;
  std::string title;
  std::string issuer;
  std::string issued;  // YYYY, YYYY-MM or YYYY-MM-DD, or kUnknownIssued
  std::string file;    // "builtin:national/plan-2021-2025.yaml" or the path on disk
};

struct RulebookOptions {
  std::vector<std::string>
      extra_dirs;       // --rules DIR (a rule with the same id replaces a bundled one)
  bool builtin = true;  // false with --no-builtin-rules
};

class Rulebook;  // defined in rulebook/; opaque to the report and CLI

// Loads and validates every pack; throws RuleError (exit 2) when any pack is invalid, naming the
// file, line and column of the first error of each invalid pack. Nothing is checked with a
// half-loaded rulebook. Defined in engine/ (it builds the checks the engine registers).
std::shared_ptr<const Rulebook> LoadRulebook(const RulebookOptions& options);

std::vector<RuleInfo> ListRules(const Rulebook& rulebook);
std::vector<PackInfo> ListPacks(const Rulebook& rulebook);

}  // namespace plancheck
