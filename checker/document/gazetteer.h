#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "checker/document/metadata.h"

namespace plancheck {

// One GB/T 2260 division: a province, a prefecture-level city, a county/district, or a town (乡镇,
// 街道; rules/gazetteer/towns.tsv, read by TownTable).
struct Division {
  enum class Level { kProvince, kCity, kCounty, kTown };  // outermost first
  std::string code;  // "511112"; nine digits for a town ("211282115")
  Level level = Level::kCounty;
  std::string name;        // "五通桥区"
  std::string short_name;  // "五通桥"; empty when there is no safe short form
  std::string province;    // "四川省" (the division itself for a province)
  std::string city;    // "乐山市"; empty for provinces, municipal districts, 省直辖 counties
  std::string county;  // a town's county ("开原市"); empty above town level and under 东莞市

  bool IsMunicipality() const;         // 北京市, 天津市, 上海市, 重庆市
  std::string ProvinceCode() const;    // "510000"
  std::string CityCode() const;        // "511100"; empty for a province
  std::string CountyCode() const;      // "211282" for a town; empty above town level
  std::string_view LevelName() const;  // "province", "city", "county", "town"
  Region ToRegion() const;  // {四川省, 乐山市, 五通桥区, 511112}; a town also fills town
  bool IsWithin(const Division& other) const;  // itself, its county (a town), city, province
};

// A name found in a text by Gazetteer::Scan.
struct NameMatch {
  std::size_t offset = 0;   // byte offset into the scanned text
  std::size_t length = 0;   // bytes
  bool short_form = false;  // matched a short name (松江), not a full name (松江区)
  std::vector<const Division*> candidates;  // every division the name may denote
};

// The region gazetteer: GB/T 2260 divisions by code, full name and short name.
class Gazetteer {
 public:
  // The copy compiled into the binary (rules/gazetteer/gb2260.tsv), parsed once.
  static const Gazetteer& Builtin();

  // Parses the TSV format of rules/gazetteer/README.md. Throws std::runtime_error naming `source`
  // and the line when a row is malformed.
  static Gazetteer Parse(std::string_view tsv, std::string_view source = "gazetteer");

  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;
  Gazetteer(Gazetteer&&) = default;
  Gazetteer& operator=(Gazetteer&&) = default;

  std::size_t size() const { return divisions_.size(); }
  const std::vector<Division>& divisions() const { return divisions_; }

  const Division* ByCode(std::string_view code) const;
  // Every division with this full name (普陀区 -> two); empty when none.
  std::vector<const Division*> ByFullName(std::string_view name) const;
  // Every division with this short name (吉林 -> 吉林省, 吉林市).
  std::vector<const Division*> ByShortName(std::string_view name) const;
  // Full names first; short names only when no full name matches. All candidates, in code order.
  std::vector<const Division*> Find(std::string_view name) const;
  // The one division the name denotes, or nullptr when it is unknown or ambiguous.
  const Division* Unique(std::string_view name) const;

  // The province and city above a division (nullptr at the top or for a municipal district's city).
  const Division* ProvinceOf(const Division& d) const { return ByCode(d.ProvinceCode()); }
  const Division* CityOf(const Division& d) const;

  // Every full or short name in `text`, leftmost-longest and without overlaps. Two-character full
  // names that are ordinary words (城区, 郊区, 矿区) count only right after their own city.
  std::vector<NameMatch> Scan(std::string_view text) const;

 private:
  Gazetteer() = default;
  void Index();
  bool FullNameCrosses(std::string_view text, std::size_t pos, std::size_t length) const;

  // Looked up by string_view (Scan probes every position of a plan), so no key string is built.
  struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  template <typename T>
  using ByName = std::unordered_map<std::string, T, NameHash, std::equal_to<>>;

  std::vector<Division> divisions_;  // sorted by code
  ByName<std::size_t> by_code_;
  ByName<std::vector<std::size_t>> by_full_;
  ByName<std::vector<std::size_t>> by_short_;
  // First code point of every name -> the byte lengths of the names that start with it, longest
  // first.
  std::unordered_map<char32_t, std::vector<std::size_t>> lengths_by_first_;
};

}  // namespace plancheck
