#pragma once
// `.plancheck.yaml`: a repository's settings for check and audit, the nearest one from each plan's
// folder upward (config_discovery.h), or the one given with --config. Every key is optional; an
// unknown key or a wrong type is an error naming the file, line and column (exit 2).
//
//   rules: [rules-extra/]            extra rule folders (relative to this file)
//   builtin-rules: true              false: only the folders above
//   fail-on: warning                 error | warning | info | never
//   baseline: .plancheck-baseline.json
//   lang: zh                         zh | en
//   region: 上海市/松江区             the plans' region, when their text does not say
//   period: 2020-2022                the plans' period (one year: 2023), over what the text says
//   date: 2020-06-01                 the plans' 成文日期, over what the text says; with period,
//                                    it dates the writing window (see
//                                    checker/document/writing_window.h)
//   disable: [drafting.repeat.char, "drafting.typo.*"]     rule ids, pack ids or id patterns
//   select: [national, shanghai]     only these rules (ids, pack ids or patterns); disable
//                                    still applies to them
//   levels: {national.topic.hotline-12348: error}          level overrides
//   overrides:                       per-glob settings, applied in order after the top level
//     - files: ["drafts/**", "*-draft.txt"]
//       disable: [...]
//       levels: {...}
//       region: 吉林省/长春市/绿园区
//       period: 2020-2022
//       date: 2020-06-01
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "checker/engine/evaluate.h"
#include "checker/report/report.h"

namespace plancheck::cli {

inline constexpr const char* kConfigFileName = ".plancheck.yaml";

// Every top-level key, and the keys of an `overrides:` item (for messages, init and the tests).
const std::vector<std::string>& ConfigKeys();
const std::vector<std::string>& OverrideKeys();

// What `plancheck init` writes: every key, commented; a run with it checks as one without.
const char* ConfigTemplate();

// A rule-id pattern with where it was written, so a pattern that matches no rule can be named.
struct RulePattern {
  std::string pattern;
  std::string where;  // "file:line:column"
};

// What may differ between documents.
struct DocumentSettings {
  std::vector<RulePattern> disable;
  std::vector<RulePattern> select;                       // empty: every rule
  std::vector<std::pair<RulePattern, Severity>> levels;  // later entries win
  std::string region;                                    // "" = from the plan's text
  std::string period;  // "2020-2022" (checked when read); "" = from the plan's text
  std::string date;    // "2020-06-01" (checked when read); "" = from the plan's text
};

struct Config {
  std::string file;  // "" when there is no config file
  std::string dir;   // the file's folder: relative paths in it are relative to this
  std::vector<std::string> rule_dirs;  // resolved against dir
  std::vector<std::string> against;    // higher-level plans (衔接审核), resolved against dir
  std::optional<bool> builtin_rules;
  std::optional<report::FailOn> fail_on;
  std::optional<std::string> baseline;  // resolved against dir
  std::optional<std::string> lang;      // "zh" or "en"
  DocumentSettings settings;
  struct Override {
    std::vector<std::string> files;  // globs, relative to dir
    DocumentSettings settings;
  };
  std::vector<Override> overrides;

  // The settings for one document (path as given on the command line): the top level, then every
  // override whose glob matches the document's path relative to the config's folder.
  DocumentSettings For(const std::string& document) const;
};

// The nearest .plancheck.yaml in `start` or a folder above it, or "" when there is none.
std::string FindConfig(const std::string& start);

// Parses a config file. Throws UsageError (exit 2) with "file:line:column: what is wrong".
Config LoadConfig(const std::string& file, report::Lang lang);
Config ParseConfig(const std::string& yaml, const std::string& file, report::Lang lang);

report::FailOn ParseFailOn(const std::string& value, report::Lang lang);  // UsageError if unknown

// A rule-id pattern of disable/select/levels (and of an in-plan ignore) names `rule`: a glob of
// ids, or a pack id naming the pack's rules (drafting → drafting.…).
bool PatternNamesRule(const std::string& pattern, const std::string& rule);

// Applies the settings to one document's report: disabled rules go, levels change, the summary is
// counted again. Throws UsageError for a pattern that matches no rule in `rules` (a typo that
// would otherwise silently disable nothing).
void ApplySettings(const DocumentSettings& settings, const std::vector<RuleInfo>& rules,
                   DocumentReport& report, report::Lang lang);
// The same disabling and top-level level overrides for the rule list (SARIF's rules, the legend).
void ApplySettings(const DocumentSettings& settings, std::vector<RuleInfo>& rules,
                   report::Lang lang);

}  // namespace plancheck::cli
