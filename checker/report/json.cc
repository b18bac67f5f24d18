// `check --format json`: DESIGN.md's contract (schemas/report.schema.json describes it).
#include <cmath>

#include "checker/report/common.h"
#include "checker/report/json_model.h"

namespace plancheck::report {
namespace {

Json StringOrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

template <typename T>
Json OptionalJson(const std::optional<T>& value) {
  if (!value) return nullptr;
  if constexpr (std::is_floating_point_v<T>) {
    return NumberJson(*value);
  } else {
    return *value;
  }
}

Json LocationJson(const Location& location) {
  return {
      {"line", location.line > 0 ? Json(location.line) : Json(nullptr)},
      {"column", location.line > 0 && location.column > 0 ? Json(location.column) : Json(nullptr)},
      {"section", StringOrNull(location.section)}};
}

Json ResultJson(const CheckedPlan& plan, std::size_t index) {
  const Result& r = plan.report.results[index];
  Json json{{"rule", r.rule},
            {"status", ToString(r.status)},
            {"level", ToString(r.level)},
            {"message", r.message},
            {"basis", r.basis},
            {"source", ToString(r.source)},
            {"location", LocationJson(r.location)},
            {"evidence", r.evidence},
            {"suggestion", r.suggestion},
            {"fix", StringOrNull(r.fix)},
            {"hash", EvidenceHash(r)}};
  if (plan.baseline_used && IsGap(r)) json["baseline"] = plan.Accepted(index) ? "unchanged" : "new";
  // 衔接审核 (--against): the group, and for an indicator the two targets side by side.
  if (!r.group.empty()) json["group"] = r.group;
  if (r.counterpart) {
    const Result::Counterpart& c = *r.counterpart;
    json["counterpart"] = {
        {"higher", {{"name", c.higher_name}, {"target", c.higher_target}}},
        {"lower", c.lower_name.empty() ? Json(nullptr)
                                       : Json{{"name", c.lower_name}, {"target", c.lower_target}}},
        {"direction", c.direction},
        {"score", std::round(c.score * 1000) / 1000},
        {"explanation", StringOrNull(c.explanation)}};
  }
  return json;
}

}  // namespace

Json NumberJson(double value) {
  if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 9e15) {
    return static_cast<long long>(value);
  }
  return value;
}

Json WrittenJson(const Written& w) {
  static const char* const kBases[] = {nullptr,   "date",          "doc_number",
                                       "plenums", "looks_forward", "period"};
  static const char* const kKinds[] = {"cites", "doc_number", "date", "looks_forward", "plenums"};
  Json evidence = Json::array();
  for (const WrittenEvidence& e : w.evidence) {
    evidence.push_back({{"line", e.line > 0 ? Json(e.line) : Json(nullptr)},
                        {"text", e.text},
                        {"event", e.name},
                        {"date", e.date},
                        {"bound", e.bound == WrittenEvidence::Bound::kAfter ? "after" : "before"},
                        {"kind", kKinds[static_cast<int>(e.kind)]}});
  }
  const char* basis = kBases[static_cast<int>(w.before_basis)];
  return {{"after", StringOrNull(w.after)},
          {"before", StringOrNull(w.before)},
          {"before_from", basis != nullptr ? Json(basis) : Json(nullptr)},
          {"evidence", std::move(evidence)}};
}

Json MetadataJson(const Metadata& m) {
  Json period = nullptr;
  // A plan may name only its end (到2022年): from is then null, not dropped with the whole period.
  if (m.period && m.period->to > 0) {
    period = {{"from", m.period->from > 0 ? Json(m.period->from) : Json(nullptr)},
              {"to", m.period->to},
              {"as_written", StringOrNull(m.period->as_written)}};
  }
  return {{"title", StringOrNull(m.title)},
          {"region",
           {{"province", StringOrNull(m.region.province)},
            {"city", StringOrNull(m.region.city)},
            {"county", StringOrNull(m.region.county)},
            {"town", StringOrNull(m.region.town)},
            {"code", StringOrNull(m.region.code)}}},
          {"level", StringOrNull(m.level)},
          {"period", period},
          {"kind", StringOrNull(m.kind)},
          {"draft", m.draft},
          {"doc_number", StringOrNull(m.doc_number)},
          {"date", StringOrNull(m.date)},
          {"written", WrittenJson(m.written)},
          {"issuer_mark", StringOrNull(m.issuer_mark)},
          {"imprint", m.imprint}};
}

Json SummaryJson(const Summary& s) {
  return {{"rules", s.rules},
          {"pass", s.pass},
          {"fail", s.fail},
          {"partial", s.partial},
          {"na", s.na},
          {"failing",
           {{"error", s.failing.error}, {"warning", s.failing.warning}, {"info", s.failing.info}}},
          {"score", NumberJson(RoundScore(s.score))}};
}

Json IndicatorJson(const Indicator& i) {
  return {{"name", i.name},
          {"category", StringOrNull(i.category)},
          {"op", i.op},
          {"value", NumberJson(i.value)},
          {"value_max", OptionalJson(i.value_max)},
          {"unit", StringOrNull(i.unit)},
          {"nature", StringOrNull(i.nature)},
          {"baseline", OptionalJson(i.baseline)},
          {"baseline_year", OptionalJson(i.baseline_year)},
          {"year", OptionalJson(i.year)},
          {"source", i.source},
          {"kind", i.kind},
          {"normalised", OptionalJson(i.normalised)},
          {"normalised_unit", StringOrNull(i.normalised_unit)},
          {"unit_inferred", i.unit_inferred},
          {"line", i.line},
          {"column", i.column},
          {"evidence", i.evidence}};
}

Json DocumentJson(const CheckedPlan& plan) {
  const Document& doc = *plan.document;
  Json results = Json::array();
  for (std::size_t i = 0; i < plan.report.results.size(); ++i) {
    results.push_back(ResultJson(plan, i));
  }
  Json indicators = Json::array();
  for (const Indicator& i : plan.report.indicators.items) indicators.push_back(IndicatorJson(i));
  return {{"path", doc.path},
          {"format", doc.format},
          {"metadata", MetadataJson(doc.metadata)},
          {"packs", plan.report.packs},
          {"summary", SummaryJson(plan.report.summary)},
          {"results", results},
          {"indicators", indicators}};
}

std::string RenderJson(const CheckRun& run, const RenderOptions&) {
  Json documents = Json::array();
  for (const CheckedPlan& plan : run.plans) documents.push_back(DocumentJson(plan));
  const Json json{{"tool", {{"name", "plancheck"}, {"version", run.version}}},
                  {"documents", documents}};
  // Keep non-ASCII as UTF-8; replace invalid bytes rather than throw mid-report.
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace plancheck::report
