#pragma once
// Every request serve turns away, each with its HTTP status and a message that says what was
// wrong and what to do, as a page or (for /api) as JSON.
#include <string>

#include "checker/serve/exchange.h"
#include "checker/serve/serve_options.h"

namespace plancheck::serve {

enum class Refusal {
  kTooLarge,         // 413: the request is above --max-upload
  kTooManyFiles,     // 413: more plans than --max-files
  kNoPlan,           // 400: no plan in the form
  kUnsupportedType,  // 415: a file of a format plancheck does not read
  kBadForm,          // 400: the region, the period or the higher-level plan (detail says)
  kUnreadable,       // 422: no plan could be read (detail: the exit-3 messages)
  kBusy,             // 429: every check slot and the queue are taken
  kClosing,          // 503: the server is shutting down
  kTimedOut,         // 408: the check took longer than --timeout
  kNotFound,         // 404
  kReportGone,       // 404: a report id that is unknown or expired
  kMethod,           // 405
  kFailed,           // 500: a defect of plancheck's (detail says)
};

int RefusalStatus(Refusal refusal);

// The page (or JSON for `api`) for `refusal`. `detail` is shown under the message (escaped).
HttpResponse Refuse(Refusal refusal, report::Lang lang, const ServeOptions& options, bool api,
                    const std::string& detail = "");

}  // namespace plancheck::serve
