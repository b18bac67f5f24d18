#pragma once
// What serve asks of the check run, and what it gets back. The run itself is the CLI's (the
// rulebook loaded once at start, cli/serve_command.cc): serve passes files it has written and
// renders what comes back, with no checking logic of its own.
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "checker/report/report.h"

namespace plancheck::serve {

struct CheckForm {
  std::vector<std::string> plans;    // files in the request's upload folder
  std::vector<std::string> against;  // higher-level plans (衔接审核), likewise
  std::string region;                // as --region, "" when not given
  std::string period;                // as --period
  report::Lang lang = report::Lang::kZh;
};

// A request the check refuses as a whole, with the HTTP status and the message to show (in the
// request's language): 400 for a bad region or period, 422 for a higher-level plan that cannot be
// read. A plan that cannot be read is no error: it is one of CheckRun::failures.
class RequestError : public std::runtime_error {
 public:
  RequestError(int status, const std::string& message)
      : std::runtime_error(message), status_(status) {}
  int status() const { return status_; }

 private:
  int status_;
};

using CheckFunction = std::function<report::CheckRun(const CheckForm&)>;

}  // namespace plancheck::serve
