// SARIF, JUnit and GitHub annotations: what CI systems need from them.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "checker/report/report.h"
#include "report_test_support.h"

namespace plancheck::report {
namespace {

using nlohmann::json;

std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t pos = text.find(what); pos != std::string::npos;
       pos = text.find(what, pos + 1)) {
    ++n;
  }
  return n;
}

// GitHub code scanning's required properties (anchors-tools.md §5.1), non-empty.
TEST(ReportSarif, HasWhatGithubCodeScanningRequires) {
  const json sarif = json::parse(RenderSarif(testing::SampleRun(), RenderOptions{}));
  EXPECT_EQ(sarif["version"], "2.1.0");
  EXPECT_FALSE(sarif["$schema"].get<std::string>().empty());
  ASSERT_EQ(sarif["runs"].size(), 1u);
  const json& run = sarif["runs"][0];
  EXPECT_EQ(run["columnKind"], "unicodeCodePoints");
  const json& driver = run["tool"]["driver"];
  EXPECT_EQ(driver["name"], "plancheck");
  EXPECT_EQ(driver["version"], "9.9.9");
  ASSERT_EQ(driver["rules"].size(), 5u);
  for (const json& rule : driver["rules"]) {
    for (const char* key : {"shortDescription", "fullDescription", "help"}) {
      EXPECT_FALSE(rule[key]["text"].get<std::string>().empty()) << rule["id"] << key;
      EXPECT_LE(rule[key]["text"].get<std::string>().size(), 1024u * 4);
    }
    EXPECT_FALSE(rule["properties"]["basis"].get<std::string>().empty());
    EXPECT_TRUE(rule["defaultConfiguration"]["level"] == "error" ||
                rule["defaultConfiguration"]["level"] == "warning" ||
                rule["defaultConfiguration"]["level"] == "note");
  }
  // Gaps only: 3 in the .txt plan, 1 in the .docx.
  const json& results = run["results"];
  ASSERT_EQ(results.size(), 4u);
  for (const json& r : results) {
    EXPECT_FALSE(r["message"]["text"].get<std::string>().empty());
    const json& location = r["locations"][0]["physicalLocation"];
    EXPECT_FALSE(location["artifactLocation"]["uri"].get<std::string>().empty());
    EXPECT_GE(location["region"]["startLine"].get<int>(), 1);
    EXPECT_GE(location["region"]["startColumn"].get<int>(), 1);
    EXPECT_EQ(driver["rules"][r["ruleIndex"].get<int>()]["id"], r["ruleId"]);
    EXPECT_EQ(r["partialFingerprints"]["plancheck/v1"].get<std::string>().size(), 16u);
  }
  EXPECT_EQ(results[0]["ruleId"], "drafting.punctuation.doubled");
  EXPECT_EQ(results[0]["level"], "warning");
  EXPECT_EQ(results[0]["locations"][0]["physicalLocation"]["region"]["startLine"], 79);
  EXPECT_EQ(results[0]["locations"][0]["physicalLocation"]["region"]["startColumn"], 12);
  // A missing section has no line: it points at line 1 and says so.
  const json& missing = results[2];
  EXPECT_EQ(missing["ruleId"], "national.section.targets");
  EXPECT_EQ(missing["locations"][0]["physicalLocation"]["region"]["startLine"], 1);
  EXPECT_EQ(missing["properties"]["wholeDocument"], true);
  EXPECT_EQ(results[1]["level"], "error");
}

TEST(ReportSarif, FingerprintSurvivesLinesMovingAndBaselineIsMarked) {
  CheckRun run = testing::SampleRun();
  const json before = json::parse(RenderSarif(run, RenderOptions{}));
  run.plans[0].report.results[0].location.line += 40;
  run.plans[0].baseline_used = true;
  run.plans[0].accepted[0] = true;
  const json after = json::parse(RenderSarif(run, RenderOptions{}));
  const json& a = before["runs"][0]["results"][0];
  const json& b = after["runs"][0]["results"][0];
  EXPECT_EQ(a["partialFingerprints"], b["partialFingerprints"]);
  EXPECT_EQ(b["baselineState"], "unchanged");
  EXPECT_EQ(b["suppressions"][0]["kind"], "external");
  EXPECT_EQ(after["runs"][0]["results"][1]["baselineState"], "new");
}

TEST(ReportJunit, OneTestcasePerRulePerDocumentFailingAtFailOn) {
  const CheckRun run = testing::SampleRun();
  RenderOptions options;
  options.fail_on = FailOn::kError;
  const std::string xml = RenderJunit(run, options);
  EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0), 0u);
  EXPECT_EQ(Count(xml, "<testcase "), 6u);  // 5 rules in the first plan, 1 in the second
  EXPECT_EQ(Count(xml, "<testsuite "), 2u);
  // At error: the partial indicator and the missing section fail; the doubled punctuation
  // (a warning) does not, but is reported in system-out; pufa is skipped (n/a).
  EXPECT_EQ(Count(xml, "<failure "), 2u) << xml;
  EXPECT_EQ(Count(xml, "<skipped "), 1u);
  EXPECT_NE(xml.find("<testsuites name=\"plancheck\" tests=\"6\" failures=\"2\""),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("classname=\"corpus/songjiang.txt\" name=\"national.section.targets\""),
            std::string::npos);
  EXPECT_NE(xml.find("<system-out>[fail/warning] corpus/songjiang.txt:79:12"), std::string::npos)
      << xml;
  options.fail_on = FailOn::kWarning;
  EXPECT_EQ(Count(RenderJunit(run, options), "<failure "), 4u);
  options.fail_on = FailOn::kNever;
  EXPECT_EQ(Count(RenderJunit(run, options), "<failure "), 0u);
}

TEST(ReportJunit, EscapesXml) {
  CheckRun run = testing::SampleRun();
  run.plans[0].report.results[2].message = "缺少<主要目标> & \"指标\"";
  const std::string xml = RenderJunit(run, RenderOptions{});
  EXPECT_NE(xml.find("缺少&lt;主要目标&gt; &amp; &quot;指标&quot;"), std::string::npos) << xml;
  EXPECT_EQ(xml.find("<主要目标>"), std::string::npos);
}

TEST(ReportGithub, WorkflowCommandsWithEscaping) {
  CheckRun run = testing::SampleRun();
  run.plans[0].report.results[0].message = "达到100%，含换行\n第二行";
  const std::string out = RenderGithub(run, RenderOptions{});
  EXPECT_EQ(Count(out, "\n"), 4u) << out;  // one line per gap, newlines escaped
  EXPECT_NE(out.find("::error file=corpus/songjiang.txt,title=national.section.targets::"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("::warning file=corpus/songjiang.txt,line=79,col=12,"
                     "title=drafting.punctuation.doubled::达到100%25，含换行%0A第二行"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("::error file=corpus/songjiang.txt,line=57,col=3,"), std::string::npos);
  EXPECT_NE(out.find("::warning file=drafts/b.docx,line=12,col=5,"), std::string::npos);
  // Accepted gaps are not annotated.
  run.plans[1].baseline_used = true;
  run.plans[1].accepted[0] = true;
  EXPECT_EQ(RenderGithub(run, RenderOptions{}).find("drafts/b.docx"), std::string::npos);
}

}  // namespace
}  // namespace plancheck::report
