#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "checker/indicators/indicator.h"

namespace plancheck::indicators {

// RE2 alternation of the units a target quantity carries in Chinese plans, longest first
// ("个百分点" before "个", "人次" before "人"). U+FFFC stands for a unit lost in an [image: …].
std::string_view UnitAlternation();

// The marker put where an [image: …] swallowed a unit (usually "%").
inline constexpr std::string_view kLostUnit = "\xEF\xBF\xBC";  // U+FFFC

// A name that denotes a rate or share (…率, …比例, 覆盖面, 占比, 比重): its unit is "%".
bool IsRateName(std::string_view name);

// The unit in a trailing bracket of a table name cell: "…覆盖率（%）" -> "%",
// "…人数（人/中心）" -> "人/中心". nullopt when the bracket says something else
// ("（50名律师以上）"). `stripped` receives the name without that bracket.
std::optional<std::string> UnitFromNameSuffix(std::string_view name, std::string& stripped);

// Per-population rates to "per 10,000 people": 每十万人 180 件 -> 18 件/万人. Sets
// Indicator::normalised and normalised_unit when the name states a population base.
void NormalisePerPopulation(Indicator& indicator);

// Removes spaces that conversion left between Chinese characters ("公共法 律服务" ->
// "公共法律服务", "50 名" -> "50名"); keeps spaces between Latin words.
std::string SqueezeCjkSpaces(std::string_view text);

}  // namespace plancheck::indicators
