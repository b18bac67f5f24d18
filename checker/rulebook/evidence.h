#pragma once
// Evidence for a result: the sentence around a place, trimmed at its ends.
#include <cstddef>
#include <string>
#include <string_view>

namespace plancheck {

// The sentence of `text` that holds byte `offset` (sentences end at 。！？； or the end of the
// paragraph), without leading or trailing spaces or stray closing quotes. Longer than `max_cp`
// code points, it is cut around the offset and marked with "…".
std::string SentenceAt(std::string_view text, std::size_t offset, std::size_t max_cp = 120);

// Byte range [begin, end) of that sentence in `text`.
std::pair<std::size_t, std::size_t> SentenceBounds(std::string_view text, std::size_t offset);

}  // namespace plancheck
