#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include <re2/re2.h>

#include "checker/decode/utf8.h"
#include "checker/document/builders.h"
#include "checker/document/chinese_numeral.h"
#include "checker/document/outline_label.h"
#include "checker/document/section_roles.h"

namespace plancheck {
namespace {

// Headings count chapters and items; a larger number at the start of a line is a year or amount.
constexpr int kMaxOrdinal = 99;
// A numbered line whose "title" is longer than this is a sentence that starts with a number.
constexpr std::size_t kMaxTitleChars = 50;
constexpr std::size_t kStyleCount = static_cast<std::size_t>(NumberStyle::kUnnumbered) + 1;

// One way of numbering a heading. Group 1 of `re` is the number as written (the label), group 2
// the numeral itself. `needs_break`: the label must be followed by a space, a colon or the end of
// the line (表1 is a caption, 表1所示 is prose).
struct NumberPattern {
  NumberStyle style;
  std::unique_ptr<RE2> re;
  bool needs_break;
};

// Tried in this order; the first that matches decides the style.
const std::vector<NumberPattern>& Patterns() {
  static const std::vector<NumberPattern> patterns = [] {
    const std::string sp = "[ \\t\\x{3000}\\x{00A0}]*";
    const std::string han = "[零〇一二两三四五六七八九十百]+";
    const std::string arabic = "[0-9０-９]+";
    const std::string any = arabic + "|" + han;
    const std::string circled =
        "[\\x{2460}-\\x{2473}\\x{3251}-\\x{325F}\\x{32B1}-\\x{32BF}\\x{24EA}-\\x{24F4}"
        "\\x{2776}-\\x{2793}]";
    const std::vector<std::tuple<NumberStyle, std::string, bool>> specs = {
        {NumberStyle::kChapter, "(第" + sp + "(" + any + ")" + sp + "(?:章|部分))", false},
        {NumberStyle::kSection, "(第" + sp + "(" + any + ")" + sp + "节)", false},
        {NumberStyle::kBox, "(专栏" + sp + "(" + any + ")?)", true},
        {NumberStyle::kTable, "(表" + sp + "(" + any + ")(?:[-－—–]" + arabic + ")?)", true},
        {NumberStyle::kAnnex, "(附" + sp + "件" + sp + "(" + any + ")?)", true},
        {NumberStyle::kHanParen, "([（(]" + sp + "(" + han + ")" + sp + "[）)])", false},
        {NumberStyle::kArabicParen, "([（(]" + sp + "(" + arabic + ")" + sp + "[）)])", false},
        {NumberStyle::kHanComma, "((" + han + "))" + sp + "[、.．]", false},
        {NumberStyle::kArabicDot, "((" + arabic + "))" + sp + "[.．、]", false},
        {NumberStyle::kCircled, "((" + circled + "))", false},
    };
    std::vector<NumberPattern> out;
    for (const auto& [style, regex, needs_break] : specs) {
      out.push_back({style, std::make_unique<RE2>(regex), needs_break});
    }
    return out;
  }();
  return patterns;
}

bool IsStructural(NumberStyle style) {
  return style == NumberStyle::kChapter || style == NumberStyle::kSection ||
         style == NumberStyle::kBox || style == NumberStyle::kTable || style == NumberStyle::kAnnex;
}

// A heading number at the start of a paragraph: its label and what follows its delimiter.
struct NumberMatch {
  NumberStyle style = NumberStyle::kHanComma;
  std::string number;  // as written, spaces inside removed
  int ordinal = 0;
  std::size_t begin = 0;  // byte offset of the number in Block::text
  std::string_view rest;  // after the number, its delimiter and spaces
};

bool IsSpace(char32_t cp) {
  return cp == U' ' || cp == U'\t' || cp == U'\u3000' || cp == U'\u00A0';
}

std::string WithoutSpaces(std::string_view s) {
  std::string out;
  for (std::size_t pos = 0; pos < s.size();) {
    const std::size_t start = pos;
    const char32_t cp = utf8::Next(s, pos);
    if (!IsSpace(cp)) out.append(s.substr(start, pos - start));
  }
  return out;
}

char32_t FirstCodePoint(std::string_view s) {
  std::size_t pos = 0;
  return s.empty() ? 0 : utf8::Next(s, pos);
}

bool IsDigit(char32_t cp) { return (cp >= U'0' && cp <= U'9') || (cp >= U'０' && cp <= U'９'); }

bool IsLabelBreak(char32_t cp) {
  return cp == 0 || IsSpace(cp) || cp == U'：' || cp == U':' || cp == U'、' || cp == U'.' ||
         cp == U'．';
}

// Drops spaces and a stray second delimiter: "（一）、标题", "附件：标题", "专栏2  标题".
std::string_view SkipDelimiters(std::string_view s) {
  s = utf8::Trim(s);
  for (const std::string_view d : {"、", "：", ":", ".", "．"}) {
    if (s.starts_with(d)) return utf8::Trim(s.substr(d.size()));
  }
  return s;
}

std::optional<NumberMatch> MatchNumber(std::string_view text) {
  const std::string_view trimmed = utf8::Trim(text);
  const std::size_t begin = static_cast<std::size_t>(trimmed.data() - text.data());
  for (const NumberPattern& pattern : Patterns()) {
    re2::StringPiece groups[3];
    if (!pattern.re->Match(trimmed, 0, trimmed.size(), RE2::ANCHOR_START, groups, 3)) continue;
    const std::string_view after = trimmed.substr(groups[0].size());
    const char32_t next = FirstCodePoint(after);
    if (pattern.needs_break && !IsLabelBreak(next)) return std::nullopt;
    // "1.5亿元" and "1、2、3" are numbers in prose, not headings.
    const NumberStyle style = pattern.style;
    if ((style == NumberStyle::kArabicDot || style == NumberStyle::kHanComma) && IsDigit(next)) {
      return std::nullopt;
    }
    NumberMatch match;
    match.style = style;
    match.number = WithoutSpaces(groups[1]);
    match.ordinal = groups[2].empty() ? 0 : ParseNumber(groups[2]).value_or(-1);
    if (match.ordinal < 0 || (!IsStructural(style) && match.ordinal > kMaxOrdinal)) {
      return std::nullopt;
    }
    match.begin = begin;
    match.rest = SkipDelimiters(after);
    return match;
  }
  return std::nullopt;
}

// The title of a numbered line, and whether the paragraph's body runs on after it.
struct TitleSplit {
  std::string_view title;
  bool run_in = false;
  bool stopped = false;  // a 。 or ： ended the title
};

TitleSplit SplitTitle(std::string_view rest) {
  // A run-in title ends at the first 。 (or a full-width colon: "（一）主要目标：到2025年…").
  std::size_t end = std::string_view::npos;
  std::size_t stop_size = 0;
  for (const std::string_view stop : {"。", "："}) {
    const std::size_t at = rest.find(stop);
    if (at < end) {
      end = at;
      stop_size = stop.size();
    }
  }
  if (end == std::string_view::npos) return {utf8::Trim(rest), false, false};
  return {utf8::Trim(rest.substr(0, end)), !utf8::Trim(rest.substr(end + stop_size)).empty(), true};
}

// "（一）指导思想  以习近平…为指导。": a title set off from its paragraph by spaces instead of
// a 。. The byte offset of the first run of spaces between two Han characters, if any.
std::optional<std::size_t> HanGap(std::string_view title) {
  bool after_han = false;
  for (std::size_t pos = 0; pos < title.size();) {
    const std::size_t start = pos;
    const char32_t cp = utf8::Next(title, pos);
    if (IsSpace(cp) && after_han) {
      std::size_t next = pos;
      while (next < title.size()) {
        std::size_t probe = next;
        const char32_t following = utf8::Next(title, probe);
        if (!IsSpace(following)) {
          if (utf8::IsHan(following)) return start;
          break;
        }
        next = probe;
      }
    }
    after_han = utf8::IsHan(cp);
  }
  return std::nullopt;
}

enum class TitleFit { kFits, kTooLong, kNotATitle };

// A heading title is a short phrase: no sentence punctuation, at least one Han character, not a
// clause that goes on (trailing comma), not a list of figures ("1、2、3" or "3、5年内").
// kTooLong: a title in every respect but its length -- a numbered paragraph whose first sentence
// is long, or prose that happens to start with a number.
TitleFit FitTitle(std::string_view title, NumberStyle style) {
  std::size_t chars = 0;
  bool han = false;
  char32_t last = 0;
  for (std::size_t pos = 0; pos < title.size();) {
    const char32_t cp = utf8::Next(title, pos);
    if (cp == U'；' || cp == U';' || cp == U'！' || cp == U'!' || cp == U'？' || cp == U'?') {
      return TitleFit::kNotATitle;
    }
    han = han || utf8::IsHan(cp);
    last = cp;
    ++chars;
  }
  if (chars == 0 || !han) return TitleFit::kNotATitle;
  if (last == U'，' || last == U',' || last == U'、') return TitleFit::kNotATitle;
  const bool bare_number = style == NumberStyle::kArabicDot || style == NumberStyle::kHanComma;
  if (bare_number && IsDigit(FirstCodePoint(title))) return TitleFit::kNotATitle;
  return chars > kMaxTitleChars ? TitleFit::kTooLong : TitleFit::kFits;
}

bool IsCandidate(const Block& block) {
  return block.kind == Block::Kind::kParagraph || block.kind == Block::Kind::kHeading;
}

// Word plans often set a 专栏 as a one-cell table: its first cell may carry the box's label.
bool IsCaptionCell(const Block& block) {
  return block.kind == Block::Kind::kTableCell && block.docx_row == 0 && block.docx_cell == 0;
}

// For a label on a line of its own ("专栏1", "附件：", "表1", "第一章"): the title on the next
// line, when that line reads as a title (no full stop, not numbered itself).
std::optional<std::size_t> TitleBlock(const std::vector<Block>& blocks, std::size_t i) {
  const std::size_t next = i + 1;
  if (next >= blocks.size()) return std::nullopt;
  const bool same_kind = IsCaptionCell(blocks[i]) ? blocks[next].kind == Block::Kind::kTableCell &&
                                                        blocks[next].table == blocks[i].table
                                                  : IsCandidate(blocks[next]);
  if (!same_kind) return std::nullopt;
  const std::string_view text = utf8::Trim(blocks[next].text);
  if (text.find("。") != std::string_view::npos || MatchNumber(text)) return std::nullopt;
  if (FitTitle(text, NumberStyle::kAnnex) != TitleFit::kFits) return std::nullopt;
  return next;
}

struct Found {
  Heading heading;
  int title_block = -1;     // the next block when the title stands on a line of its own
  bool long_title = false;  // kept only when its number continues its style's sequence
};

// A paragraph its markup makes a heading (Word heading style, markdown #) that carries no number:
// its whole text is the title, unless it reads as a sentence.
std::optional<Found> UnnumberedHeading(const Block& block, std::size_t i) {
  if (block.outline_level <= 0 || block.kind == Block::Kind::kTableCell) return std::nullopt;
  const std::string_view title = utf8::Trim(block.text);
  const std::size_t stop = title.find("。");
  if (title.empty() || (stop != std::string_view::npos && stop + 3 < title.size())) {
    return std::nullopt;
  }
  if (utf8::CodePoints(title) > kMaxTitleChars) return std::nullopt;
  Found found;
  Heading& h = found.heading;
  h.style = NumberStyle::kUnnumbered;
  h.title = std::string(title);
  h.line = block.line;
  h.column = block.ColumnOfText(static_cast<std::size_t>(title.data() - block.text.data()));
  h.block = static_cast<int>(i);
  h.markup_level = block.outline_level;
  return found;
}

std::optional<Found> RecogniseHeading(const std::vector<Block>& blocks, std::size_t i) {
  const Block& block = blocks[i];
  const std::optional<NumberMatch> match = MatchNumber(block.text);
  if (!match) return UnnumberedHeading(block, i);
  if (IsCaptionCell(block) && match->style != NumberStyle::kBox) return std::nullopt;
  Found found;
  Heading& h = found.heading;
  h.style = match->style;
  h.number = match->number;
  h.ordinal = match->ordinal;
  h.line = block.line;
  h.column = block.ColumnOfText(match->begin);
  h.block = static_cast<int>(i);
  h.markup_level = block.outline_level;
  TitleSplit split = SplitTitle(match->rest);
  if (split.stopped || utf8::CodePoints(split.title) > kMaxTitleChars) {
    if (const std::optional<std::size_t> gap = HanGap(split.title)) {
      split.title = split.title.substr(0, *gap);
      split.run_in = true;
    }
  }
  if (split.title.empty() && !split.run_in) {
    // A bare "1." or "一、" is debris; a bare "专栏1" or "附件" has its title below it.
    if (!IsStructural(h.style)) return std::nullopt;
    if (const std::optional<std::size_t> title_block = TitleBlock(blocks, i)) {
      h.title = std::string(utf8::Trim(blocks[*title_block].text));
      found.title_block = static_cast<int>(*title_block);
    }
    return found;
  }
  const TitleFit fit = FitTitle(split.title, h.style);
  if (fit == TitleFit::kNotATitle) return std::nullopt;
  // A .docx paragraph in a heading style is a heading whatever its length.
  found.long_title = fit == TitleFit::kTooLong && block.outline_level == 0;
  h.title = std::string(split.title);
  h.run_in = split.run_in;
  return found;
}

// A numbered line with a long first sentence is a heading when its number carries on the
// sequence of its style (（二） after （一）, or 1. just before 2.); alone, it is prose that
// starts with a number. Dropping it otherwise would leave a false gap in the numbering.
std::vector<Found> KeepLongTitlesInSequence(std::vector<Found> found) {
  std::vector<bool> keep(found.size(), true);
  const auto ordinal = [&found](std::size_t i) { return found[i].heading.ordinal; };
  const auto same_style = [&found](std::size_t i, std::size_t j) {
    return found[i].heading.style == found[j].heading.style;
  };
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (!found[i].long_title) continue;
    std::size_t before = i;
    while (before > 0 && !(keep[before - 1] && same_style(before - 1, i))) --before;
    std::size_t after = i + 1;
    while (after < found.size() && !same_style(after, i)) ++after;
    const bool follows = before > 0 && ordinal(before - 1) == ordinal(i) - 1;
    const bool precedes =
        after < found.size() && !found[after].long_title && ordinal(after) == ordinal(i) + 1;
    keep[i] = follows || precedes;
  }
  std::vector<Found> kept;
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (keep[i]) kept.push_back(std::move(found[i]));
  }
  return kept;
}

