#include "checker/report/excerpt.h"

#include <algorithm>

#include <unicode/uchar.h>

#include "checker/decode/utf8.h"
#include "checker/report/common.h"

namespace plancheck::report {
namespace {

constexpr std::string_view kCut = "…";

// Code points [from, to) of `s`.
std::string Slice(std::string_view s, std::size_t from, std::size_t to) {
  const std::size_t begin = utf8::ByteOffset(s, from);
  return std::string(s.substr(begin, utf8::ByteOffset(s, to) - begin));
}

}  // namespace

Excerpt ExcerptOf(const Result& result, std::size_t code_points) {
  const std::string text = OneLine(result.evidence);
  const std::size_t total = utf8::CodePoints(text);
  const bool placed = result.hit_at != std::string::npos && result.hit_at <= text.size() &&
                      result.hit_at + result.hit_length <= text.size();
  if (!placed) return {Truncate(text, code_points), "", ""};
  const std::size_t hit_from = utf8::CodePoints(text, result.hit_at);
  const std::size_t hit_to = utf8::CodePoints(text, result.hit_at + result.hit_length);
  // Centred on the hit; a window that reaches past either end slides back inside.
  const std::size_t hit_cp = hit_to - hit_from;
  const std::size_t room = code_points > hit_cp ? code_points - hit_cp : 0;
  std::size_t first = hit_from > room / 2 ? hit_from - room / 2 : 0;
  const std::size_t last_start = total > code_points ? total - code_points : 0;
  first = std::min(first, last_start);
  const std::size_t last = std::max(std::min(total, first + code_points), hit_to);
  Excerpt out;
  if (first > 0) out.before = kCut;
  out.before += Slice(text, first, hit_from);
  out.hit = Slice(text, hit_from, hit_to);
  out.after = Slice(text, hit_to, last);
  if (last < total) out.after += kCut;
  return out;
}

bool PunctuationAtEdge(std::string_view s) {
  if (s.empty()) return false;
  std::size_t pos = 0;
  const char32_t first = utf8::Next(s, pos);
  std::size_t last_start = s.size() - 1;
  while (last_start > 0 && (static_cast<unsigned char>(s[last_start]) & 0xC0) == 0x80) --last_start;
  std::size_t at = last_start;
  const char32_t last = utf8::Next(s, at);
  return u_ispunct(static_cast<UChar32>(first)) || u_ispunct(static_cast<UChar32>(last));
}

}  // namespace plancheck::report
