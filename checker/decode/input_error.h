#pragma once
#include <stdexcept>
#include <string>

namespace plancheck {

// A document that cannot be read (exit code 3). The message names the file, the place and the fix,
// in Chinese and in English; the command line shows the one of the user's language (--lang).
class InputError : public std::runtime_error {
 public:
  // English only (the Chinese message falls back to it).
  InputError(std::string path, const std::string& en)
      : std::runtime_error(path + ": " + en), path_(std::move(path)), zh_(what()) {}
  InputError(std::string path, const std::string& zh, const std::string& en)
      : std::runtime_error(path + ": " + en), path_(std::move(path)), zh_(path_ + "：" + zh) {}
  const std::string& path() const { return path_; }
  // "path: reason" in Chinese (zh) or English.
  std::string Message(bool zh) const { return zh ? zh_ : what(); }

 private:
  std::string path_;
  std::string zh_;
};

}  // namespace plancheck
