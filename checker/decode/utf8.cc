#include "checker/decode/utf8.h"

namespace plancheck::utf8 {

char32_t Next(std::string_view s, std::size_t& pos) {
  const auto lead = static_cast<unsigned char>(s[pos]);
  const std::size_t len = SequenceLength(lead);
  if (len == 1 || pos + len > s.size()) {
    ++pos;
    return lead;
  }
  char32_t cp = lead & (0xFF >> (len + 1));
  for (std::size_t i = 1; i < len; ++i)
    cp = (cp << 6) | (static_cast<unsigned char>(s[pos + i]) & 0x3F);
  pos += len;
  return cp;
}

void Append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::size_t CodePoints(std::string_view s, std::size_t byte_offset) {
  const std::size_t end = byte_offset < s.size() ? byte_offset : s.size();
  std::size_t n = 0;
  for (std::size_t i = 0; i < end; ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::size_t ByteOffset(std::string_view s, std::size_t cp_index) {
  std::size_t pos = 0;
  for (std::size_t i = 0; i < cp_index && pos < s.size(); ++i) pos += SequenceLength(s[pos]);
  return pos < s.size() ? pos : s.size();
}

bool IsHan(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x20000 && cp <= 0x2EBEF) || (cp >= 0xF900 && cp <= 0xFAFF) || cp == 0x3007;
}

std::string_view Trim(std::string_view s) {
  auto is_space = [](std::string_view v, std::size_t at, bool front) -> std::size_t {
    static constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
    static constexpr std::string_view kNbsp = "\xC2\xA0";
    if (v.empty()) return 0;
    if (front) {
      if (v[at] == ' ' || v[at] == '\t' || v[at] == '\r') return 1;
      if (v.substr(at).starts_with(kIdeographicSpace)) return 3;
      if (v.substr(at).starts_with(kNbsp)) return 2;
      return 0;
    }
    const char last = v.back();
    if (last == ' ' || last == '\t' || last == '\r') return 1;
    if (v.ends_with(kIdeographicSpace)) return 3;
    if (v.ends_with(kNbsp)) return 2;
    return 0;
  };
  while (std::size_t n = is_space(s, 0, true)) s.remove_prefix(n);
  while (std::size_t n = is_space(s, 0, false)) s.remove_suffix(n);
  return s;
}

}  // namespace plancheck::utf8
