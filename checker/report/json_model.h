#pragma once
// The JSON pieces of DESIGN.md's report contract, shared by the JSON report, the audit's per-plan
// JSON and summary.json.
#include <nlohmann/json.hpp>

#include "checker/report/report.h"

namespace plancheck::report {

using Json = nlohmann::ordered_json;

Json NumberJson(double value);  // an integer when the value is whole (100, not 100.0)
Json MetadataJson(const Metadata& metadata);
// metadata.written: {"after", "before", "before_from", "evidence": [{line, text, event, date,
// bound, kind}]}; after and before null when unknown.
Json WrittenJson(const Written& written);
Json SummaryJson(const Summary& summary);
Json IndicatorJson(const Indicator& indicator);
Json DocumentJson(const CheckedPlan& plan);

}  // namespace plancheck::report
