#include <algorithm>

#include "checker/indicators/context.h"
#include "checker/indicators/indicator.h"
#include "checker/indicators/prose_indicators.h"
#include "checker/indicators/table_indicators.h"

namespace plancheck {

Indicators ExtractIndicators(const Document& doc) {
  const std::optional<Period> plan = indicators::PlanPeriod(doc);
  Indicators out;
  out.items = indicators::TableIndicators(doc, plan);
  std::vector<Indicator> prose =
      indicators::ProseIndicators(doc, indicators::BackgroundBlocks(doc), plan);
  out.items.insert(out.items.end(), std::make_move_iterator(prose.begin()),
                   std::make_move_iterator(prose.end()));
  std::stable_sort(out.items.begin(), out.items.end(), [](const Indicator& a, const Indicator& b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  });
  // One target read twice (a full-coverage clause that also has its number) is one indicator.
  const auto same = [](const Indicator& a, const Indicator& b) {
    return a.line == b.line && a.column == b.column && a.value == b.value && a.name == b.name;
  };
  out.items.erase(std::unique(out.items.begin(), out.items.end(), same), out.items.end());
  return out;
}

}  // namespace plancheck