// Levels of the numbered styles the plan uses, outermost first in NumberStyle order.
std::array<int, kStyleCount> RankStyles(const std::vector<Heading>& headings) {
  std::array<bool, kStyleCount> used{};
  for (const Heading& h : headings) used[static_cast<std::size_t>(h.style)] = true;
  std::array<int, kStyleCount> level{};
  int next = 1;
  for (std::size_t s = 0; s < kStyleCount; ++s) {
    const auto style = static_cast<NumberStyle>(s);
    if (used[s] && !IsStructural(style) && style != NumberStyle::kUnnumbered) level[s] = next++;
  }
  // 第X章 and 第X节 sit above every other numbered style.
  const int chapter = used[static_cast<std::size_t>(NumberStyle::kChapter)] ? 1 : 0;
  const int section = used[static_cast<std::size_t>(NumberStyle::kSection)] ? 1 : 0;
  for (std::size_t s = 0; s < kStyleCount; ++s) level[s] += chapter + section;
  level[static_cast<std::size_t>(NumberStyle::kChapter)] = 1;
  level[static_cast<std::size_t>(NumberStyle::kSection)] = chapter + 1;
  return level;
}

// An unnumbered heading sits under the nearest open heading whose markup is shallower.
void NestByMarkup(std::vector<Heading>& headings, std::vector<int>& open, std::size_t i) {
  Heading& h = headings[i];
  while (!open.empty()) {
    const Heading& top = headings[static_cast<std::size_t>(open.back())];
    if (top.markup_level == 0 || top.markup_level < h.markup_level) break;
    open.pop_back();
  }
  h.parent = open.empty() ? -1 : open.back();
  h.level = h.parent < 0 ? 1 : headings[static_cast<std::size_t>(h.parent)].level + 1;
  open.push_back(static_cast<int>(i));
}

