#pragma once
#include <stdexcept>
#include <string>

namespace plancheck::cli {

// Bad arguments or configuration (exit code 2).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace plancheck::cli
