// The JSON report against schemas/report.schema.json, with a validator for the subset of JSON
// Schema (draft-07) the schema uses: type, enum, const, required, properties,
// additionalProperties: false, items, $ref to #/definitions, minimum, maximum, minLength, pattern.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <re2/re2.h>
#include <nlohmann/json.hpp>

#include "checker/cli/checking.h"
#include "checker/report/report.h"
#include "report_test_support.h"
#include "test_paths.h"

namespace plancheck::report {
namespace {

using nlohmann::json;

json LoadJsonFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return json::parse(text.str());
}

class SchemaValidator {
 public:
  explicit SchemaValidator(json root) : root_(std::move(root)) {}

  // Every violation, as "path: what".
  std::vector<std::string> Validate(const json& value) const {
    std::vector<std::string> errors;
    Check(root_, value, "$", errors);
    return errors;
  }

 private:
  static bool HasType(const json& v, const std::string& type) {
    if (type == "object") return v.is_object();
    if (type == "array") return v.is_array();
    if (type == "string") return v.is_string();
    if (type == "integer") return v.is_number_integer();
    if (type == "number") return v.is_number();
    if (type == "boolean") return v.is_boolean();
    if (type == "null") return v.is_null();
    return false;
  }

  const json& Resolve(const json& schema) const {
    const std::string ref = schema.at("$ref");
    const std::string prefix = "#/definitions/";
    EXPECT_EQ(ref.rfind(prefix, 0), 0u) << "unsupported $ref " << ref;
    return root_.at("definitions").at(ref.substr(prefix.size()));
  }

  void Check(const json& schema, const json& v, const std::string& path,
             std::vector<std::string>& errors) const {
    for (const auto& [keyword, _] : schema.items()) {
      static const std::set<std::string> known = {
          "$schema",   "$id",    "title",       "description", "type",
          "enum",      "const",  "required",    "properties",  "additionalProperties",
          "items",     "$ref",   "definitions", "minimum",     "maximum",
          "minLength", "pattern"};
      EXPECT_TRUE(known.count(keyword)) << "the validator does not implement " << keyword;
    }
    if (schema.contains("$ref")) return Check(Resolve(schema), v, path, errors);
    if (schema.contains("type")) {
      const json& t = schema["type"];
      bool ok = false;
      for (const json& one : t.is_array() ? t : json::array({t})) ok = ok || HasType(v, one);
      if (!ok) return errors.push_back(path + ": expected type " + t.dump() + ", got " + v.dump());
    }
    if (schema.contains("enum") &&
        std::find(schema["enum"].begin(), schema["enum"].end(), v) == schema["enum"].end()) {
      errors.push_back(path + ": " + v.dump() + " not in " + schema["enum"].dump());
    }
    if (schema.contains("const") && schema["const"] != v) errors.push_back(path + ": not const");
    if (v.is_number()) {
      if (schema.contains("minimum") && v.get<double>() < schema["minimum"].get<double>()) {
        errors.push_back(path + ": below minimum");
      }
      if (schema.contains("maximum") && v.get<double>() > schema["maximum"].get<double>()) {
        errors.push_back(path + ": above maximum");
      }
    }
    if (v.is_string()) {
      const std::string s = v;
      if (schema.contains("minLength") && s.size() < schema["minLength"].get<std::size_t>()) {
        errors.push_back(path + ": too short");
      }
      if (schema.contains("pattern") &&
          !RE2::PartialMatch(s, schema["pattern"].get<std::string>())) {
        errors.push_back(path + ": " + s + " does not match " + schema["pattern"].dump());
      }
    }
    if (v.is_object()) CheckObject(schema, v, path, errors);
    if (v.is_array() && schema.contains("items")) {
      for (std::size_t i = 0; i < v.size(); ++i) {
        Check(schema["items"], v[i], path + "[" + std::to_string(i) + "]", errors);
      }
    }
  }

  void CheckObject(const json& schema, const json& v, const std::string& path,
                   std::vector<std::string>& errors) const {
    for (const json& key : schema.value("required", json::array())) {
      if (!v.contains(key.get<std::string>())) errors.push_back(path + ": missing " + key.dump());
    }
    const json properties = schema.value("properties", json::object());
    for (const auto& [key, value] : v.items()) {
      if (properties.contains(key)) {
        Check(properties[key], value, path + "." + key, errors);
      } else if (schema.contains("additionalProperties") && !schema["additionalProperties"]) {
        errors.push_back(path + ": unexpected key " + key);
      }
    }
  }

