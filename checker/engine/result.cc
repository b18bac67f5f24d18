#include "checker/engine/result.h"

namespace plancheck {

const char* ToString(Status s) {
  switch (s) {
    case Status::kPass:
      return "pass";
    case Status::kFail:
      return "fail";
    case Status::kPartial:
      return "partial";
    case Status::kNa:
      return "n/a";
  }
  return "n/a";
}

const char* ToString(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "info";
  }
  return "info";
}

}  // namespace plancheck
