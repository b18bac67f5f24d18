// The framework verdicts against a careful reviewer's (tests/gold/verdicts, copied from
// shared/gold/verdicts): for 松江, 普陀 and 连云港, every framework rule's status beside the status
// the reviewer gives it, with the reason. Prints the agreement per plan and each disagreement, the
// way OutlineGold prints its table; the acceptance of the trust issue is asserted on the high- and
// medium-confidence labels.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "checker/engine/evaluate.h"
#include "checker/formats/format.h"
#include "checker/indicators/indicator.h"
#include "test_paths.h"

namespace plancheck {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct RuleOutcome {
  std::string status = "absent";  // the worst of the rule's results
  std::string level;
};

std::map<std::string, RuleOutcome> Outcomes(const DocumentReport& report) {
  static const std::map<std::string, int> rank = {
      {"fail", 0}, {"partial", 1}, {"pass", 2}, {"n/a", 3}, {"absent", 4}};
  std::map<std::string, RuleOutcome> out;
  for (const Result& r : report.results) {
    RuleOutcome& o = out[r.rule];
    const std::string s = ToString(r.status);
    if (rank.at(s) < rank.at(o.status)) o.status = s;
    o.level = ToString(r.level);
  }
  return out;
}

struct Agreement {
  int labels = 0;
  int agree = 0;
  int error_passes_reviewer_fails = 0;
};

Agreement Compare(const json& gold, const std::map<std::string, RuleOutcome>& outcomes,
                  const std::string& plan) {
  Agreement a;
  for (const json& v : gold.at("framework")) {
    const std::string confidence = v.value("confidence", "");
    if (confidence != "high" && confidence != "medium") continue;
    const std::string rule = v.at("rule");
    const auto found = outcomes.find(rule);
    const RuleOutcome o = found == outcomes.end() ? RuleOutcome{} : found->second;
    const std::string correct = v.at("correct");
    ++a.labels;
    if (o.status == correct) {
      ++a.agree;
      continue;
    }
    if (o.level == "error" && o.status == "pass" && correct == "fail") {
      ++a.error_passes_reviewer_fails;
    }
    std::cout << fmt::format("  {} {}: plancheck {}, reviewer {} ({})\n", plan, rule, o.status,
                             correct, confidence);
  }
  return a;
}

TEST(VerdictsGold, AgreeWithTheReviewer) {
  const auto book = LoadRulebook({});
  Agreement total;
  std::cout << "| plan | labels (high/medium) | agree | rate |\n|---|---|---|---|\n";
  for (const fs::directory_entry& e :
       fs::directory_iterator(testing::SourcePath("tests/gold/verdicts"))) {
    std::ifstream in(e.path());
    const json gold = json::parse(in);
    const std::string stem = e.path().stem().string();
    Document doc = LoadDocument(testing::CorpusPath(stem));
    DocumentReport report = Evaluate(*book, doc, ExtractIndicators(doc));
    const Agreement a = Compare(gold, Outcomes(report), stem);
    std::cout << fmt::format("| {} | {} | {} | {:.3f} |\n", stem, a.labels, a.agree,
                             a.labels > 0 ? double(a.agree) / a.labels : 0.0);
    total.labels += a.labels;
    total.agree += a.agree;
    total.error_passes_reviewer_fails += a.error_passes_reviewer_fails;
  }
  const double rate = total.labels > 0 ? double(total.agree) / total.labels : 0.0;
  std::cout << fmt::format("| **overall** | {} | {} | {:.3f} |\n", total.labels, total.agree, rate);
  EXPECT_EQ(total.labels, 149);  // the three plans' high- and medium-confidence labels
  EXPECT_GE(rate, 0.97);
  EXPECT_EQ(total.error_passes_reviewer_fails, 0);
}

}  // namespace
}  // namespace plancheck
