#include "checker/report/docx/finding_annotations.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "checker/decode/utf8.h"
#include "checker/report/common.h"
#include "checker/rulebook/evidence.h"

namespace plancheck::report::docx {
namespace {

// The first byte of `block.text` at or past code point `column` of the raw line.
std::size_t TextOffsetOfColumn(const Block& block, int column) {
  const std::string_view text = block.text;
  std::size_t at = 0;
  while (at < text.size()) {
    if (block.ColumnOfText(at) >= column) return at;
    const std::size_t step = utf8::ByteOffset(text.substr(at), 1);
    if (step == 0) break;
    at += step;
  }
  return text.size();
}

struct Place {
  std::size_t block = 0;
  std::size_t begin = 0, end = 0;
  bool hit = false;  // [begin, end) is exactly the characters the finding is about
};

// The evidence without the "…" a long sentence's excerpt is cut with.
std::string_view Core(std::string_view evidence) {
  constexpr std::string_view kEllipsis = "…";
  if (evidence.starts_with(kEllipsis)) evidence.remove_prefix(kEllipsis.size());
  if (evidence.ends_with(kEllipsis)) evidence.remove_suffix(kEllipsis.size());
  return evidence;
}

// The block the result points at and the range of its text: the hit when the check gave its
// length, else the sentence around its place, else the whole block.
std::optional<Place> PlaceOf(const Document& doc, const Result& r) {
  std::optional<Place> fallback;
  const std::string_view core = Core(r.evidence);
  for (std::size_t i = 0; r.location.line > 0 && i < doc.blocks.size(); ++i) {
    const Block& block = doc.blocks[i];
    if (block.line != r.location.line) continue;
    const bool footnote = block.kind == Block::Kind::kFootnote;
    if (!footnote && !fallback) fallback = Place{i, 0, block.text.size(), false};
    if (core.empty() || block.text.find(core) == std::string::npos) continue;
    if (footnote) break;  // a footnote's text is not in its paragraph: the paragraph it is cited in
    const std::size_t begin = TextOffsetOfColumn(block, std::max(1, r.location.column));
    if (r.hit_length > 0 && begin + r.hit_length <= block.text.size())
      return Place{i, begin, begin + r.hit_length, true};
    const auto [from, to] = SentenceBounds(block.text, begin);
    if (from < to) return Place{i, from, to, false};
    return fallback;
  }
  return fallback;
}

// The bytes of a code point ending at `end` of `s`.
std::size_t LastCodePoint(std::string_view s) {
  std::size_t at = s.size();
  while (at > 0 && (static_cast<unsigned char>(s[at - 1]) & 0xC0) == 0x80) --at;
  return at > 0 ? s.size() - at + 1 : 0;
}

// What `fix` leaves of `hit` at each end, whole characters, so that both sides of the change keep
// at least one: 源,实 → 源，实 changes only the comma; 。。 → 。 strikes both and writes one.
void TrimFix(std::string_view hit, Annotation& a) {
  std::string_view h = hit, f = a.fix;
  std::size_t before = 0, after = 0;
  for (;;) {
    const std::size_t n = utf8::SequenceLength(static_cast<unsigned char>(h.empty() ? 0 : h[0]));
    if (n == 0 || n >= h.size() || n >= f.size() || h.substr(0, n) != f.substr(0, n)) break;
    before += n, h.remove_prefix(n), f.remove_prefix(n);
  }
  for (;;) {
    const std::size_t n = LastCodePoint(h);
    if (n == 0 || n >= h.size() || n >= f.size() || !f.ends_with(h.substr(h.size() - n))) break;
    after += n, h.remove_suffix(n), f.remove_suffix(n);
  }
  a.keep_before = before;
  a.keep_after = after;
  a.fix = std::string(f);
}

}  // namespace

// Appended piece by piece: GCC 12 at -O2/-O3 warns (-Wrestrict, a false positive: GCC bug
// 105329) on "\n" + std::string(…), and the appends make no temporaries either.
std::string CommentText(const Result& r, Lang lang, bool rule_ids) {
  std::string text = OneLine(r.message);
  const auto line = [&text](std::string_view label, std::string_view value) {
    text.append("\n").append(label).append(value);
  };
  if (!r.basis.empty()) {
    line(Tr(lang, "依据：", "Basis: "), OneLine(r.basis));
    text += BasisSourceNote(r.source, lang);
  }
  if (const std::string what = WhatToWrite(r, lang); !what.empty())
    line(Tr(lang, "修改建议：", "What to write: "), OneLine(what));
  if (rule_ids) line(Tr(lang, "规则：", "Rule: "), r.rule);
  return text;
}

std::vector<BlockAnnotation> FindingAnnotations(const CheckedPlan& plan, const Document& doc,
                                                Lang lang, bool rule_ids) {
  std::vector<BlockAnnotation> out;
  if (doc.blocks.empty()) return out;
  const std::vector<Result>& results = plan.report.results;
  for (std::size_t i = 0; i < results.size(); ++i) {
    const Result& r = results[i];
    if (!IsGap(r) || plan.Accepted(i)) continue;
    // No place, or none found: the title (the first block) stands for the whole plan.
    const Place place = PlaceOf(doc, r).value_or(Place{0, 0, doc.blocks[0].text.size(), false});
    BlockAnnotation a;
    a.block = place.block;
    a.result = i;
    a.annotation.begin = place.begin;
    a.annotation.end = std::max(place.end, place.begin);
    a.annotation.comment = CommentText(r, lang, rule_ids);
    if (place.hit && !r.fix.empty()) {
      a.annotation.fix = r.fix;
      const std::string& text = doc.blocks[place.block].text;
      TrimFix(std::string_view(text).substr(place.begin, place.end - place.begin), a.annotation);
    }
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace plancheck::report::docx
