#pragma once
// Evidence for a result: the sentence around a place, trimmed at its ends.
#include <cstddef>
#include <string>
#include <string_view>

namespace plancheck {

// The longest reach of a sentence on either side of a place, in code points. A paragraph without
// a full stop is one sentence; past this reach it is cut, so that finding the sentence of each
// of many places costs a bounded walk, not the paragraph. Real plans' sentences stay under 300.
inline constexpr std::size_t kMaxSentenceReach = 2000;

// The sentence of `text` that holds byte `offset` (sentences end at 。！？； or the end of the
// paragraph), without leading or trailing spaces or stray closing quotes. Longer than `max_cp`
// code points, it is cut around the offset and marked with "…". Reads at most about `max_cp`
// code points on either side of the offset.
std::string SentenceAt(std::string_view text, std::size_t offset, std::size_t max_cp = 120);

// SentenceAt, and the byte in what it returns that `offset` is at (npos when the offset is not
// inside it, e.g. in the spaces between two sentences): a report centres its excerpt there.
struct PlacedSentence {
  std::string text;
  std::size_t at = std::string::npos;
};
PlacedSentence PlacedSentenceAt(std::string_view text, std::size_t offset,
                                std::size_t max_cp = 120);

// Byte range [begin, end) of that sentence in `text`, reaching at most kMaxSentenceReach code
// points on either side of `offset`.
std::pair<std::size_t, std::size_t> SentenceBounds(std::string_view text, std::size_t offset);

}  // namespace plancheck
