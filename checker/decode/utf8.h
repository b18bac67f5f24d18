#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace plancheck::utf8 {

// Length in bytes of the UTF-8 sequence that starts with `lead` (1 for invalid lead bytes).
inline std::size_t SequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

// Decodes the code point at `pos` and advances `pos` past it. Input is assumed valid UTF-8.
char32_t Next(std::string_view s, std::size_t& pos);

// Appends `cp` encoded as UTF-8.
void Append(std::string& out, char32_t cp);

// Number of code points in s[0, byte_offset).
std::size_t CodePoints(std::string_view s, std::size_t byte_offset = std::string_view::npos);

// Byte offset of the code point with index `cp_index` (s.size() when past the end).
std::size_t ByteOffset(std::string_view s, std::size_t cp_index);

// True for CJK ideographs (the "Han" script as the checks mean it).
bool IsHan(char32_t cp);

// Removes ASCII and full-width spaces (U+3000) and tabs at both ends.
std::string_view Trim(std::string_view s);

}  // namespace plancheck::utf8