  json root_;
};

SchemaValidator ReportSchema() {
  return SchemaValidator(LoadJsonFile(testing::SourcePath("schemas/report.schema.json")));
}

std::string Joined(const std::vector<std::string>& errors) {
  std::string out;
  for (std::size_t i = 0; i < errors.size() && i < 20; ++i) out += errors[i] + "\n";
  return out;
}

TEST(ReportJson, FollowsTheDesignContract) {
  const json out = json::parse(RenderJson(testing::SampleRun(), RenderOptions{}));
  EXPECT_EQ(out["tool"]["name"], "plancheck");
  EXPECT_EQ(out["tool"]["version"], "9.9.9");
  const json& doc = out["documents"][0];
  EXPECT_EQ(doc["path"], "corpus/songjiang.txt");
  EXPECT_EQ(doc["metadata"]["region"]["province"], "上海市");
  EXPECT_TRUE(doc["metadata"]["region"]["city"].is_null());
  EXPECT_EQ(doc["metadata"]["level"], "county");
  EXPECT_EQ(doc["metadata"]["period"]["from"], 2023);
  EXPECT_EQ(doc["packs"], json::array({"national", "drafting"}));
  EXPECT_EQ(doc["summary"]["rules"], 5);
  EXPECT_EQ(doc["summary"]["score"], 27.8);  // weighted by level (engine/result.h)
  EXPECT_EQ(doc["summary"]["failing"]["error"], 2);
  ASSERT_EQ(doc["results"].size(), 5u);  // every result, passes and n/a included
  const json& first = doc["results"][0];
  EXPECT_EQ(first["rule"], "drafting.punctuation.doubled");
  EXPECT_EQ(first["status"], "fail");
  EXPECT_EQ(first["level"], "warning");
  EXPECT_EQ(first["location"]["line"], 79);
  EXPECT_EQ(first["location"]["column"], 12);
  EXPECT_EQ(first["location"]["section"], "七、保障措施");
  EXPECT_FALSE(first.contains("baseline")) << "no baseline given";
  EXPECT_TRUE(doc["results"][2]["location"]["line"].is_null());
  const json& indicator = doc["indicators"][0];
  EXPECT_TRUE(indicator["value"].is_number_integer()) << "180, not 180.0";
  EXPECT_EQ(indicator["normalised"], 18);
  EXPECT_EQ(indicator["op"], ">=");
  EXPECT_TRUE(indicator["value_max"].is_null());
}

TEST(ReportJson, SampleValidatesAndTheValidatorCatchesViolations) {
  const SchemaValidator schema = ReportSchema();
  CheckRun run = testing::SampleRun();
  run.plans[0].baseline_used = true;
  run.plans[0].accepted[0] = true;
  json out = json::parse(RenderJson(run, RenderOptions{}));
  EXPECT_EQ(out["documents"][0]["results"][0]["baseline"], "unchanged");
  EXPECT_EQ(out["documents"][0]["results"][1]["baseline"], "new");
  EXPECT_TRUE(schema.Validate(out).empty()) << Joined(schema.Validate(out));
  // The validator is not a rubber stamp.
  json broken = out;
  broken["documents"][0]["results"][0]["status"] = "failed";
  broken["documents"][0]["results"][0].erase("basis");
  broken["documents"][0]["summary"]["extra"] = 1;
  broken["documents"][0]["indicators"][0]["line"] = "220";
  EXPECT_EQ(schema.Validate(broken).size(), 4u) << Joined(schema.Validate(broken));
}

// Real outputs: every corpus plan checked with the bundled rules and with the test pack.
TEST(ReportJson, RealCorpusOutputsValidate) {
  const SchemaValidator schema = ReportSchema();
  for (const bool builtin : {true, false}) {
    cli::CheckRequest request;
    for (const std::string& stem : testing::CorpusStems()) {
      request.files.push_back(testing::CorpusPath(stem));
    }
    request.rulebook.builtin = builtin;
    if (!builtin)
      request.rulebook.extra_dirs = {testing::SourcePath("tests/fixtures/config/rules")};
    const CheckRun run = cli::CheckPlans(request);
    ASSERT_EQ(run.plans.size(), testing::CorpusStems().size());
    const json out = json::parse(RenderJson(run, RenderOptions{}));
    const std::vector<std::string> errors = schema.Validate(out);
    EXPECT_TRUE(errors.empty()) << (builtin ? "builtin rules\n" : "test pack\n") << Joined(errors);
    if (!builtin) {
      for (const json& doc : out["documents"]) EXPECT_EQ(doc["summary"]["rules"], 5) << doc["path"];
    }
    for (const json& doc : out["documents"]) {
      if (doc["path"].get<std::string>().find("putuo") == std::string::npos) continue;
      // 普陀 names only its end (到2022年): the period is kept with an unknown start.
      EXPECT_TRUE(doc["metadata"]["period"]["from"].is_null()) << doc["metadata"].dump();
      EXPECT_EQ(doc["metadata"]["period"]["to"], 2022);
    }
  }
}

}  // namespace
}  // namespace plancheck::report
