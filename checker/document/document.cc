#include "checker/document/document.h"

#include <algorithm>
#include <filesystem>

#include "checker/decode/decoded_text.h"
#include "checker/decode/input_error.h"
#include "checker/document/docx_loader.h"

namespace plancheck {

const Block* Document::BlockAtLine(int line) const {
  const auto it = std::lower_bound(blocks.begin(), blocks.end(), line,
                                   [](const Block& b, int l) { return b.line < l; });
  return it != blocks.end() && it->line == line ? &*it : nullptr;
}

Document LoadDocument(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const std::string bytes = ReadFileBytes(path);
  if (extension == ".docx") return ParseDocx(path, bytes);
  if (extension != ".txt" && extension != ".md" && extension != ".text" &&
      extension != ".markdown") {
    throw InputError(
        path, "unknown file type '" + extension + "'; plancheck reads .txt, .md and .docx plans");
  }
  const DecodedText decoded = Decode(bytes, path);
  return ParseText(path, decoded.utf8, decoded.encoding);
}

}  // namespace plancheck
