#include "checker/rulebook/evidence.h"

#include <algorithm>
#include <vector>

#include "checker/decode/utf8.h"

namespace plancheck {
namespace {

bool EndsSentence(char32_t cp) {
  return cp == U'。' || cp == U'！' || cp == U'？' || cp == U'；' || cp == U'!' || cp == U'?' ||
         cp == U';';
}

bool IsTrimmed(char32_t cp) {
  return cp == U' ' || cp == U'\t' || cp == U'\u3000' || cp == U'\u00A0' || cp == U'”' ||
         cp == U'’' || cp == U'」' || cp == U'』';
}

}  // namespace

std::pair<std::size_t, std::size_t> SentenceBounds(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t begin = 0;
  std::size_t end = text.size();
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = utf8::Next(text, pos);
    if (!EndsSentence(cp)) continue;
    if (pos <= offset) {
      begin = pos;
    } else {
      end = pos;
      break;
    }
  }
  // A closing quote right after the end mark belongs to the sentence it closes.
  while (end < text.size()) {
    std::size_t pos = end;
    const char32_t cp = utf8::Next(text, pos);
    if (cp != U'”' && cp != U'’' && cp != U'）' && cp != U')') break;
    end = pos;
  }
  return {begin, end};
}

std::string SentenceAt(std::string_view text, std::size_t offset, std::size_t max_cp) {
  auto [begin, end] = SentenceBounds(text, offset);
  // Trim spaces and a stray closing quote left over from the sentence before.
  while (begin < end) {
    std::size_t pos = begin;
    if (!IsTrimmed(utf8::Next(text, pos))) break;
    begin = pos;
  }
  std::string_view sentence = utf8::Trim(text.substr(begin, end - begin));
  const std::size_t count = utf8::CodePoints(sentence);
  if (count <= max_cp) return std::string(sentence);
  // Cut a window of max_cp code points centred on the offset.
  const std::size_t at = utf8::CodePoints(sentence, offset > begin ? offset - begin : 0);
  std::size_t first = at > max_cp / 2 ? at - max_cp / 2 : 0;
  first = std::min(first, count - max_cp);
  const std::size_t from = utf8::ByteOffset(sentence, first);
  const std::size_t to = utf8::ByteOffset(sentence, first + max_cp);
  std::string out;
  if (first > 0) out += "…";
  out += sentence.substr(from, to - from);
  if (first + max_cp < count) out += "…";
  return out;
}

}  // namespace plancheck
