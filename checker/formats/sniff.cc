#include <algorithm>
#include <cctype>

#include "checker/formats/format.h"

namespace plancheck {
namespace {

bool StartsWith(std::string_view bytes, std::string_view prefix) {
  return bytes.substr(0, prefix.size()) == prefix;
}

// A zip names its entries in the central directory at its end (and in each local header), so an
// entry's name in the last 64 KiB, or right after the first local header, tells the package type.
std::string_view ZipKind(std::string_view bytes) {
  constexpr std::size_t kTail = 64 * 1024;
  const std::string_view tail = bytes.substr(bytes.size() > kTail ? bytes.size() - kTail : 0);
  const std::string_view head = bytes.substr(0, 256);
  const auto names = [&](std::string_view entry) {
    return tail.find(entry) != std::string_view::npos || head.find(entry) != std::string_view::npos;
  };
  // ODF stores "mimetype" first, uncompressed, so its content is readable at offset 38.
  if (head.find("application/vnd.oasis.opendocument.text") != std::string_view::npos) {
    return "zip-odt";
  }
  if (names("word/document.xml")) return "zip-docx";
  if (names("OFD.xml")) return "zip-ofd";
  return "zip";
}

bool LooksLikeHtml(std::string_view bytes) {
  std::string head(bytes.substr(0, 1024));
  std::transform(head.begin(), head.end(), head.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const std::size_t start = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (start == std::string::npos) return false;
  const std::string_view text = std::string_view(head).substr(start);
  return StartsWith(text, "<!doctype html") || StartsWith(text, "<html") ||
         (StartsWith(text, "<") && text.find("<html") != std::string_view::npos);
}

}  // namespace

std::string_view SniffFormat(std::string_view bytes) {
  if (StartsWith(bytes, "PK\x03\x04")) return ZipKind(bytes);
  if (StartsWith(bytes, "%PDF-")) return "pdf";
  if (StartsWith(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return "ole";
  if (LooksLikeHtml(bytes)) return "html";
  return "";
}

}  // namespace plancheck
