#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "checker/document/gazetteer.h"
#include "checker/document/town_table.h"

namespace plancheck {

// The division a plan is about, down to the town (乡镇, 街道) a township plan names in its title:
// 李家台镇公共法律服务实施方案 -> 李家台镇, in 开原市 › 铁岭市 › 辽宁省. std::nullopt when nothing
// places the plan.
//
// The title's town names are set aside and ResolveRegion places the plan from the rest (城关镇 must
// not read as 城关区); a town then counts only when it lies within that division, or, when nothing
// was found, when the text backs it: it names the town's county, city or province, or speaks of
// itself as 全镇/本乡/本街道. A repeated name (城关镇: 88 towns) goes to the candidate whose
// county, city and province the plan names most; a tie names no town. When no town counts, the
// answer is ResolveRegion's on the whole title, so a plan without a town in its title resolves as
// before.
std::optional<Division> ResolvePlace(std::string_view title,
                                     const std::vector<std::string_view>& paragraphs,
                                     const Gazetteer& gazetteer, const TownTable& towns);

}  // namespace plancheck
