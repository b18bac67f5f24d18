#pragma once
#include <optional>
#include <vector>

#include "checker/document/document.h"
#include "checker/indicators/indicator.h"

namespace plancheck::indicators {

// Explicit quantitative targets in sentences: 达到, 不低于, 不少于, 以上, 以下, 以内, 超过, 不满,
// 不超过, 控制在…以内, ≥, ＞, 实现…全覆盖, ranges (1-2家, 1～2家, 1至2家), per-population rates,
// and "打造1个…" counts. Blocks where `background` is true (发展基础, 发展现状 …) are not read.
std::vector<Indicator> ProseIndicators(const Document& doc, const std::vector<bool>& background,
                                       const std::optional<Period>& plan);

}  // namespace plancheck::indicators
