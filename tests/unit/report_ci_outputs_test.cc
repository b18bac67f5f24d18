// What CI systems get beyond the basics: SARIF's SRCROOT, helpUri, fixes and notifications;
// GitHub's per-step annotation limit and the job summary.
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

TEST(SarifSrcroot, PathsUnderTheWorkingFolderAreRelativeToIt) {
  CheckRun run = testing::SampleRun();
  run.working_dir = "/home/ci/repo";
  run.plans.push_back(testing::MakePlan(
      "/srv/elsewhere/plan.txt", "txt",
      {testing::MakeResult("drafting.punctuation.doubled", Status::kFail, Severity::kWarning, 3, 1,
                           "", "标点符号重复", "。。")}));
  const json sarif = json::parse(RenderSarif(run, RenderOptions{}));
  const json& r = sarif["runs"][0];
  EXPECT_EQ(r["originalUriBaseIds"]["SRCROOT"]["uri"], "file:///home/ci/repo/");
  const json& inside = r["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
  EXPECT_EQ(inside["uri"], "corpus/songjiang.txt");
  EXPECT_EQ(inside["uriBaseId"], "SRCROOT");
  EXPECT_EQ(r["artifacts"][0]["location"], inside);
  const json& outside = r["results"].back()["locations"][0]["physicalLocation"]["artifactLocation"];
  EXPECT_EQ(outside["uri"], "file:///srv/elsewhere/plan.txt");
  EXPECT_FALSE(outside.contains("uriBaseId"));
  // An absolute path that lies under the working folder is made relative too.
  run.plans[0].document = std::make_shared<Document>(*run.plans[0].document);
  std::const_pointer_cast<Document>(run.plans[0].document)->path = "/home/ci/repo/a/b.txt";
  const json again = json::parse(RenderSarif(run, RenderOptions{}));
  EXPECT_EQ(again["runs"][0]["artifacts"][0]["location"]["uri"], "a/b.txt");
}

TEST(SarifRules, HelpUriIsTheBasisLinkElseTheReferencePage) {
  CheckRun run = testing::SampleRun();
  run.rules[0].link = "https://example.gov.cn/法规/1.html";
  run.rules[0].reference = "file:///src/docs/rules/drafting.md#drafting.punctuation.doubled";
  run.rules[1].reference = "file:///src/docs/rules/national.md#national.indicator.x";
  const json rules =
      json::parse(RenderSarif(run, RenderOptions{}))["runs"][0]["tool"]["driver"]["rules"];
  // Non-ASCII is percent-encoded: a helpUri is an RFC 3986 URI.
  EXPECT_EQ(rules[0]["helpUri"], "https://example.gov.cn/%E6%B3%95%E8%A7%84/1.html");
  EXPECT_EQ(rules[1]["helpUri"], "file:///src/docs/rules/national.md#national.indicator.x");
  EXPECT_FALSE(rules[2].contains("helpUri"));
}

TEST(SarifFixes, ASubstitutionCarriesItsReplacement) {
  CheckRun run = testing::SampleRun();
  Result& r = run.plans[0].report.results[0];  // 79:12, evidence 不断增强仲裁工作活力。。
  r.fix = "。";
  r.hit_at = r.evidence.find("。。");
  r.hit_length = std::string("。。").size();
  const json results = json::parse(RenderSarif(run, RenderOptions{}))["runs"][0]["results"];
  ASSERT_TRUE(results[0].contains("fixes"));
  const json& change = results[0]["fixes"][0]["artifactChanges"][0];
  EXPECT_EQ(change["artifactLocation"]["uri"], "corpus/songjiang.txt");
  const json& replacement = change["replacements"][0];
  EXPECT_EQ(replacement["deletedRegion"]["startLine"], 79);
  EXPECT_EQ(replacement["deletedRegion"]["startColumn"], 12);
  EXPECT_EQ(replacement["deletedRegion"]["endColumn"], 14);  // two code points, end exclusive
  EXPECT_EQ(replacement["insertedContent"]["text"], "。");
  EXPECT_NE(results[0]["fixes"][0]["description"]["text"].get<std::string>().find("。"),
            std::string::npos);
  // No fix, or no place for one: no `fixes`.
  EXPECT_FALSE(results[1].contains("fixes"));
  r.hit_at = std::string::npos;
  EXPECT_FALSE(
      json::parse(RenderSarif(run, RenderOptions{}))["runs"][0]["results"][0].contains("fixes"));
}

TEST(SarifInvocations, UnreadableFilesAreToolExecutionNotifications) {
  CheckRun run = testing::SampleRun();
  json invocation = json::parse(RenderSarif(run, RenderOptions{}))["runs"][0]["invocations"][0];
  EXPECT_EQ(invocation["executionSuccessful"], true);
  EXPECT_FALSE(invocation.contains("toolExecutionNotifications"));
  run.failures.push_back(
      {"scans/plan.pdf", "scans/plan.pdf: 扫描版 PDF，没有文字层", "扫描版 PDF", "无文字层"});
  invocation = json::parse(RenderSarif(run, RenderOptions{}))["runs"][0]["invocations"][0];
  EXPECT_EQ(invocation["executionSuccessful"], false);
  ASSERT_EQ(invocation["toolExecutionNotifications"].size(), 1u);
  const json& note = invocation["toolExecutionNotifications"][0];
  EXPECT_EQ(note["level"], "error");
  EXPECT_EQ(note["message"]["text"], "scans/plan.pdf: 扫描版 PDF，没有文字层");
  EXPECT_EQ(note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "scans/plan.pdf");
}

// n errors and n warnings in one plan.
CheckRun ManyFindings(int errors, int warnings) {
  std::vector<Result> results;
  for (int i = 0; i < errors; ++i) {
    results.push_back(testing::MakeResult("national.section.targets", Status::kFail,
                                          Severity::kError, 10 + i, 1, "", "缺少"));
  }
  for (int i = 0; i < warnings; ++i) {
    results.push_back(testing::MakeResult("drafting.punctuation.doubled", Status::kFail,
                                          Severity::kWarning, 100 + i, 1, "", "标点符号重复|。。"));
  }
  CheckRun run = testing::SampleRun();
  run.plans = {testing::MakePlan("plans/a.txt", "txt", results)};
  return run;
}

TEST(GithubAnnotations, ANoticeSaysHowManyGithubLeavesOutOfView) {
  RenderOptions options;
  options.lang = Lang::kEn;
  const std::string within = RenderGithub(ManyFindings(10, 10), options);
  EXPECT_EQ(Count(within, "::notice"), 0u) << within;
  const std::string over = RenderGithub(ManyFindings(13, 11), options);
  EXPECT_EQ(Count(over, "::error "), 13u);
  EXPECT_EQ(Count(over, "::warning "), 11u);
  const std::string last = over.substr(over.rfind("::notice"));
  EXPECT_NE(last.find("3 more errors and 1 more warnings are not shown"), std::string::npos)
      << last;
  EXPECT_EQ(Count(last, "\n"), 1u);  // the last line
  options.lang = Lang::kZh;
  const std::string zh = RenderGithub(ManyFindings(11, 0), options);
  EXPECT_NE(zh.find("另有 1 条错误、0 条警告未显示"), std::string::npos) << zh;
  // Errors come first, so that the ones GitHub shows are the ones that matter most.
  EXPECT_LT(over.find("::error "), over.find("::warning "));
}

TEST(GithubSummary, CountsRulesAndTopFindingsInMarkdown) {
  RenderOptions options;
  options.lang = Lang::kEn;
  const CheckRun run = testing::SampleRun();
  const std::string md = RenderGithubSummary(run, options);
  EXPECT_EQ(md.rfind("## plancheck: 2 plans — failed\n", 0), 0u) << md;
  EXPECT_NE(md.find("**must fix 2 · should fix 2 · for reference 0**"), std::string::npos) << md;
  EXPECT_NE(md.find("| error | 2 |"), std::string::npos) << md;
  // The failing rules: the doubled punctuation fails in both plans.
  EXPECT_NE(md.find("| `drafting.punctuation.doubled` | warning | 2 | 2 |"), std::string::npos)
      << md;
  EXPECT_NE(md.find("### Top findings (4 of 4)"), std::string::npos) << md;
  EXPECT_NE(md.find("`corpus/songjiang.txt:79:12`"), std::string::npos) << md;
  EXPECT_NE(md.find("### Plans"), std::string::npos);
  // Errors before warnings in the top findings.
  EXPECT_LT(md.find("| error | `corpus/songjiang.txt"),
            md.find("| warning | `corpus/songjiang.txt"));
  // A | in a message does not break the table; HTML is not passed through.
  CheckRun odd = ManyFindings(0, 1);
  odd.plans[0].report.results[0].message = "a|b <script>";
  const std::string escaped = RenderGithubSummary(odd, options);
  EXPECT_NE(escaped.find("a\\|b &lt;script>"), std::string::npos) << escaped;
  EXPECT_EQ(escaped.find("<script>"), std::string::npos);
  // Passing: said so.
  CheckRun clean = ManyFindings(0, 0);
  EXPECT_NE(RenderGithubSummary(clean, options).find("— passed"), std::string::npos);
  options.lang = Lang::kZh;
  EXPECT_NE(RenderGithubSummary(run, options).find("必须修改 2 项"), std::string::npos);
}

}  // namespace
}  // namespace plancheck::report
