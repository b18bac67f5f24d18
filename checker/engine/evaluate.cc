// Placeholder until the engine lands: no rules, no results.
#include "checker/engine/evaluate.h"

namespace plancheck {

DocumentReport Evaluate(const Rulebook&, const Document& doc, Indicators indicators) {
  DocumentReport report;
  report.document = &doc;
  report.indicators = std::move(indicators);
  return report;
}

}  // namespace plancheck
