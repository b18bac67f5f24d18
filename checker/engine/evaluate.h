#pragma once
#include <string>
#include <vector>

#include "checker/document/document.h"
#include "checker/engine/result.h"
#include "checker/indicators/indicator.h"
#include "checker/rulebook/rulebook.h"

namespace plancheck {

// Everything the reports need about one plan.
struct DocumentReport {
  const Document* document = nullptr;
  Indicators indicators;
  std::vector<std::string> packs;  // the packs that applied, in load order
  std::vector<Result> results;     // sorted by rule id then location
  Summary summary;                 // engine/result.h: counts, failing rules per level, score
};

// Runs every applicable rule of `rulebook` on the plan.
DocumentReport Evaluate(const Rulebook& rulebook, const Document& doc, Indicators indicators);

}  // namespace plancheck
