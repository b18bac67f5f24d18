#include "checker/document/region_resolver.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>

#include "checker/decode/utf8.h"

namespace plancheck {
namespace {

// How much one mention says. The title is the plan naming itself; running text names neighbours,
// superiors and partners too; a name inside 《…》 belongs to another document.
constexpr double kTitleWeight = 5.0;
constexpr double kTextWeight = 1.0;
constexpr double kShortFormFactor = 0.5;
constexpr double kCitedFactor = 0.3;

struct Mention {
  std::vector<const Division*> candidates;
  double weight = 0;
  bool title = false;
  bool cited = false;
  bool short_form = false;
};

using Spans = std::vector<std::pair<std::size_t, std::size_t>>;

// Byte ranges inside 《…》, nesting counted (《关于落实<…>的通知》).
Spans CitationSpans(std::string_view text) {
  static constexpr std::string_view kOpen = "《";
  static constexpr std::string_view kClose = "》";
  Spans spans;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    if (text.substr(pos).starts_with(kOpen)) {
      if (depth++ == 0) start = pos;
      pos += kOpen.size();
    } else if (text.substr(pos).starts_with(kClose)) {
      if (depth > 0 && --depth == 0) spans.emplace_back(start, pos + kClose.size());
      pos += kClose.size();
    } else {
      ++pos;
    }
  }
  if (depth > 0) spans.emplace_back(start, text.size());  // an unclosed 《 runs to the end
  return spans;
}

bool Inside(const Spans& spans, std::size_t offset) {
  return std::any_of(spans.begin(), spans.end(),
                     [&](const auto& s) { return offset >= s.first && offset < s.second; });
}

bool FollowsParent(const NameMatch& match, const NameMatch* before, const Division& d) {
  return before != nullptr && before->offset + before->length == match.offset &&
         std::any_of(before->candidates.begin(), before->candidates.end(),
                     [&](const Division* parent) { return d.IsWithin(*parent) && parent != &d; });
}

// A short county name (平安, 合作, 市中, 普陀) is often an ordinary word: in running text it is
// no evidence at all; in a title only where the title starts with it or its city precedes it.
void AddMentions(std::string_view text, bool title, const Gazetteer& gazetteer,
                 std::vector<Mention>& out) {
  const Spans cited = CitationSpans(text);
  const std::vector<NameMatch> matches = gazetteer.Scan(text);
  const std::string_view trimmed = utf8::Trim(text);
  const std::size_t lead = static_cast<std::size_t>(trimmed.data() - text.data());
  for (std::size_t i = 0; i < matches.size(); ++i) {
    const NameMatch& match = matches[i];
    Mention mention;
    mention.title = title;
    mention.cited = Inside(cited, match.offset);
    mention.short_form = match.short_form;
    mention.candidates = match.candidates;
    if (match.short_form) {
      const NameMatch* before = i > 0 ? &matches[i - 1] : nullptr;
      std::erase_if(mention.candidates, [&](const Division* d) {
        return d->level == Division::Level::kCounty &&
               (!title || (match.offset > lead && !FollowsParent(match, before, *d)));
      });
    }
    if (mention.candidates.empty()) continue;
    mention.weight = (title ? kTitleWeight : kTextWeight) *
                     (match.short_form ? kShortFormFactor : 1.0) *
                     (mention.cited ? kCitedFactor : 1.0);
    out.push_back(std::move(mention));
  }
}

// How much a mention of `named` says for `d`: all of it when it names d, part of it when it names
// d's city or province (上海市 for 普陀区), or a place in d's city or province.
double Affinity(const Division& d, const Division& named) {
  if (&d == &named) return 1.0;
  if (d.IsWithin(named)) return 0.8;
  if (named.IsWithin(d)) return 0.4;
  const bool same_province = d.code.compare(0, 2, named.code, 0, 2) == 0;
  const bool both_below_province =
      d.level != Division::Level::kProvince && named.level != Division::Level::kProvince;
  if (same_province && both_below_province && d.code.compare(0, 4, named.code, 0, 4) == 0) {
    return 0.4;
  }
  return same_province ? 0.2 : 0.0;
}

double Score(const Division& d, const std::vector<Mention>& mentions) {
  double score = 0;
  for (const Mention& m : mentions) {
    const double share = m.weight / static_cast<double>(m.candidates.size());
    for (const Division* named : m.candidates) score += share * Affinity(d, *named);
  }
  return score;
}

const Division* Best(const std::vector<const Division*>& candidates,
                     const std::vector<Mention>& mentions) {
  const Division* best = nullptr;
  double best_score = -1;
  for (const Division* d : candidates) {
    const double score = Score(*d, mentions);
    if (score > best_score) {
      best = d;
      best_score = score;
    }
  }
  return best;
}

// The unit word a plan uses for itself most: 全市/我市/本市 -> "市", 全区/我区 -> "区".
std::string SelfReference(const std::vector<std::string_view>& paragraphs) {
  static constexpr std::string_view kSelf[] = {"全", "我", "本"};
  static constexpr std::string_view kUnits[] = {"省", "市", "区", "县", "旗", "州", "盟"};
  std::map<std::string_view, int> counts;
  for (const std::string_view p : paragraphs) {
    for (const std::string_view self : kSelf) {
      for (std::size_t pos = p.find(self); pos != std::string_view::npos;
           pos = p.find(self, pos + self.size())) {
        const std::string_view rest = p.substr(pos + self.size());
        for (const std::string_view unit : kUnits) {
          if (rest.starts_with(unit)) ++counts[unit];
        }
      }
    }
  }
  const auto top = std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
    return a.second < b.second;
  });
  return top == counts.end() ? std::string() : std::string(top->first);
}