// Levels and parents. 专栏 and 表 are leaves under the innermost open heading; 附件 is a
// top-level sibling of the chapters.
void Nest(std::vector<Heading>& headings) {
  const std::array<int, kStyleCount> rank = RankStyles(headings);
  std::vector<int> open;
  for (std::size_t i = 0; i < headings.size(); ++i) {
    Heading& h = headings[i];
    if (h.style == NumberStyle::kBox || h.style == NumberStyle::kTable) {
      h.parent = open.empty() ? -1 : open.back();
      h.level = h.parent < 0 ? 1 : headings[static_cast<std::size_t>(h.parent)].level + 1;
      continue;
    }
    if (h.style == NumberStyle::kUnnumbered) {
      NestByMarkup(headings, open, i);
      continue;
    }
    h.level = h.style == NumberStyle::kAnnex ? 1 : rank[static_cast<std::size_t>(h.style)];
    while (!open.empty()) {
      const Heading& top = headings[static_cast<std::size_t>(open.back())];
      // "### 一、…" under "## 保障措施": the markup says it belongs there, whatever its rank.
      const bool encloses = top.style == NumberStyle::kUnnumbered && h.markup_level > 0 &&
                            top.markup_level < h.markup_level;
      if (encloses || top.level < h.level) break;
      open.pop_back();
    }
    h.parent = open.empty() ? -1 : open.back();
    if (h.parent >= 0) {
      const Heading& parent = headings[static_cast<std::size_t>(h.parent)];
      if (parent.style == NumberStyle::kUnnumbered) h.level = std::max(h.level, parent.level + 1);
    }
    open.push_back(static_cast<int>(i));
  }
}

