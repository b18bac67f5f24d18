#include "checker/formats/html/text_run.h"

#include "checker/decode/utf8.h"

namespace plancheck::html {
namespace {

bool IsCollapsible(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The last code point of `s` (0 for none).
char32_t LastCodePoint(std::string_view s) {
  std::size_t start = s.size();
  while (start > 0 && (static_cast<unsigned char>(s[start - 1]) & 0xC0) == 0x80) --start;
  if (start == 0) return 0;
  std::size_t pos = start - 1;
  return utf8::Next(s, pos);
}

bool IsWide(char32_t cp) {
  return utf8::IsHan(cp) || (cp >= 0x3000 && cp < 0x3040) || (cp >= 0xFF00 && cp < 0xFFF0);
}

}  // namespace

void TextRun::Append(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char c = text[pos];
    if (IsCollapsible(c)) {
      space_ = true;
      newline_ = newline_ || c == '\n' || c == '\r';
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    const char32_t cp = utf8::Next(text, pos);
    if (soft_) {
      if (!text_.empty() && IsAsciiAlnum(text_.back()) && IsAsciiAlnum(c)) text_ += ' ';
      soft_ = space_ = newline_ = false;
    }
    if (space_ && !text_.empty() && !(newline_ && IsWide(LastCodePoint(text_)) && IsWide(cp))) {
      text_ += ' ';
    }
    space_ = newline_ = false;
    if (cp == 0xA0) {
      text_ += ' ';  // a space that does not collapse
    } else {
      text_.append(text.substr(start, pos - start));
    }
  }
}

bool TextRun::Blank() const { return text_.find_first_not_of(' ') == std::string::npos; }

std::string TextRun::Take() {
  const std::size_t first = text_.find_first_not_of(' ');
  std::string out;
  if (first != std::string::npos)
    out = text_.substr(first, text_.find_last_not_of(' ') + 1 - first);
  text_.clear();
  space_ = newline_ = soft_ = false;
  return out;
}

int HanCount(std::string_view text) {
  int count = 0;
  for (std::size_t pos = 0; pos < text.size();) count += utf8::IsHan(utf8::Next(text, pos));
  return count;
}

}  // namespace plancheck::html
