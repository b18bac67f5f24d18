// `check --format sarif`: SARIF 2.1.0 as GitHub code scanning ingests it (rule metadata in
// tool.driver.rules, a physical location with startLine/startColumn on every result, stable
// ruleIds and fingerprints, columns counted in code points).
#include <map>

#include "checker/report/common.h"
#include "checker/report/json_model.h"

namespace plancheck::report {
namespace {

const char* SarifLevel(Severity level) {
  switch (level) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "note";
  }
  return "note";
}

// GitHub rejects empty strings and caps descriptions at 1024 characters.
std::string NonEmpty(std::string_view s, std::string_view fallback) {
  return Truncate(s.empty() ? fallback : s, 1000);
}

// A path as the user gave it: relative stays relative (GitHub resolves it against the checkout);
// absolute becomes a file: URI, since SARIF 3.10.2 forbids an absolute path as a relative
// reference.
std::string ArtifactUri(std::string_view path) {
  const std::string encoded = UriEncode(path);
  return path.starts_with('/') ? "file://" + encoded : encoded;
}

Json RuleJson(const RuleInfo& rule) {
  const std::string title = NonEmpty(rule.title, rule.id);
  std::string help = rule.basis.empty() ? title : "依据 Basis: " + rule.basis;
  if (!rule.suggestion.empty()) help += "\n建议 Suggestion: " + rule.suggestion;
  std::string markdown = "**" + title + "**";
  if (!rule.basis.empty()) markdown += "\n\n依据 Basis: " + rule.basis;
  if (!rule.suggestion.empty()) markdown += "\n\n建议 Suggestion: " + rule.suggestion;
  // No `name`: SARIF 3.49.7 wants it to differ from the id, and a rule has no second identifier.
  Json json{{"id", rule.id},
            {"shortDescription", {{"text", title}}},
            {"fullDescription", {{"text", NonEmpty(rule.basis, title)}}},
            {"help", {{"text", help}, {"markdown", markdown}}},
            {"defaultConfiguration", {{"level", SarifLevel(rule.level)}}}};
  if (!rule.link.empty()) json["helpUri"] = rule.link;
  Json tags = Json::array();
  if (!rule.pack.empty()) tags.push_back(rule.pack);
  if (!rule.kind.empty()) tags.push_back(rule.kind);
  json["properties"] = {
      {"tags", tags},      {"basis", rule.basis}, {"source", ToString(rule.source)},
      {"pack", rule.pack}, {"kind", rule.kind},   {"precision", "high"}};
  return json;
}

Json ResultJson(const CheckedPlan& plan, std::size_t index,
                const std::map<std::string, int>& rule_index, Lang lang) {
  const Result& r = plan.report.results[index];
  const bool placed = r.location.line > 0;
  // A result with no place (a missing section) points at the document's first line: GitHub
  // shows only results with a location.
  Json region{{"startLine", placed ? r.location.line : 1},
              {"startColumn", placed && r.location.column > 0 ? r.location.column : 1}};
  if (!r.evidence.empty()) region["snippet"] = {{"text", r.evidence}};
  Json location{{"physicalLocation",
                 {{"artifactLocation", {{"uri", ArtifactUri(plan.path())}}}, {"region", region}}}};
  if (!r.location.section.empty()) {
    location["logicalLocations"] =
        Json::array({{{"fullyQualifiedName", r.location.section}, {"kind", "section"}}});
  }
  std::string text = r.message.empty() ? r.rule : r.message;
  if (r.status == Status::kPartial) text = Tr(lang, "（部分）", "(partial) ") + text;
  if (!r.suggestion.empty()) text += Tr(lang, " 建议：", " Suggestion: ") + r.suggestion;
  Json json{{"ruleId", r.rule}};
  if (const auto it = rule_index.find(r.rule); it != rule_index.end())
    json["ruleIndex"] = it->second;
  json["level"] = SarifLevel(r.level);
  json["kind"] = "fail";
  json["message"] = {{"text", text}};
  json["locations"] = Json::array({location});
  json["partialFingerprints"] = {
      {"plancheck/v1", Fnv1aHex(r.rule + '\0' + plan.path() + '\0' + EvidenceHash(r))}};
  if (plan.baseline_used) json["baselineState"] = plan.Accepted(index) ? "unchanged" : "new";
  if (plan.Accepted(index)) {
    json["suppressions"] = Json::array(
        {{{"kind", "external"}, {"justification", "accepted in the plancheck baseline"}}});
  }
  json["properties"] = {
      {"status", ToString(r.status)}, {"basis", r.basis}, {"wholeDocument", !placed}};
  return json;
}

}  // namespace

std::string RenderSarif(const CheckRun& run, const RenderOptions& options) {
  Json rules = Json::array();
  std::map<std::string, int> rule_index;
  for (const RuleInfo& rule : run.rules) {
    rule_index.emplace(rule.id, static_cast<int>(rules.size()));
    rules.push_back(RuleJson(rule));
  }
  Json results = Json::array();
  Json artifacts = Json::array();
  for (const CheckedPlan& plan : run.plans) {
    artifacts.push_back({{"location", {{"uri", ArtifactUri(plan.path())}}},
                         {"sourceLanguage", plan.document->format}});
    for (std::size_t i = 0; i < plan.report.results.size(); ++i) {
      if (IsGap(plan.report.results[i])) {
        results.push_back(ResultJson(plan, i, rule_index, options.lang));
      }
    }
  }
  Json driver{{"name", "plancheck"},
              {"version", run.version},
              {"semanticVersion", run.version},
              {"rules", rules}};
  const Json sarif{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                   {"version", "2.1.0"},
                   {"runs", Json::array({{{"tool", {{"driver", driver}}},
                                          {"columnKind", "unicodeCodePoints"},
                                          {"artifacts", artifacts},
                                          {"results", results}}})}};
  return sarif.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace plancheck::report