std::vector<const Division*> Distinct(std::vector<const Division*> divisions) {
  std::sort(divisions.begin(), divisions.end(),
            [](const Division* a, const Division* b) { return a->code < b->code; });
  divisions.erase(std::unique(divisions.begin(), divisions.end()), divisions.end());
  return divisions;
}

// True when some mention outside the title names d or a division above it.
bool NamedInText(const Division& d, const std::vector<Mention>& mentions) {
  return std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
    return !m.title && std::any_of(m.candidates.begin(), m.candidates.end(),
                                   [&](const Division* c) { return d.IsWithin(*c); });
  });
}

// The title's own division: the most specific level it names. A short name (松江) in the title
// must be backed by the text naming it or its city or province: a title that opens with
// 平安建设 is about public security, not about 平安区 in 青海.
std::vector<const Division*> TitleCandidates(const std::vector<Mention>& mentions) {
  std::vector<const Division*> named;
  for (const Mention& m : mentions) {
    if (!m.title || m.cited) continue;
    for (const Division* d : m.candidates) {
      if (!m.short_form || NamedInText(*d, mentions)) named.push_back(d);
    }
  }
  if (named.empty()) return named;
  const auto deepest = (*std::max_element(named.begin(), named.end(), [](auto* a, auto* b) {
                         return a->level < b->level;
                       }))->level;
  std::erase_if(named, [&](const Division* d) { return d->level != deepest; });
  return Distinct(named);
}

// The text's own division: named in full outside citations (in short only when no full name
// is), ending in the unit word the plan uses for itself.
std::vector<const Division*> TextCandidates(const std::vector<Mention>& mentions,
                                            const std::string& self) {
  std::vector<const Division*> named;
  for (const bool short_form : {false, true}) {
    for (const Mention& m : mentions) {
      if (!m.title && !m.cited && m.short_form == short_form) {
        named.insert(named.end(), m.candidates.begin(), m.candidates.end());
      }
    }
    if (!named.empty()) break;
  }
  named = Distinct(named);
  if (self.empty()) return named;
  std::vector<const Division*> own = named;
  std::erase_if(own, [&](const Division* d) { return !d->name.ends_with(self); });
  return own.empty() ? named : own;
}

}  // namespace

const Division* ResolveRegion(std::string_view title,
                              const std::vector<std::string_view>& paragraphs,
                              const Gazetteer& gazetteer) {
  std::vector<Mention> mentions;
  if (!title.empty()) AddMentions(title, /*title=*/true, gazetteer, mentions);
  for (const std::string_view p : paragraphs) AddMentions(p, /*title=*/false, gazetteer, mentions);
  std::vector<const Division*> candidates = TitleCandidates(mentions);
  if (candidates.empty()) candidates = TextCandidates(mentions, SelfReference(paragraphs));
  return Best(candidates, mentions);
}

}  // namespace plancheck