// Marks heading blocks and gives every block the innermost heading it sits under.
void MarkBlocks(std::vector<Block>& blocks, const std::vector<Found>& found) {
  int current = -1;
  std::size_t next = 0;
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    while (next < found.size() && found[next].heading.block <= static_cast<int>(b)) {
      current = static_cast<int>(next++);
    }
    Block& block = blocks[b];
    block.heading = current;
    if (current < 0 || !IsCandidate(block)) continue;
    const Found& f = found[static_cast<std::size_t>(current)];
    if (f.heading.block == static_cast<int>(b) || f.title_block == static_cast<int>(b)) {
      block.kind = Block::Kind::kHeading;
    }
  }
}

}  // namespace

Outline BuildOutline(std::vector<Block>& blocks) {
  std::vector<Found> found;
  bool first_paragraph = true;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (!IsCandidate(blocks[i]) && !IsCaptionCell(blocks[i])) continue;
    const bool first = std::exchange(first_paragraph, false);
    std::optional<Found> heading = RecogniseHeading(blocks, i);
    if (!heading) continue;
    // The plan's own title (# 某区…规划) is the document, not a section of it.
    if (first && heading->heading.style == NumberStyle::kUnnumbered) continue;
    if (heading->title_block >= 0) i = static_cast<std::size_t>(heading->title_block);
    found.push_back(std::move(*heading));
  }
  found = KeepLongTitlesInSequence(std::move(found));
  Outline outline;
  for (const Found& f : found) outline.headings.push_back(f.heading);
  Nest(outline.headings);
  AssignSectionRoles(outline);
  MarkBlocks(blocks, found);
  return outline;
}

std::string HeadingLabel(const Heading& heading) {
  switch (heading.style) {
    case NumberStyle::kHanComma:
      return heading.number + "、" + heading.title;
    case NumberStyle::kArabicDot:
      return heading.number + "." + heading.title;
    case NumberStyle::kHanParen:
    case NumberStyle::kArabicParen:
    case NumberStyle::kCircled:
      return heading.number + heading.title;
    default:
      if (heading.number.empty()) return heading.title;
      return heading.title.empty() ? heading.number : heading.number + " " + heading.title;
  }
}

std::string Outline::Path(int index) const {
  std::vector<int> chain;
  for (int i = index; i >= 0 && i < static_cast<int>(headings.size());
       i = headings[static_cast<std::size_t>(i)].parent) {
    chain.push_back(i);
  }
  std::string path;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    if (!path.empty()) path += " › ";
    path += HeadingLabel(headings[static_cast<std::size_t>(*it)]);
  }
  return path;
}

}  // namespace plancheck
