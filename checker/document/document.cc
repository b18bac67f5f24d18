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
  // The type first: a name plancheck cannot read is not read at all (/dev/zero, a 4 GB log).
  if (extension != ".docx" && extension != ".txt" && extension != ".md" && extension != ".text" &&
      extension != ".markdown") {
    throw InputError(
        path, "unknown file type '" + extension + "'; plancheck reads .txt, .md and .docx plans");
  }
  const bool package = extension == ".docx";
  const std::string bytes = ReadFileBytes(path, package ? kMaxPackageBytes : kMaxPlanBytes);
  if (package) return ParseDocx(path, bytes);
  const DecodedText decoded = Decode(bytes, path);
  return ParseText(path, decoded.utf8, decoded.encoding);
}

}  // namespace plancheck
