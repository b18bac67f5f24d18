#pragma once
// The loaders of issue 11 (PDF, web pages, .odt, OFD) read their input as `plancheck check FILE`
// does: the bytes go to a file named fuzz.<format> in a private temporary folder, and LoadDocument
// reads it (the size limit, the type by content, the format's loader). The Document is then
// checked (CheckDocument) and its indicators extracted, as `check` and `indicators` do.
#include <stdlib.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "checker/decode/input_error.h"
#include "checker/formats/format.h"
#include "checker/indicators/indicator.h"
#include "fuzz/fuzz_support.h"

namespace plancheck::fuzz {

// fuzz.<extension> in a folder of its own under TMPDIR, removed when the process ends.
class InputFile {
 public:
  explicit InputFile(std::string_view extension) {
    const std::filesystem::path tmp = std::filesystem::temp_directory_path();
    std::string pattern = (tmp / "plancheck-fuzz-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
      std::fprintf(stderr, "cannot make a temporary folder under %s\n", tmp.c_str());
      std::abort();
    }
    folder_ = pattern;
    path_ = (folder_ / ("fuzz" + std::string(extension))).string();
  }
  ~InputFile() {
    std::error_code ignored;
    std::filesystem::remove_all(folder_, ignored);
  }
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  const std::string& path() const { return path_; }

  void Write(std::string_view bytes) const {
    std::ofstream out(path_, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
      std::fprintf(stderr, "cannot write %s\n", path_.c_str());
      std::abort();
    }
  }

 private:
  std::filesystem::path folder_;
  std::string path_;
};

// One input as a file with `extension` (".pdf"), through LoadDocument.
inline int LoadAsFile(std::string_view extension, const std::uint8_t* data, std::size_t size) {
  static const InputFile file(extension);
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // Binary Word/WPS goes to LibreOffice (seconds per input, and not plancheck's parser).
  if (SniffFormat(bytes) == "ole") return 0;
  file.Write(bytes);
  Document doc;
  try {
    doc = LoadDocument(file.path());
  } catch (const InputError& e) {
    Refused(e);
    return 0;
  }
  CheckDocument(doc);
  (void)ExtractIndicators(doc);
  return 0;
}

}  // namespace plancheck::fuzz
