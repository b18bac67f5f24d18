#pragma once
#include <string_view>
#include <vector>

#include "checker/document/gazetteer.h"

namespace plancheck {

// The division a plan is about, or nullptr when neither its title nor its text names one.
//
// The title decides when it names a place: its most specific division wins (乐山市五通桥区 ->
// 五通桥区). Otherwise the text does: the plan speaks of itself as 全市/我区/本县, and the most
// named division whose name ends in that unit word is its own. An ambiguous name (普陀区: 上海市
// and 舟山市) goes to the candidate whose city, province and neighbours the text names most.
// Names inside 《…》 cite other documents: they count as context, weakly, never as the plan's own.
const Division* ResolveRegion(std::string_view title,
                              const std::vector<std::string_view>& paragraphs,
                              const Gazetteer& gazetteer);

}  // namespace plancheck
