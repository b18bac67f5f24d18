#pragma once
// The interface every check kind implements (engine/checks/), and what the engine hands it.
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "checker/document/document.h"
#include "checker/engine/result.h"
#include "checker/indicators/indicator.h"
#include "checker/rulebook/pattern.h"
#include "checker/rulebook/spec.h"
#include "checker/rulebook/yaml_map.h"

namespace plancheck {

// A pattern that makes a block a candidate for a rule. The engine matches the triggers of all
// rules in one RE2::Set pass per view and gives each rule only the blocks where one fired.
struct Trigger {
  std::string pattern;  // RE2, in its view's form
  View view = View::kNorm;
  YAML::Mark mark;  // where the pattern is written, for messages
  // A pattern of the rule's author: it must fire on the rule's own tests (else it is a typo).
  // False for a check's built-in prefilter.
  bool authored = true;
  // The check's own compiled pattern when it has one (it lives as long as the rule), so load-time
  // validation does not compile the pattern again; null otherwise.
  const RE2* compiled = nullptr;
};

// Whether a trigger firing means the rule is met (a heading, a topic) or broken (a forbidden word).
enum class Polarity { kRequired, kForbidden };

// A block where trigger `trigger` of the rule fired.
struct Hit {
  int block = 0;
  int trigger = 0;
};

// Quotations inside a quotation take single quotes (GB/T 15834-2011 4.8): every “…” opened inside
// “…” becomes ‘…’. Messages quote plan text and pattern words that may carry quotes of their own
// (指标“每个村（社区）骨干“法律明白人””): the sink passes every message through this.
std::string NestQuotes(std::string_view text);

// Collects one rule's results, filled with the rule's id, level, basis and suggestion.
class ResultSink {
 public:
  ResultSink(const RuleSpec& rule, const Document& doc, std::vector<Result>& out)
      : rule_(rule), doc_(doc), out_(out) {}

  // A result with no place (a missing section).
  Result& Add(Status status, std::string message);
  // A result at a byte offset of `block.text` (or of `block.norm` for the norm view); the
  // evidence is the sentence around it. `length`: the bytes of the hit, when it is characters
  // (a typo, a doubled mark) the reports mark; 0 for a place.
  Result& AddAt(Status status, std::string message, const Block& block, std::size_t offset,
                View view = View::kText, std::size_t length = 0);
  // A result at a table cell (a cell broken over lines is one cell).
  Result& AddAtCell(Status status, std::string message, const Table& table, const Cell& cell,
                    std::size_t text_offset);

  // The rule's message when it has one, else `fallback`; with ": detail" appended when given.
  std::string Message(std::string_view fallback, std::string_view detail = {}) const;

  const RuleSpec& rule() const { return rule_; }
  const Document& doc() const { return doc_; }
  std::size_t size() const { return out_.size() - start_; }

 private:
  Result& Push(Status status, std::string message);

  const RuleSpec& rule_;
  const Document& doc_;
  std::vector<Result>& out_;
  std::size_t start_ = out_.size();
};

struct CheckInput {
  const Document& doc;
  const Indicators& indicators;
  std::span<const Hit> hits;  // in block order
};

class Check {
 public:
  virtual ~Check() = default;
  virtual std::vector<Trigger> Triggers() const { return {}; }
  virtual Polarity TriggerPolarity() const { return Polarity::kRequired; }
  // The framework's target as written ("≥100%"), for indicator rules; "" otherwise.
  virtual std::string TargetText() const { return {}; }
  // Every result of the rule on one plan: at least one.
  virtual void Evaluate(const CheckInput& input, ResultSink& sink) const = 0;
};

// Builds a check from the rule's map, reading (and so declaring) its own keys; throws RuleError.
using CheckFactory = std::unique_ptr<Check> (*)(const RuleSpec& rule, YamlMap& map);

struct CheckKind {
  std::string_view name;
  CheckFactory make;
  std::string_view summary;  // one line for `rules list --kinds` and error messages
};

}  // namespace plancheck
