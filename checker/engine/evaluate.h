#pragma once
#include <string>
#include <vector>

#include "checker/document/document.h"
#include "checker/engine/result.h"
#include "checker/indicators/indicator.h"
#include "checker/rulebook/rulebook.h"

namespace plancheck {

struct Summary {
  int rules = 0;  // rules applied (one per rule, however many hits it has)
  int pass = 0;
  int fail = 0;
  int partial = 0;
  int na = 0;
  double score = 0;  // 0..100: (pass + partial/2) / (rules - na), by rule
};

// Everything the reports need about one plan.
struct DocumentReport {
  const Document* document = nullptr;
  Indicators indicators;
  std::vector<std::string> packs;  // the packs that applied, in load order
  std::vector<Result> results;     // sorted by rule id then location
  Summary summary;
};

// Runs every applicable rule of `rulebook` on the plan.
DocumentReport Evaluate(const Rulebook& rulebook, const Document& doc, Indicators indicators);

}  // namespace plancheck
