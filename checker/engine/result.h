#pragma once
#include <string>
#include <vector>

namespace plancheck {

enum class Status { kPass, kFail, kPartial, kNa };
enum class Severity { kError, kWarning, kInfo };

const char* ToString(Status s);    // "pass", "fail", "partial", "n/a"
const char* ToString(Severity s);  // "error", "warning", "info"

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
  Location location;
  std::string evidence;  // the sentence, trimmed at its ends
  std::string suggestion;
  std::string fix;  // replacement text, for substitutions
};

}  // namespace plancheck
