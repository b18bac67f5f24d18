#pragma once
// Whether a lower plan's indicator is the same subject as a higher plan's, written differently
// (每万人拥有律师数 / 每万人口律师人数 / 万人律师比): a score from the normalised names, the units
// and the categories. The threshold is tuned on tests/fixtures/derive/indicator-pairs.tsv.
#include <string>
#include <string_view>

#include "checker/indicators/indicator.h"

namespace plancheck::derive {

// Scores at or above this are the same subject. Chosen on the labelled pairs: among the cut points
// with the highest F1, the midpoint between the highest-scoring different pair below it (公职律师 /
// 公司律师, 0.54) and the lowest-scoring same pair above it (0.60); derive_name_match_test prints
// the sweep.
inline constexpr double kMatchThreshold = 0.57;

// The name as compared: NFKC; the scope prefix (全市, 全区, 本县 …), verbs that carry no subject
// (拥有, 获得, 提供, 每年) and the endings (数量, 人数, 数, 率, 比例 …) dropped; every per-capita
// form (每万人口, 每十万人, 万人) written 每万人, since targets are compared per 10,000 people.
std::string FoldName(std::string_view name);

// What a unit counts, so that 90% and 90 件 never match: "%", "人", "件", "个", "时", "元", or
// "" when it is not stated or not known (compatible with anything).
std::string UnitClass(std::string_view unit);

struct NameSide {
  std::string_view name;
  std::string_view unit;
  std::string_view category;
};

// 0..1: how much of the shorter folded name the longer one holds in order (their longest common
// subsequence), less 0.2 for every character each has where the other has another (实体 / 热线:
// a substitution names another subject) and 0.01 for every extra one (a modifier). 0 when the
// units count different things, one is per capita and the other not, their levels differ
// (市级 / 区级) or their measures do (覆盖率 / 满意率). A shared category adds 0.05.
double MatchScore(const NameSide& higher, const NameSide& lower);
double MatchScore(const Indicator& higher, const Indicator& lower);

}  // namespace plancheck::derive
