#include "checker/document/block.h"

#include <algorithm>
#include <string_view>

#include "checker/decode/utf8.h"

namespace plancheck {

int Block::ColumnOfText(std::size_t text_offset) const {
  const std::size_t i = std::min(text_offset, text_to_raw.empty() ? 0 : text_to_raw.size() - 1);
  const std::size_t raw_offset = text_to_raw.empty() ? 0 : text_to_raw[i];
  return static_cast<int>(utf8::CodePoints(raw, raw_offset)) + 1;
}

std::size_t Block::TextOffsetOfNorm(std::size_t norm_offset) const {
  if (norm_to_text.empty()) return 0;
  return norm_to_text[std::min(norm_offset, norm_to_text.size() - 1)];
}

int Block::ColumnOfNorm(std::size_t norm_offset) const {
  return ColumnOfText(TextOffsetOfNorm(norm_offset));
}

}  // namespace plancheck
