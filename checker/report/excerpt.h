#pragma once
// The few characters of a finding's evidence a report quotes: centred on the hit, never cut before
// it, with the hit apart so each format marks it its own way (【…】 or colour, <mark>, **).
#include <cstddef>
#include <string>

#include "checker/engine/result.h"

namespace plancheck::report {

struct Excerpt {
  std::string before;
  std::string hit;  // "" when the finding is a place, not characters
  std::string after;
  std::string Plain() const { return before + hit + after; }
};

// At most `code_points` of `result.evidence` (plus "…" where it is cut), on one line; the whole
// evidence by default.
Excerpt ExcerptOf(const Result& result, std::size_t code_points = std::string::npos);

// Whether `s` starts or ends with punctuation: CommonMark then does not read `**` next to it as
// emphasis when a CJK character is on its other side (活力**。。**), so Markdown marks it 【】.
bool PunctuationAtEdge(std::string_view s);

}  // namespace plancheck::report
