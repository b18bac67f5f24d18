#pragma once
#include <stdexcept>
#include <string>

namespace plancheck {

// A document that cannot be read (exit code 3). The message names the file, the place and the fix,
// in Chinese and in English; the command line shows the one of the user's language (--lang).
class InputError : public std::runtime_error {
 public:
  // What kind of file it turned out to be, for the 跳过 summary of a folder ("扫描版 PDF" ·
  // "无文字层").
  struct Kind {
    std::string type_zh, type_en;
    std::string reason_zh, reason_en;
  };
  // English only (the Chinese message falls back to it).
  InputError(std::string path, const std::string& en)
      : std::runtime_error(path + ": " + en), path_(std::move(path)), zh_(what()) {}
  InputError(std::string path, const std::string& zh, const std::string& en)
      : std::runtime_error(path + ": " + en), path_(std::move(path)), zh_(path_ + "：" + zh) {}
  InputError(std::string path, const std::string& zh, const std::string& en, Kind kind)
      : InputError(std::move(path), zh, en) {
    kind_ = std::move(kind);
  }
  const std::string& path() const { return path_; }
  // Empty type when the loader did not say: the summary then names the extension.
  const Kind& kind() const { return kind_; }
  // "path: reason" in Chinese (zh) or English.
  std::string Message(bool zh) const { return zh ? zh_ : what(); }

 private:
  std::string path_;
  std::string zh_;
  Kind kind_;
};

}  // namespace plancheck
