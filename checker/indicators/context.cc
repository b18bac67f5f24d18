#include "checker/indicators/context.h"

#include <re2/re2.h>

#include <string>

#include "checker/indicators/numbers.h"

namespace plancheck::indicators {
namespace {

// A numbered heading in the styles that open sections (第X章, 第X节, 一、, （一）), with its
// title up to the first 。.
const RE2& SectionHeading() {
  static const RE2 pattern(
      R"(^\s*(?:第[一二三四五六七八九十百]+[章节部分篇]|[一二三四五六七八九十]+[、.]|)"
      R"(\(\s*[一二三四五六七八九十]+\s*\))\s*([^。]{1,40}))");
  return pattern;
}

}  // namespace

std::optional<Period> PeriodIn(std::string_view norm) {
  static const RE2 range(R"((20\d\d)\s*年?\s*(?:-|~|—|–|至|到)+\s*(20\d\d))");
  std::string from;
  std::string to;
  if (RE2::PartialMatch(norm, range, &from, &to)) {
    const std::optional<int> first = ParseInt(from);
    const std::optional<int> last = ParseInt(to);
    if (first && last && *first < *last) return Period{*first, *last, std::string(norm)};
  }
  static const struct {
    const char* name;
    int from;
  } kFiveYear[] = {{"十三五", 2016}, {"十四五", 2021}, {"十五五", 2026}, {"十六五", 2031}};
  for (const auto& plan : kFiveYear) {
    if (norm.find(plan.name) != std::string_view::npos) {
      return Period{plan.from, plan.from + 4, plan.name};
    }
  }
  return std::nullopt;
}

std::optional<Period> PlanPeriod(const Document& doc) {
  if (doc.metadata.period && doc.metadata.period->to > 0) return doc.metadata.period;
  // The title and the lines right under it state the period.
  const std::size_t n = std::min<std::size_t>(doc.blocks.size(), 8);
  for (std::size_t i = 0; i < n; ++i) {
    if (std::optional<Period> p = PeriodIn(doc.blocks[i].norm)) return p;
  }
  static const RE2 by_year(R"(到\s*(20\d\d)\s*年)");
  for (const Block& block : doc.blocks) {
    std::string year;
    if (!RE2::PartialMatch(block.norm, by_year, &year)) continue;
    if (const std::optional<int> to = ParseInt(year)) return Period{0, *to, "到" + year + "年"};
  }
  return std::nullopt;
}

bool IsBackgroundTitle(std::string_view text) {
  static const RE2 pattern(
      "(发展基础|发展现状|工作基础|现实基础|现状|规划背景|发展背景|编制背景|背景|发展成就|主要成就|"
      "工作成效|取得成效|主要成效|回顾|形势|机遇|挑战|存在问题|主要问题|发展趋势|面临趋势)");
  return RE2::PartialMatch(text, pattern);
}

namespace {

// Per block, from the outline: the block's heading or one of its ancestors is background.
std::vector<bool> FromOutline(const Document& doc) {
  std::vector<bool> heading_background(doc.outline.headings.size(), false);
  for (std::size_t i = 0; i < doc.outline.headings.size(); ++i) {
    const Heading& h = doc.outline.headings[i];
    heading_background[i] =
        IsBackgroundTitle(h.title) ||
        (h.parent >= 0 && heading_background[static_cast<std::size_t>(h.parent)]);
  }
  std::vector<bool> out(doc.blocks.size(), false);
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const int h = doc.blocks[i].heading;
    out[i] = h >= 0 && static_cast<std::size_t>(h) < heading_background.size() &&
             heading_background[static_cast<std::size_t>(h)];
  }
  return out;
}

// Without an outline: a section heading with a background title opens background; the next
// section heading with another title closes it.
std::vector<bool> FromText(const Document& doc) {
  std::vector<bool> out(doc.blocks.size(), false);
  bool inside = false;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& block = doc.blocks[i];
    std::string title;
    if (block.kind != Block::Kind::kTableCell &&
        RE2::PartialMatch(block.norm, SectionHeading(), &title)) {
      inside = IsBackgroundTitle(title);
    }
    out[i] = inside;
  }
  return out;
}

}  // namespace

std::vector<bool> BackgroundBlocks(const Document& doc) {
  return doc.outline.headings.empty() ? FromText(doc) : FromOutline(doc);
}

}  // namespace plancheck::indicators
