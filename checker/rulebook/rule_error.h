#pragma once
#include <stdexcept>
#include <string>

namespace plancheck {

// A rule pack that does not load or validate (exit code 2). The message names the file, line and
// column, the rule id where there is one, and what to change.
class RuleError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace plancheck
