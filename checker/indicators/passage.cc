#include "checker/indicators/passage.h"

#include <re2/re2.h>

#include <algorithm>

#include "checker/indicators/units.h"

namespace plancheck::indicators {
namespace {

// Norm offsets right after each [image: …] of the block.
std::vector<std::size_t> ImageEnds(const Block& block) {
  static const RE2 image(R"((\[image: [^\]]*\]))");
  std::vector<std::size_t> out;
  re2::StringPiece input(block.raw);
  re2::StringPiece m;
  while (RE2::FindAndConsume(&input, image, &m)) {
    const auto raw_end = static_cast<std::uint32_t>(m.data() - block.raw.data() + m.size());
    const auto text_it =
        std::lower_bound(block.text_to_raw.begin(), block.text_to_raw.end(), raw_end);
    const auto text_offset = static_cast<std::uint32_t>(text_it - block.text_to_raw.begin());
    const auto norm_it =
        std::lower_bound(block.norm_to_text.begin(), block.norm_to_text.end(), text_offset);
    out.push_back(static_cast<std::size_t>(norm_it - block.norm_to_text.begin()));
  }
  return out;
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Bytes of debris after an image: spaces and one or two stray letters ("v").
std::size_t DebrisLength(std::string_view rest) {
  std::size_t i = 0;
  while (i < rest.size() && rest[i] == ' ') ++i;
  std::size_t letters = 0;
  while (i + letters < rest.size() && IsAsciiLetter(rest[i + letters])) ++letters;
  if (letters == 0 || letters > 2) return 0;
  return i + letters;
}

bool EndsAtImage(const Block& block) {
  static const RE2 pattern(R"(\[image: [^\]]*\] *[A-Za-z]{0,2} *$)");
  return RE2::PartialMatch(block.raw, pattern);
}

bool CarriesOn(const Block& block) {
  static const RE2 pattern(R"(^\s*(以上|以下|以内|左右|及以上|及以下|[。,;、:)”的]))");
  return RE2::PartialMatch(block.norm, pattern);
}

}  // namespace

Passage::Passage(const Document& doc, int first_block)
    : doc_(doc), first_block_(first_block), last_block_(first_block) {
  Append(first_block);
}

void Passage::Append(int index) {
  const Block& block = doc_.blocks[static_cast<std::size_t>(index)];
  const std::string& norm = block.norm;
  std::size_t cursor = 0;
  auto copy = [&](std::size_t to) {
    if (to <= cursor) return;
    pieces_.push_back({text_.size(), to - cursor, index, cursor, true});
    text_.append(norm, cursor, to - cursor);
    cursor = to;
  };
  for (const std::size_t at : ImageEnds(block)) {
    copy(at);
    pieces_.push_back({text_.size(), kLostUnit.size(), index, at, false});
    text_.append(kLostUnit);
    cursor = std::max(cursor,
                      at + DebrisLength(std::string_view(norm).substr(std::min(at, norm.size()))));
  }
  copy(norm.size());
  last_block_ = index;
  ends_at_image_ = EndsAtImage(block);
}

bool Passage::TryJoin(int index) {
  const Block& last = doc_.blocks[static_cast<std::size_t>(last_block_)];
  const Block& next = doc_.blocks[static_cast<std::size_t>(index)];
  if (!ends_at_image_ || next.line - last.line > 8 || !CarriesOn(next)) return false;
  Append(index);
  return true;
}

const Passage::Piece& Passage::PieceAt(std::size_t offset) const {
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), offset,
                             [](std::size_t o, const Piece& p) { return o < p.begin; });
  return it == pieces_.begin() ? pieces_.front() : *(it - 1);
}

int Passage::BlockIndexOf(std::size_t offset) const {
  return pieces_.empty() ? first_block_ : PieceAt(offset).block;
}

const Block& Passage::BlockOf(std::size_t offset) const {
  return doc_.blocks[static_cast<std::size_t>(BlockIndexOf(offset))];
}

std::size_t Passage::NormOf(std::size_t offset) const {
  if (pieces_.empty()) return 0;
  const Piece& p = PieceAt(offset);
  return p.copy ? p.norm + std::min(offset - p.begin, p.length) : p.norm;
}

std::string Passage::Original(std::size_t begin, std::size_t end) const {
  std::string out;
  if (pieces_.empty()) return out;
  // From the piece that holds `begin`: a passage with many images has many pieces.
  for (auto it = pieces_.begin() + (&PieceAt(begin) - pieces_.data());
       it != pieces_.end() && it->begin < end; ++it) {
    const Piece& p = *it;
    const std::size_t from = std::max(begin, p.begin);
    const std::size_t to = std::min(end, p.begin + p.length);
    if (from >= to || !p.copy) continue;
    const Block& block = doc_.blocks[static_cast<std::size_t>(p.block)];
    const std::size_t text_from = block.TextOffsetOfNorm(p.norm + (from - p.begin));
    const std::size_t text_to = block.TextOffsetOfNorm(p.norm + (to - p.begin));
    if (text_to > text_from) out.append(block.text, text_from, text_to - text_from);
  }
  return out;
}

std::vector<Passage> BuildPassages(const Document& doc, const std::vector<bool>& skip) {
  std::vector<Passage> out;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& block = doc.blocks[i];
    if (skip[i] || block.kind == Block::Kind::kTableCell || block.kind == Block::Kind::kFootnote) {
      continue;
    }
    Passage passage(doc, static_cast<int>(i));
    while (i + 1 < doc.blocks.size() && doc.blocks[i + 1].kind != Block::Kind::kTableCell &&
           passage.TryJoin(static_cast<int>(i + 1))) {
      ++i;
    }
    out.push_back(std::move(passage));
  }
  return out;
}

}  // namespace plancheck::indicators
