#pragma once
#include <optional>
#include <vector>

#include "checker/document/document.h"
#include "checker/indicators/indicator.h"

namespace plancheck::indicators {

// One indicator per data row of every indicator table: a table with a name column and a
// target column (目标, 2025年目标, 2025年 …). `plan` is the plan period, used when neither the
// header nor the caption names the target year.
std::vector<Indicator> TableIndicators(const Document& doc, const std::optional<Period>& plan);

}  // namespace plancheck::indicators
