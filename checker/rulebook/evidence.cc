#include "checker/rulebook/evidence.h"

#include <algorithm>

#include "checker/decode/utf8.h"

namespace plancheck {
namespace {

bool IsTrimmed(char32_t cp) {
  return cp == U' ' || cp == U'\t' || cp == U'\u3000' || cp == U'\u00A0' || cp == U'”' ||
         cp == U'’' || cp == U'」' || cp == U'』';
}

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Length of the sentence end (。！？；!?;) that starts at byte `pos`, or 0. Byte by byte: in
// UTF-8 no mark can start inside another character.
std::size_t EndMarkAt(std::string_view text, std::size_t pos) {
  static constexpr std::string_view kWide[] = {"。", "！", "？", "；"};
  const char c = text[pos];
  if (c == '!' || c == '?' || c == ';') return 1;
  for (const std::string_view mark : kWide) {
    if (text.substr(pos, mark.size()) == mark) return mark.size();
  }
  return 0;
}

// Whether a sentence end finishes right before byte `pos`.
bool EndMarkBefore(std::string_view text, std::size_t pos) {
  return (pos >= 1 && EndMarkAt(text, pos - 1) == 1) || (pos >= 3 && EndMarkAt(text, pos - 3) == 3);
}

struct Bounds {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool begin_cut = false;  // no sentence start within reach: cut there
  bool end_cut = false;
};

// Back from `offset` to the end of the sentence before, walking at most `reach` code points.
void FindBegin(std::string_view text, std::size_t offset, std::size_t reach, Bounds& b) {
  std::size_t i = offset;
  for (std::size_t n = 0; i > 0 && !EndMarkBefore(text, i); ++n) {
    if (n == reach) {
      b.begin_cut = true;
      break;
    }
    do --i;
    while (i > 0 && IsContinuation(text[i]));
  }
  b.begin = i;
}

// On from `from` (inside the sentence) to the first end mark that finishes after it, and the
// closing quotes after that, walking at most `reach` code points.
void FindEnd(std::string_view text, std::size_t from, std::size_t reach, Bounds& b) {
  std::size_t j = from;  // from the character that holds `from`
  while (j > b.begin && j < text.size() && IsContinuation(text[j])) --j;
  b.end = text.size();
  for (std::size_t n = 0; j < text.size(); ++n) {
    if (const std::size_t length = EndMarkAt(text, j)) {
      b.end = j + length;
      break;
    }
    if (n == reach) {
      b.end = j;
      b.end_cut = true;
      break;
    }
    j += utf8::SequenceLength(static_cast<unsigned char>(text[j]));
  }
  b.end = std::min(b.end, text.size());
  // A closing quote right after the end mark belongs to the sentence it closes.
  for (std::size_t n = 0; !b.end_cut && b.end < text.size() && n < reach; ++n) {
    std::size_t pos = b.end;
    const char32_t cp = utf8::Next(text, pos);
    if (cp != U'”' && cp != U'’' && cp != U'）' && cp != U')') break;
    b.end = pos;
  }
}

// Trims spaces and a stray closing quote left over from the sentence before (no end mark is one,
// so this stays inside the sentence), unless the start is where the reach cut it.
void TrimFront(std::string_view text, std::size_t reach, Bounds& b) {
  for (std::size_t n = 0; !b.begin_cut && b.begin < text.size() && n <= reach; ++n) {
    std::size_t pos = b.begin;
    if (!IsTrimmed(utf8::Next(text, pos))) break;
    b.begin = pos;
  }
}

// The sentence without spaces at its real ends (not where the reach cut it).
std::string_view Trimmed(std::string_view text, const Bounds& b) {
  const std::string_view sentence = text.substr(b.begin, b.end - b.begin);
  const std::string_view trimmed = utf8::Trim(sentence);
  const auto lead = static_cast<std::size_t>(trimmed.data() - sentence.data());
  const std::size_t from = b.begin_cut ? 0 : lead;
  const std::size_t to = b.end_cut ? sentence.size() : lead + trimmed.size();
  return sentence.substr(from, to - from);
}

}  // namespace

std::pair<std::size_t, std::size_t> SentenceBounds(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  Bounds b;
  FindBegin(text, offset, kMaxSentenceReach, b);
  FindEnd(text, offset, kMaxSentenceReach, b);
  return {b.begin, b.end};
}

std::string SentenceAt(std::string_view text, std::size_t offset, std::size_t max_cp) {
  return PlacedSentenceAt(text, offset, max_cp).text;
}

PlacedSentence PlacedSentenceAt(std::string_view text, std::size_t offset, std::size_t max_cp) {
  // Past max_cp + 1 code points of the sentence either way the window below is cut anyway: read
  // no further. The reach counts from the sentence's text when the offset sits in the spaces
  // before or after it.
  const std::size_t reach = max_cp + 1;
  offset = std::min(offset, text.size());
  Bounds b;
  FindBegin(text, offset, reach, b);
  TrimFront(text, reach, b);
  FindEnd(text, std::max(offset, b.begin), reach, b);
  std::string_view sentence = Trimmed(text, b);
  const auto last = static_cast<std::size_t>(sentence.data() - text.data()) + sentence.size();
  if (b.begin_cut && last < offset) {
    b.begin_cut = false;
    FindBegin(text, last, reach, b);
    TrimFront(text, reach, b);
    sentence = Trimmed(text, b);
  }
  const std::size_t count = utf8::CodePoints(sentence);
  const auto start = static_cast<std::size_t>(sentence.data() - text.data());
  const bool inside = offset >= start && offset <= start + sentence.size();
  if (count <= max_cp) {
    return {std::string(sentence), inside ? offset - start : std::string::npos};
  }
  // Cut a window of max_cp code points centred on the offset.
  const std::size_t at = utf8::CodePoints(sentence, offset > b.begin ? offset - b.begin : 0);
  std::size_t first = at > max_cp / 2 ? at - max_cp / 2 : 0;
  first = std::min(first, count - max_cp);
  const std::size_t from = utf8::ByteOffset(sentence, first);
  const std::size_t to = utf8::ByteOffset(sentence, first + max_cp);
  PlacedSentence out;
  if (first > 0) out.text += "…";
  const std::size_t lead = out.text.size();
  out.text += sentence.substr(from, to - from);
  if (first + max_cp < count) out.text += "…";
  if (inside && offset - start >= from && offset - start <= to) {
    out.at = lead + (offset - start - from);
  }
  return out;
}

}  // namespace plancheck
