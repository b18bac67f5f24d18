#include "checker/document/gazetteer.h"

#include <algorithm>
#include <stdexcept>

#include "checker/data/embedded.h"
#include "checker/decode/utf8.h"

namespace plancheck {
namespace {

constexpr std::string_view kEmbeddedPath = "gazetteer/gb2260.tsv";

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

Division::Level ParseLevel(std::string_view level) {
  if (level == "province") return Division::Level::kProvince;
  if (level == "city") return Division::Level::kCity;
  if (level == "county") return Division::Level::kCounty;
  throw std::invalid_argument("unknown level '" + std::string(level) + "'");
}

bool IsCode(std::string_view code) {
  return code.size() == 6 &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

Division ParseRow(std::string_view line) {
  const std::vector<std::string_view> f = SplitTabs(line);
  if (f.size() != 6) throw std::invalid_argument("expected 6 tab-separated fields");
  if (!IsCode(f[0]))
    throw std::invalid_argument("code '" + std::string(f[0]) + "' is not 6 digits");
  if (f[2].empty() || f[4].empty()) throw std::invalid_argument("empty name or province");
  Division d;
  d.code = std::string(f[0]);
  d.level = ParseLevel(f[1]);
  d.name = std::string(f[2]);
  d.short_name = std::string(f[3]);
  d.province = std::string(f[4]);
  d.city = std::string(f[5]);
  return d;
}

std::vector<const Division*> Pointers(const std::vector<Division>& all,
                                      const std::vector<std::size_t>* indices) {
  std::vector<const Division*> out;
  if (indices == nullptr) return out;
  for (const std::size_t i : *indices) out.push_back(&all[i]);
  return out;
}

}  // namespace

bool Division::IsMunicipality() const { return level == Level::kProvince && name.ends_with("市"); }

std::string Division::ProvinceCode() const { return code.substr(0, 2) + "0000"; }

std::string Division::CityCode() const {
  return level == Level::kProvince ? std::string() : code.substr(0, 4) + "00";
}

std::string Division::CountyCode() const {
  return level == Level::kTown ? code.substr(0, 6) : std::string();
}

std::string_view Division::LevelName() const {
  switch (level) {
    case Level::kProvince:
      return "province";
    case Level::kCity:
      return "city";
    case Level::kCounty:
      return "county";
    case Level::kTown:
      return "town";
  }
  return "";
}

Region Division::ToRegion() const {
  Region region;
  region.province = province;
  region.city = city;
  if (level == Level::kCounty) region.county = name;
  if (level == Level::kTown) {
    region.county = county;
    region.town = name;
  }
  region.code = code;
  return region;
}

bool Division::IsWithin(const Division& other) const {
  switch (other.level) {
    case Level::kProvince:
      return code.compare(0, 2, other.code, 0, 2) == 0;
    case Level::kCity:
      return level != Level::kProvince && code.compare(0, 4, other.code, 0, 4) == 0;
    case Level::kCounty:  // a county contains its towns: their codes extend its six digits
      return level >= Level::kCounty && code.compare(0, 6, other.code) == 0;
    case Level::kTown:
      return code == other.code;
  }
  return false;
}

const Gazetteer& Gazetteer::Builtin() {
  static const Gazetteer gazetteer = [] {
    for (const auto& [path, contents] : EmbeddedFiles()) {
      if (path == kEmbeddedPath) return Parse(contents, "rules/gazetteer/gb2260.tsv");
    }
    throw std::runtime_error("the built-in gazetteer (rules/gazetteer/gb2260.tsv) is missing");
  }();
  return gazetteer;
}

Gazetteer Gazetteer::Parse(std::string_view tsv, std::string_view source) {
  Gazetteer g;
  bool header_seen = false;
  int line_number = 0;
  std::size_t start = 0;
  while (start < tsv.size()) {
    std::size_t end = tsv.find('\n', start);
    if (end == std::string_view::npos) end = tsv.size();
    std::string_view line = tsv.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line.empty() || line.starts_with('#')) continue;
    if (!header_seen) {  // the column names
      header_seen = true;
      if (line.starts_with("code\t")) continue;
    }
    try {
      g.divisions_.push_back(ParseRow(line));
    } catch (const std::invalid_argument& e) {
      throw std::runtime_error(std::string(source) + ":" + std::to_string(line_number) + ": " +
                               e.what());
    }
  }
  if (g.divisions_.empty()) throw std::runtime_error(std::string(source) + ": no divisions");
  std::sort(g.divisions_.begin(), g.divisions_.end(),
            [](const Division& a, const Division& b) { return a.code < b.code; });
  g.Index();
  return g;
}

void Gazetteer::Index() {
  for (std::size_t i = 0; i < divisions_.size(); ++i) {
    const Division& d = divisions_[i];
    by_code_.emplace(d.code, i);
    by_full_[d.name].push_back(i);
    if (!d.short_name.empty()) by_short_[d.short_name].push_back(i);
  }
  for (const auto* names : {&by_full_, &by_short_}) {
    for (const auto& [name, unused] : *names) {
      std::size_t pos = 0;
      const char32_t first = utf8::Next(name, pos);
      lengths_by_first_[first].push_back(name.size());
    }
  }
  for (auto& [first, lengths] : lengths_by_first_) {
    std::sort(lengths.begin(), lengths.end(), std::greater<>());
    lengths.erase(std::unique(lengths.begin(), lengths.end()), lengths.end());
  }
}

const Division* Gazetteer::ByCode(std::string_view code) const {
  const auto it = by_code_.find(code);
  return it == by_code_.end() ? nullptr : &divisions_[it->second];
}

std::vector<const Division*> Gazetteer::ByFullName(std::string_view name) const {
  const auto it = by_full_.find(name);
  return Pointers(divisions_, it == by_full_.end() ? nullptr : &it->second);
}

std::vector<const Division*> Gazetteer::ByShortName(std::string_view name) const {
  const auto it = by_short_.find(name);
  return Pointers(divisions_, it == by_short_.end() ? nullptr : &it->second);
}

std::vector<const Division*> Gazetteer::Find(std::string_view name) const {
  std::vector<const Division*> found = ByFullName(name);
  return found.empty() ? ByShortName(name) : found;
}

const Division* Gazetteer::Unique(std::string_view name) const {
  const std::vector<const Division*> found = Find(name);
  return found.size() == 1 ? found.front() : nullptr;
}

const Division* Gazetteer::CityOf(const Division& d) const {
  const bool below_city = d.level == Division::Level::kCounty || d.level == Division::Level::kTown;
  return below_city ? ByCode(d.CityCode()) : nullptr;
}

// True when a full name starts inside text[pos, pos+length) and runs past it: a short name must
// not swallow the head of a full one (和平 + 阳区 …).
bool Gazetteer::FullNameCrosses(std::string_view text, std::size_t pos, std::size_t length) const {
  std::size_t inner = pos;
  utf8::Next(text, inner);
  while (inner < pos + length) {
    std::size_t next = inner;
    const auto lengths = lengths_by_first_.find(utf8::Next(text, next));
    if (lengths != lengths_by_first_.end()) {
      for (const std::size_t l : lengths->second) {
        if (inner + l > pos + length && inner + l <= text.size() &&
            by_full_.contains(std::string(text.substr(inner, l)))) {
          return true;
        }
      }
    }
    inner = next;
  }
  return false;
}

std::vector<NameMatch> Gazetteer::Scan(std::string_view text) const {
  std::vector<NameMatch> matches;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t next = pos;
    const char32_t first = utf8::Next(text, next);
    const auto lengths = lengths_by_first_.find(first);
    if (lengths == lengths_by_first_.end()) {
      pos = next;
      continue;
    }
    NameMatch match;
    for (const std::size_t length : lengths->second) {
      if (pos + length > text.size()) continue;
      const std::string_view name = text.substr(pos, length);
      match.candidates = ByFullName(name);
      match.short_form = match.candidates.empty();
      if (match.short_form) match.candidates = ByShortName(name);
      if (match.candidates.empty()) continue;
      // 城区, 郊区, 矿区, 新县: ordinary words unless they open the text or follow their city.
      if (!match.short_form && utf8::CodePoints(name) == 2 && pos > 0) {
        const NameMatch* before = matches.empty() ? nullptr : &matches.back();
        std::erase_if(match.candidates, [&](const Division* d) {
          return before == nullptr || before->offset + before->length != pos ||
                 std::none_of(before->candidates.begin(), before->candidates.end(),
                              [&](const Division* parent) { return d->IsWithin(*parent); });
        });
        if (match.candidates.empty()) continue;
      }
      match.offset = pos;
      match.length = length;
      break;
    }
    if (match.length == 0 || (match.short_form && FullNameCrosses(text, pos, match.length))) {
      pos = next;
      continue;
    }
    pos += match.length;
    matches.push_back(std::move(match));
  }
  return matches;
}

}  // namespace plancheck
