#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "checker/document/document.h"

namespace plancheck::indicators {

// The plan period: Document::metadata.period when the metadata reader found it, else read here
// from the opening lines ("（2023-2025）", "十四五", "到2022年").
std::optional<Period> PlanPeriod(const Document& doc);

// A period written in a caption or header: "（2023-2025）", "（2023—2025年）", "“十四五”".
std::optional<Period> PeriodIn(std::string_view norm);

// A title that introduces past results or the situation, not targets: 发展基础, 发展现状,
// 规划背景, 面临形势, 机遇和挑战 ….
bool IsBackgroundTitle(std::string_view text);

// For every block: true when it sits in a background section. Uses the outline when there is
// one; otherwise recognises the section headings from the block text.
std::vector<bool> BackgroundBlocks(const Document& doc);

}  // namespace plancheck::indicators
