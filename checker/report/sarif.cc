// `check --format sarif`: SARIF 2.1.0 as GitHub code scanning ingests it (rule metadata in
// tool.driver.rules, a physical location with startLine/startColumn on every result, stable
// ruleIds and fingerprints, columns counted in code points), with paths relative to SRCROOT,
// a helpUri per rule, fixes for substitutions and the unreadable inputs as notifications.
#include <filesystem>
#include <map>

#include <fmt/format.h>

#include "checker/decode/utf8.h"
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

constexpr const char* kSrcRoot = "SRCROOT";

// Where a plan is: relative to SRCROOT (the working folder) when it lies under it, so a result
// reads the same on every checkout; otherwise an absolute file: URI (SARIF 3.10.2 forbids an
// absolute path as a relative reference). Without a working folder, a relative path stays as
// given.
Json ArtifactLocation(std::string_view path, const std::string& working_dir) {
  namespace fs = std::filesystem;
  if (working_dir.empty()) {
    const std::string encoded = UriEncode(path);
    return {{"uri", path.starts_with('/') ? "file://" + encoded : encoded}};
  }
  const fs::path base = fs::path(working_dir).lexically_normal();
  const fs::path absolute = (base / fs::path(path)).lexically_normal();
  const fs::path relative = absolute.lexically_relative(base);
  if (!relative.empty() && *relative.begin() != "..") {
    return {{"uri", UriEncode(relative.generic_string())}, {"uriBaseId", kSrcRoot}};
  }
  return {{"uri", "file://" + UriEncode(absolute.generic_string())}};
}

// SRCROOT as SARIF 3.14.14 wants it: an absolute URI ending in '/'.
std::string FolderUri(const std::string& dir) {
  std::string uri =
      "file://" + UriEncode(std::filesystem::path(dir).lexically_normal().generic_string());
  if (!uri.ends_with('/')) uri += '/';
  return uri;
}

// A link as RFC 3986 wants it: the bytes of non-ASCII characters (a URL copied with Chinese in
// its path) and spaces percent-encoded, the rest as written.
std::string AsciiUri(std::string_view link) {
  std::string out;
  for (const char c : link) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || u <= 0x20) {
      out += fmt::format("%{:02X}", u);
    } else {
      out += c;
    }
  }
  return out;
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
  // The basis's public text when there is one, else the rule's page in the rules reference.
  if (!rule.link.empty()) {
    json["helpUri"] = AsciiUri(rule.link);
  } else if (!rule.reference.empty()) {
    json["helpUri"] = rule.reference;
  }
  Json tags = Json::array();
  if (!rule.pack.empty()) tags.push_back(rule.pack);
  if (!rule.kind.empty()) tags.push_back(rule.kind);
  json["properties"] = {
      {"tags", tags},      {"basis", rule.basis}, {"source", ToString(rule.source)},
      {"pack", rule.pack}, {"kind", rule.kind},   {"precision", "high"}};
  return json;
}

// A substitution's replacement as a SARIF fix: the hit's characters on its line, replaced.
Json FixJson(const Result& r, const Json& artifact, Lang lang) {
  const int length = static_cast<int>(utf8::CodePoints(r.evidence.substr(r.hit_at, r.hit_length)));
  const Json deleted{{"startLine", r.location.line},
                     {"startColumn", r.location.column},
                     {"endLine", r.location.line},
                     {"endColumn", r.location.column + length}};
  return {
      {"description",
       {{"text", Tr(lang, "改为“", "Replace with \"") + r.fix + Tr(lang, "”", "\"")}}},
      {"artifactChanges",
       Json::array({{{"artifactLocation", artifact},
                     {"replacements", Json::array({{{"deletedRegion", deleted},
                                                    {"insertedContent", {{"text", r.fix}}}}})}}})}};
}

bool HasFix(const Result& r) {
  return !r.fix.empty() && r.location.line > 0 && r.location.column > 0 &&
         r.hit_at != std::string::npos && r.hit_length > 0 &&
         r.hit_at + r.hit_length <= r.evidence.size();
}

Json ResultJson(const CheckedPlan& plan, std::size_t index,
                const std::map<std::string, int>& rule_index, const std::string& working_dir,
                Lang lang) {
  const Result& r = plan.report.results[index];
  const bool placed = r.location.line > 0;
  // A result with no place (a missing section) points at the document's first line: GitHub
  // shows only results with a location.
  Json region{{"startLine", placed ? r.location.line : 1},
              {"startColumn", placed && r.location.column > 0 ? r.location.column : 1}};
  if (!r.evidence.empty()) region["snippet"] = {{"text", r.evidence}};
  const Json artifact = ArtifactLocation(plan.path(), working_dir);
  Json location{{"physicalLocation", {{"artifactLocation", artifact}, {"region", region}}}};
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
  if (HasFix(r)) json["fixes"] = Json::array({FixJson(r, artifact, lang)});
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

// The inputs that could not be read: the run went on without them (exit 3).
Json InvocationJson(const CheckRun& run) {
  Json notes = Json::array();
  for (const InputFailure& failure : run.failures) {
    Json note{{"level", "error"}, {"message", {{"text", failure.message}}}};
    if (!failure.path.empty()) {
      note["locations"] = Json::array(
          {{{"physicalLocation",
             {{"artifactLocation", ArtifactLocation(failure.path, run.working_dir)}}}}});
    }
    if (!failure.type.empty()) {
      note["properties"] = {{"type", failure.type}, {"reason", failure.reason}};
    }
    notes.push_back(note);
  }
  Json invocation{{"executionSuccessful", run.failures.empty()}};
  if (!notes.empty()) invocation["toolExecutionNotifications"] = notes;
  return invocation;
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
    artifacts.push_back({{"location", ArtifactLocation(plan.path(), run.working_dir)},
                         {"sourceLanguage", plan.document->format}});
    for (std::size_t i = 0; i < plan.report.results.size(); ++i) {
      if (IsGap(plan.report.results[i])) {
        results.push_back(ResultJson(plan, i, rule_index, run.working_dir, options.lang));
      }
    }
  }
  Json driver{{"name", "plancheck"},
              {"version", run.version},
              {"semanticVersion", run.version},
              {"rules", rules}};
  Json sarif_run{{"tool", {{"driver", driver}}},
                 {"invocations", Json::array({InvocationJson(run)})}};
  if (!run.working_dir.empty()) {
    sarif_run["originalUriBaseIds"] = {{kSrcRoot, {{"uri", FolderUri(run.working_dir)}}}};
  }
  sarif_run["columnKind"] = "unicodeCodePoints";
  sarif_run["artifacts"] = artifacts;
  sarif_run["results"] = results;
  const Json sarif{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                   {"version", "2.1.0"},
                   {"runs", Json::array({sarif_run})}};
  return sarif.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace plancheck::report
