#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "checker/cli/baseline.h"
#include "checker/cli/usage_error.h"
#include "checker/report/common.h"
#include "report_test_support.h"

namespace plancheck::cli {
namespace {

using report::Lang;

TEST(CliBaseline, RecordsEveryGapSortedWithItsHash) {
  const report::CheckRun run = testing::SampleRun();
  const nlohmann::json json = nlohmann::json::parse(Baseline::Render(run));
  EXPECT_EQ(json["tool"], "plancheck");
  EXPECT_EQ(json["version"], 1);
  ASSERT_EQ(json["gaps"].size(), 4u);  // fail, partial, fail in the .txt; fail in the .docx
  EXPECT_EQ(json["gaps"][0]["document"], "corpus/songjiang.txt");
  EXPECT_EQ(json["gaps"][0]["rule"], "drafting.punctuation.doubled");
  EXPECT_EQ(json["gaps"][0]["hash"], report::EvidenceHash(run.plans[0].report.results[0]));
  EXPECT_EQ(json["gaps"][3]["document"], "drafts/b.docx");
}

TEST(CliBaseline, AcceptsKnownGapsWhereverTheyMoveButNotNewOnes) {
  report::CheckRun run = testing::SampleRun();
  const Baseline baseline = Baseline::Parse(Baseline::Render(run), "b.json", Lang::kEn);
  EXPECT_EQ(baseline.size(), 4u);
  // The same gaps, forty lines further down; plus a new doubled punctuation elsewhere.
  report::CheckedPlan& plan = run.plans[0];
  for (Result& r : plan.report.results) r.location.line += 40;
  Result fresh = plan.report.results[0];
  fresh.evidence = "新增的句子。。";
  plan.report.results.push_back(fresh);
  baseline.Mark(plan);
  EXPECT_TRUE(plan.baseline_used);
  ASSERT_EQ(plan.accepted.size(), 6u);
  EXPECT_TRUE(plan.accepted[0]);
  EXPECT_TRUE(plan.accepted[1]);
  EXPECT_TRUE(plan.accepted[2]);
  EXPECT_FALSE(plan.accepted[3]) << "a pass is never 'accepted'";
  EXPECT_FALSE(plan.accepted[5]) << "new evidence is a new gap";
  EXPECT_TRUE(report::IsFailing(plan, 5, report::FailOn::kWarning));
  EXPECT_FALSE(report::IsFailing(plan, 0, report::FailOn::kInfo));
}

TEST(CliBaseline, EachEntryAcceptsOneGap) {
  report::CheckRun run = testing::SampleRun();
  const Baseline baseline = Baseline::Parse(Baseline::Render(run), "b.json", Lang::kEn);
  report::CheckedPlan& plan = run.plans[1];
  plan.report.results.push_back(plan.report.results[0]);  // the same defect twice now
  baseline.Mark(plan);
  EXPECT_TRUE(plan.accepted[0]);
  EXPECT_FALSE(plan.accepted[1]);
}

TEST(CliBaseline, MatchesOnlyItsOwnDocument) {
  report::CheckRun run = testing::SampleRun();
  const Baseline baseline = Baseline::Parse(Baseline::Render(run), "b.json", Lang::kEn);
  report::CheckedPlan moved =
      testing::MakePlan("other/songjiang.txt", "txt", run.plans[0].report.results);
  baseline.Mark(moved);
  for (const bool accepted : moved.accepted) EXPECT_FALSE(accepted);
}

TEST(CliBaseline, BadFilesAreUsageErrors) {
  EXPECT_THROW(Baseline::Parse("not json", "b.json", Lang::kEn), UsageError);
  EXPECT_THROW(Baseline::Parse(R"({"tool": "other", "gaps": []})", "b.json", Lang::kEn),
               UsageError);
  EXPECT_THROW(
      Baseline::Parse(R"({"tool": "plancheck", "gaps": [{"rule": "a"}]})", "b.json", Lang::kEn),
      UsageError);
  // fuzz/regressions/baseline/json-number-overflow-1e999.json: out_of_range, not a parse_error.
  try {
    Baseline::Parse(R"({"tool": "plancheck", "gaps": [{"rule": "a", "line": 1e999}]})", "b.json",
                    Lang::kEn);
    ADD_FAILURE();
  } catch (const UsageError& e) {
    EXPECT_EQ(std::string(e.what()).rfind("b.json", 0), 0u) << e.what();
  }
  try {
    Baseline::Load("/nonexistent/baseline.json", Lang::kEn);
    ADD_FAILURE();
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/baseline.json: cannot read the baseline"),
              std::string::npos);
  }
}

}  // namespace
}  // namespace plancheck::cli
