#include "checker/document/town_resolver.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "checker/decode/utf8.h"
#include "checker/document/region_resolver.h"

namespace plancheck {
namespace {

// The longest town name has 15 characters (天津经济技术开发区东区泰达街道); HasPrefix ends most
// probes after two or three.
constexpr std::size_t kMaxNameCodePoints = 16;

// The longest town name starting at `pos`, in bytes; 0 when none does.
std::size_t LongestTownAt(std::string_view text, std::size_t pos, const TownTable& towns) {
  std::size_t longest = 0;
  std::size_t end = pos;
  for (std::size_t n = 0; n < kMaxNameCodePoints && end < text.size(); ++n) {
    utf8::Next(text, end);
    const std::string_view name = text.substr(pos, end - pos);
    if (!towns.HasPrefix(name)) break;
    if (n > 0 && !towns.ByName(name).empty()) longest = end - pos;
  }
  // 乡村振兴 is not 某乡 + 村: a name ending in 乡 right before 村 is the word 乡村.
  const std::string_view name = text.substr(pos, longest);
  if (name.ends_with("乡") && text.substr(pos + longest).starts_with("村")) return 0;
  return longest;
}

struct TitleTowns {
  std::vector<Division> candidates;  // every town any of the names may denote
  std::string rest;                  // the title with the names blanked out
};

// Every town the title names outside 《…》, leftmost-longest.
TitleTowns FindTitleTowns(std::string_view title, const TownTable& towns) {
  TitleTowns found;
  int cited = 0;
  for (std::size_t pos = 0; pos < title.size();) {
    const std::string_view rest = title.substr(pos);
    if (rest.starts_with("《")) ++cited;
    if (rest.starts_with("》") && cited > 0) --cited;
    const std::size_t length = cited > 0 ? 0 : LongestTownAt(title, pos, towns);
    if (length == 0) {
      const std::size_t from = pos;
      utf8::Next(title, pos);
      found.rest += title.substr(from, pos - from);
      continue;
    }
    for (Division& d : towns.ByName(title.substr(pos, length))) {
      found.candidates.push_back(std::move(d));
    }
    found.rest += ' ';
    pos += length;
  }
  return found;
}

// How strongly the plan's own words place `town`: each full name it mentions counts for the town
// when it is the town's county (1), city (0.5) or province (0.25), shared among its candidates.
double ContextScore(const Division& town, const std::vector<NameMatch>& mentions) {
  double score = 0;
  for (const NameMatch& m : mentions) {
    if (m.short_form) continue;  // 平安, 合作: too often ordinary words
    const double share = 1.0 / static_cast<double>(m.candidates.size());
    for (const Division* named : m.candidates) {
      if (named->code == town.CountyCode()) {
        score += share;
      } else if (named->level == Division::Level::kCity && town.IsWithin(*named)) {
        score += share * 0.5;
      } else if (named->level == Division::Level::kProvince && town.IsWithin(*named)) {
        score += share * 0.25;
      }
    }
  }
  return score;
}

// 全镇, 本乡, 我街道: the plan speaks of itself as a township.
bool SpeaksAsTown(const std::vector<std::string_view>& paragraphs) {
  static constexpr std::array<std::string_view, 3> kSelf = {"全", "本", "我"};
  static constexpr std::array<std::string_view, 4> kUnits = {"镇", "乡", "街道", "苏木"};
  return std::any_of(paragraphs.begin(), paragraphs.end(), [](std::string_view p) {
    return std::any_of(kSelf.begin(), kSelf.end(), [&](std::string_view self) {
      return std::any_of(kUnits.begin(), kUnits.end(), [&](std::string_view unit) {
        return p.find(std::string(self) + std::string(unit)) != std::string_view::npos;
      });
    });
  });
}

// The town among `candidates` the plan is about, within `region` when there is one. `plausible`
// says whether any candidate lies within it, so a tie between two 城关镇 keeps `region`.
std::optional<Division> PickTown(std::vector<Division> candidates,
                                 const std::vector<NameMatch>& mentions,
                                 const std::vector<std::string_view>& paragraphs,
                                 const Division* region, bool& plausible) {
  if (region != nullptr) {
    std::erase_if(candidates, [&](const Division& t) { return !t.IsWithin(*region); });
  }
  plausible = !candidates.empty();
  if (candidates.empty()) return std::nullopt;
  std::vector<std::pair<double, const Division*>> ranked;
  for (const Division& t : candidates) ranked.emplace_back(ContextScore(t, mentions), &t);
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second->code < b.second->code;
  });
  if (ranked.size() > 1 && ranked[0].first == ranked[1].first) return std::nullopt;
  const bool backed =
      region != nullptr || ranked[0].first > 0 || (ranked.size() == 1 && SpeaksAsTown(paragraphs));
  plausible = plausible && backed;
  if (!backed) return std::nullopt;
  return *ranked[0].second;
}

std::optional<Division> Copy(const Division* d) {
  return d == nullptr ? std::nullopt : std::optional<Division>(*d);
}

}  // namespace

std::optional<Division> ResolvePlace(std::string_view title,
                                     const std::vector<std::string_view>& paragraphs,
                                     const Gazetteer& gazetteer, const TownTable& towns) {
  TitleTowns named = FindTitleTowns(title, towns);
  if (named.candidates.empty()) return Copy(ResolveRegion(title, paragraphs, gazetteer));
  std::vector<NameMatch> mentions = gazetteer.Scan(named.rest);
  for (const std::string_view p : paragraphs) {
    std::vector<NameMatch> more = gazetteer.Scan(p);
    mentions.insert(mentions.end(), more.begin(), more.end());
  }
  const Division* region = ResolveRegion(named.rest, paragraphs, gazetteer);
  bool plausible = false;
  if (std::optional<Division> town =
          PickTown(std::move(named.candidates), mentions, paragraphs, region, plausible)) {
    return town;
  }
  // Two towns of one name fit equally: the plan is still a township plan within `region`.
  if (plausible && region != nullptr) return *region;
  return Copy(ResolveRegion(title, paragraphs, gazetteer));
}

}  // namespace plancheck
