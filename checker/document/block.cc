#include "checker/document/block.h"

#include <algorithm>
#include <memory>
#include <string_view>

#include "checker/decode/utf8.h"

namespace plancheck {

ColumnIndex& ColumnIndex::operator=(const ColumnIndex& other) {
  if (this != &other) delete marks_.exchange(nullptr);
  return *this;
}

ColumnIndex& ColumnIndex::operator=(ColumnIndex&& other) noexcept {
  if (this != &other) delete marks_.exchange(other.marks_.exchange(nullptr));
  return *this;
}

ColumnIndex::~ColumnIndex() { delete marks_.load(); }

const ColumnIndex::Marks* ColumnIndex::Get(std::string_view text) const {
  if (const Marks* marks = marks_.load(std::memory_order_acquire)) return marks;
  auto built = std::make_unique<Marks>();
  built->size = text.size();
  built->at.reserve(text.size() / kStride + 1);
  std::size_t count = 0;
  for (std::size_t from = 0; from < text.size(); from += kStride) {
    built->at.push_back(static_cast<std::uint32_t>(count));
    count += utf8::CodePoints(text.substr(from, kStride));
  }
  const Marks* expected = nullptr;
  if (marks_.compare_exchange_strong(expected, built.get(), std::memory_order_acq_rel)) {
    return built.release();
  }
  return expected;  // another thread built it first
}

std::size_t ColumnIndex::CodePointsBefore(std::string_view text, std::size_t offset) const {
  offset = std::min(offset, text.size());
  if (text.size() <= kFrom) return utf8::CodePoints(text, offset);
  const Marks* marks = Get(text);
  if (marks->size != text.size()) return utf8::CodePoints(text, offset);  // changed: count
  const std::size_t mark = std::min(offset / kStride, marks->at.size() - 1);
  const std::size_t from = mark * kStride;
  return marks->at[mark] + utf8::CodePoints(text.substr(from), offset - from);
}

int Block::ColumnOfText(std::size_t text_offset) const {
  const std::size_t i = std::min(text_offset, text_to_raw.empty() ? 0 : text_to_raw.size() - 1);
  const std::size_t raw_offset = text_to_raw.empty() ? 0 : text_to_raw[i];
  return static_cast<int>(raw_columns.CodePointsBefore(raw, raw_offset)) + 1;
}

std::size_t Block::TextOffsetOfNorm(std::size_t norm_offset) const {
  if (norm_to_text.empty()) return 0;
  return norm_to_text[std::min(norm_offset, norm_to_text.size() - 1)];
}

int Block::ColumnOfNorm(std::size_t norm_offset) const {
  return ColumnOfText(TextOffsetOfNorm(norm_offset));
}

}  // namespace plancheck
