#include "checker/cli/glob.h"

namespace plancheck::cli {

bool GlobMatch(std::string_view pattern, std::string_view text, bool path) {
  if (pattern.empty()) return text.empty();
  if (pattern.substr(0, 2) == "**") {
    std::string_view rest = pattern.substr(2);
    // "**/" also matches no folder at all.
    if (!rest.empty() && rest[0] == '/' && GlobMatch(rest.substr(1), text, path)) return true;
    for (std::size_t i = 0; i <= text.size(); ++i) {
      if (GlobMatch(rest, text.substr(i), path)) return true;
    }
    return false;
  }
  if (pattern[0] == '*') {
    for (std::size_t i = 0; i <= text.size(); ++i) {
      if (GlobMatch(pattern.substr(1), text.substr(i), path)) return true;
      if (i < text.size() && path && text[i] == '/') break;
    }
    return false;
  }
  if (text.empty()) return false;
  if (pattern[0] == '?') {
    if (path && text[0] == '/') return false;
    // One code point, not one byte.
    std::size_t length = 1;
    while (length < text.size() && (static_cast<unsigned char>(text[length]) & 0xC0) == 0x80) {
      ++length;
    }
    return GlobMatch(pattern.substr(1), text.substr(length), path);
  }
  return pattern[0] == text[0] && GlobMatch(pattern.substr(1), text.substr(1), path);
}

}  // namespace plancheck::cli
