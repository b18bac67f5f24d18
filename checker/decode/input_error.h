#pragma once
#include <stdexcept>
#include <string>

namespace plancheck {

// A document that cannot be read (exit code 3). The message names the file, the place and the fix.
class InputError : public std::runtime_error {
 public:
  InputError(std::string path, std::string what)
      : std::runtime_error(path + ": " + what), path_(std::move(path)) {}
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace plancheck
