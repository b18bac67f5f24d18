#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "checker/document/block.h"
#include "checker/document/document.h"

namespace plancheck {

// A line with the debris of Word-to-text conversion taken out: [bookmark: …], [image: …],
// [footnoteRef:N], footnote bodies " [N: …]", markdown "#" prefixes and "**".
struct CleanLine {
  std::string text;
  std::vector<std::uint32_t> text_to_raw;  // text.size()+1 entries
  std::vector<Artefact> artefacts;
  std::vector<Footnote> footnotes;
  // Footnote bodies as (begin, end) byte ranges of raw, to become blocks of their own.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> footnote_spans;
};

CleanLine StripArtefacts(std::string_view raw, int line);

}  // namespace plancheck
