#pragma once
#include <optional>
#include <string>
#include <vector>

namespace plancheck {

enum class Status { kPass, kFail, kPartial, kNa };
enum class Severity { kError, kWarning, kInfo };
// How sure a rule's basis is: `text` when the instrument's own wording was seen (or the basis is
// a plain fact about the text), `secondary` when it comes from a secondary source (a press
// conference, a news report, a lower-level document quoting it). Reports show `secondary`.
enum class BasisSource { kText, kSecondary };

const char* ToString(Status s);       // "pass", "fail", "partial", "n/a"
const char* ToString(Severity s);     // "error", "warning", "info"
const char* ToString(BasisSource s);  // "text", "secondary"

struct Location {
  int line = 0;         // 0 when the result has no place (a missing section)
  int column = 0;       // code points, 1-based
  std::string section;  // outline path of the place, e.g. "二、总体要求 › （一）指导思想"
};

// What one rule found in one document.
struct Result {
  std::string rule;  // rule id
  Status status = Status::kNa;
  Severity level = Severity::kInfo;
  std::string message;
  std::string basis;
  BasisSource source = BasisSource::kText;  // of the basis
  Location location;
  std::string evidence;  // the sentence, trimmed at its ends
  std::string suggestion;
  std::string fix;  // replacement text, for substitutions
  // Where in `evidence` the finding is (bytes): the reports centre their excerpt there and mark
  // the hit. npos when unknown; hit_length 0 for a place rather than characters.
  std::size_t hit_at = std::string::npos;
  std::size_t hit_length = 0;
  // 衔接审核: results of a pack derived from a higher-level plan carry its group (与《…》衔接),
  // and indicator results the two targets side by side.
  std::string group;
  struct Counterpart {
    std::string higher_name;
    std::string higher_target;  // "≥3人/万人"
    std::string lower_name;     // "" when the plan sets no such indicator
    std::string lower_target;
    std::string direction;    // 高于, 低于, 持平, 未设定, 无法比较
    double score = 0;         // the name match's score (derive/name_match.h), 0 when unmatched
    std::string explanation;  // the plan's own note on a lower target, quoted for the reviewer
  };
  std::optional<Counterpart> counterpart;
};

// Per level, how many rules.
struct LevelCounts {
  int error = 0;
  int warning = 0;
  int info = 0;
  int& at(Severity level);
  int at(Severity level) const;
};

// A plan's results by rule: each rule counts once, by its worst result (fail, then partial, then
// pass, then n/a).
struct Summary {
  int rules = 0;  // rules applied (one per rule, however many hits it has)
  int pass = 0;
  int fail = 0;
  int partial = 0;
  int na = 0;
  LevelCounts failing;  // per level, the rules that fail or only partly pass
  // 0..100, weighted by level: 100 × Σ weight × credit / Σ weight over the rules that apply
  // (n/a counts nothing), credit 1 for pass, ½ for partial, 0 for fail; 100 when none applies.
  double score = 100;
};

// The weight of a rule's level in the score: error 3, warning 2, info 1.
int ScoreWeight(Severity level);
Summary Summarise(const std::vector<Result>& results);

}  // namespace plancheck
