// The bundled rulebook on the five corpus plans: the acceptance of issue 4, measured against the
// gold labels. Prints the figures (per-plan counts, defect recall, drafting findings that are not
// gold defects) so a run shows where the rules stand.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <set>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "checker/engine/evaluate.h"
#include "checker/formats/format.h"
#include "checker/indicators/indicator.h"
#include "test_paths.h"

namespace plancheck {
namespace {

using testing::CorpusPath;
using testing::CorpusStems;
using testing::GoldPath;

const std::string kSongjiang = "shanghai-songjiang-2023-2025";
const std::string kPutuo = "shanghai-putuo-2020-2022";
const std::string kWutongqiao = "sichuan-leshan-wutongqiao-2021-2025";
const std::string kLvyuan = "jilin-changchun-lvyuan-2021-2025-draft";
const std::string kLianyungang = "jiangsu-lianyungang-2023-2025";

struct Plan {
  Document doc;
  DocumentReport report;
};

// Loads and evaluates each plan once for the whole suite.
const std::map<std::string, Plan>& Plans() {
  static const std::map<std::string, Plan> plans = [] {
    const auto book = LoadRulebook({});
    std::map<std::string, Plan> out;
    for (const std::string& stem : CorpusStems()) {
      Plan& plan = out[stem];
      plan.doc = LoadDocument(CorpusPath(stem));
      plan.report = Evaluate(*book, plan.doc, ExtractIndicators(plan.doc));
      plan.report.document = &plan.doc;
    }
    return out;
  }();
  return plans;
}

std::vector<Result> ResultsOf(const std::string& stem, const std::string& rule) {
  std::vector<Result> out;
  for (const Result& r : Plans().at(stem).report.results) {
    if (r.rule == rule) out.push_back(r);
  }
  return out;
}

// The rule's status on the plan (the worst of its results), or "absent".
std::string StatusOf(const std::string& stem, const std::string& rule) {
  const auto results = ResultsOf(stem, rule);
  if (results.empty()) return "absent";
  int rank = -1;
  std::string worst;
  for (const Result& r : results) {
    const int k = r.status == Status::kFail      ? 3
                  : r.status == Status::kPartial ? 2
                  : r.status == Status::kPass    ? 1
                                                 : 0;
    if (k > rank) {
      rank = k;
      worst = ToString(r.status);
    }
  }
  return worst;
}

std::set<int> FailLines(const std::string& stem, const std::string& rule) {
  std::set<int> lines;
  for (const Result& r : ResultsOf(stem, rule)) {
    if (r.status == Status::kFail || r.status == Status::kPartial) lines.insert(r.location.line);
  }
  return lines;
}

TEST(CorpusRules, DutyLawyerCoverage) {
  const std::string rule = "national.indicator.duty-lawyer-coverage";
  EXPECT_EQ(StatusOf(kSongjiang, rule), "pass");
  EXPECT_EQ(StatusOf(kPutuo, rule), "fail");
  EXPECT_EQ(StatusOf(kWutongqiao, rule), "partial");
  EXPECT_EQ(StatusOf(kLvyuan, rule), "partial");
  EXPECT_EQ(StatusOf(kLianyungang, rule), "partial");
}

TEST(CorpusRules, GuidingIdeologyAndSafeguardsSectionsInAllFive) {
  for (const std::string& stem : CorpusStems()) {
    EXPECT_EQ(StatusOf(stem, "national.section.guiding-ideology"), "pass") << stem;
    EXPECT_EQ(StatusOf(stem, "national.section.safeguards"), "pass") << stem;
  }
}

TEST(CorpusRules, DraftingDefectsAtTheirLines) {
  EXPECT_THAT(FailLines(kLianyungang, "drafting.punctuation.doubled"), ::testing::Contains(79));
  EXPECT_THAT(FailLines(kLvyuan, "drafting.typo.confusables"), ::testing::Contains(79));
  EXPECT_THAT(FailLines(kSongjiang, "drafting.typo.confusables"), ::testing::Contains(53));
  EXPECT_THAT(FailLines(kLianyungang, "drafting.typo.confusables"), ::testing::Contains(52));
  EXPECT_THAT(FailLines(kLvyuan, "drafting.repeat.char"), ::testing::Contains(80));
  const std::set<int> pairs = FailLines(kWutongqiao, "drafting.pairs.unbalanced");
  EXPECT_TRUE(pairs.count(52) || pairs.count(106)) << "no unbalanced pair at 五通桥 line 52 or 106";
  EXPECT_TRUE(FailLines(kSongjiang, "drafting.pairs.unbalanced").empty());
}

struct GoldDefect {
  std::string stem;
  int line;
  std::string kind;
  std::string text;
};

std::vector<GoldDefect> GoldDefects() {
  std::vector<GoldDefect> out;
  for (const std::string& stem : CorpusStems()) {
    std::ifstream in(GoldPath(stem));
    const nlohmann::json gold = nlohmann::json::parse(in);
    for (const auto& d : gold.at("defects")) {
      out.push_back({stem, d.at("line").get<int>(), d.at("kind").get<std::string>(),
                     d.at("text").get<std::string>()});
    }
  }
  return out;
}

// The drafting rules that find each mechanical kind of gold defect.
const std::map<std::string, std::string>& RulePrefixForKind() {
  static const std::map<std::string, std::string> map = {
      {"duplicate-punct", "drafting.punctuation.doubled"},
      {"duplicate-char", "drafting.repeat."},
      {"unbalanced-bracket", "drafting.pairs."},
      {"lost-unit-image", "drafting.unit."},
      {"numbering", "drafting.numbering."},
      {"typo", "drafting.typo."}};
  return map;
}

bool Finding(const Result& r) {
  return r.rule.starts_with("drafting.") &&
         (r.status == Status::kFail || r.status == Status::kPartial);
}

TEST(CorpusRules, MechanicalDefectRecallAndFalseFindings) {
  const std::vector<GoldDefect> gold = GoldDefects();
  int mechanical = 0, found = 0;
  std::cout << "\nGold defects of the mechanical kinds:\n";
  for (const GoldDefect& d : gold) {
    const auto prefix = RulePrefixForKind().find(d.kind);
    if (prefix == RulePrefixForKind().end()) continue;
    ++mechanical;
    bool hit = false;
    for (const Result& r : Plans().at(d.stem).report.results) {
      hit = hit || (Finding(r) && r.rule.starts_with(prefix->second) &&
                    std::abs(r.location.line - d.line) <= 1);
    }
    found += hit;
    std::cout << "  " << (hit ? "found  " : "MISSED ") << d.stem << ":" << d.line << " " << d.kind
              << " " << d.text << "\n";
  }
  const double recall = mechanical ? static_cast<double>(found) / mechanical : 0;
  std::cout << "Recall: " << found << "/" << mechanical << " = " << recall << "\n";

  // Drafting findings on lines with no gold defect at all (of any kind) are not real defects.
  std::vector<std::string> false_findings;
  for (const auto& [stem, plan] : Plans()) {
    for (const Result& r : plan.report.results) {
      if (!Finding(r)) continue;
      bool real = false;
      for (const GoldDefect& d : gold)
        real = real || (d.stem == stem && std::abs(d.line - r.location.line) <= 1);
      if (!real) {
        false_findings.push_back(stem + ":" + std::to_string(r.location.line) + ":" +
                                 std::to_string(r.location.column) + " " + r.rule + " " +
                                 r.message + " | " + r.evidence);
      }
    }
  }
  std::cout << "Drafting findings that are not gold defects: " << false_findings.size() << "\n";
  for (const std::string& f : false_findings) std::cout << "  " << f << "\n";
  EXPECT_GE(recall, 0.8);
  EXPECT_LE(false_findings.size(), 10u);
}

TEST(CorpusRules, PrintPerPlanCounts) {
  std::cout << "\nplan                                      rules  pass partial fail  n/a  score\n";
  for (const auto& [stem, plan] : Plans()) {
    const Summary& s = plan.report.summary;
    std::printf("%-42s %5d %5d %7d %4d %4d %6.1f\n", stem.c_str(), s.rules, s.pass, s.partial,
                s.fail, s.na, s.score);
    EXPECT_EQ(s.pass + s.partial + s.fail + s.na, s.rules);
    EXPECT_GT(s.rules, 0) << stem;
  }
}

}  // namespace
}  // namespace plancheck
