// The indicator-name matcher of 衔接审核 on labelled pairs drawn from the corpus plans' indicator
// names (tests/fixtures/derive/indicator-pairs.tsv): precision and recall at the threshold.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "checker/derive/name_match.h"
#include "test_paths.h"

namespace plancheck::derive {
namespace {

struct Pair {
  std::string higher, higher_unit, lower, lower_unit;
  bool same = false;
  double score = 0;
};

std::vector<Pair> ReadPairs() {
  std::ifstream in(testing::SourcePath("tests/fixtures/derive/indicator-pairs.tsv"));
  std::vector<Pair> pairs;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    Pair p;
    std::string label;
    std::getline(fields, p.higher, '\t');
    std::getline(fields, p.higher_unit, '\t');
    std::getline(fields, p.lower, '\t');
    std::getline(fields, p.lower_unit, '\t');
    std::getline(fields, label, '\t');
    EXPECT_TRUE(label == "same" || label == "different") << line;
    p.same = label == "same";
    p.score =
        MatchScore(NameSide{p.higher, p.higher_unit, ""}, NameSide{p.lower, p.lower_unit, ""});
    pairs.push_back(p);
  }
  return pairs;
}

struct Rates {
  double precision = 0, recall = 0;
};

Rates At(const std::vector<Pair>& pairs, double threshold) {
  int tp = 0, fp = 0, fn = 0;
  for (const Pair& p : pairs) {
    const bool match = p.score >= threshold;
    tp += match && p.same;
    fp += match && !p.same;
    fn += !match && p.same;
  }
  return {tp + fp ? static_cast<double>(tp) / (tp + fp) : 1.0,
          tp + fn ? static_cast<double>(tp) / (tp + fn) : 1.0};
}

TEST(DeriveNameMatch, PrecisionAndRecallOnLabelledPairs) {
  const std::vector<Pair> pairs = ReadPairs();
  ASSERT_GE(pairs.size(), 100u);
  const int same = static_cast<int>(
      std::count_if(pairs.begin(), pairs.end(), [](const Pair& p) { return p.same; }));
  EXPECT_GE(same, 40);
  EXPECT_GE(static_cast<int>(pairs.size()) - same, 40);
  // The sweep the threshold was chosen from: every distinct score as a cut point.
  std::set<double> cuts;
  for (const Pair& p : pairs) cuts.insert(p.score);
  for (const double cut : cuts) {
    const Rates r = At(pairs, cut);
    if (r.precision >= 0.9 && r.recall >= 0.9) {
      std::cout << "  cut " << cut << ": precision " << r.precision << ", recall " << r.recall
                << "\n";
    }
  }
  const Rates r = At(pairs, kMatchThreshold);
  std::cout << "threshold " << kMatchThreshold << ": precision " << r.precision << ", recall "
            << r.recall << " over " << pairs.size() << " pairs (" << same << " same)\n";
  for (const Pair& p : pairs) {
    if ((p.score >= kMatchThreshold) != p.same) {
      std::cout << "  miss: " << p.higher << " / " << p.lower << " " << p.score
                << (p.same ? " (same)" : " (different)") << "\n";
    }
  }
  EXPECT_GE(r.precision, 0.95);
  EXPECT_GE(r.recall, 0.95);
}

TEST(DeriveNameMatch, PerCapitaFormsFoldToOne) {
  EXPECT_EQ(FoldName("每万人拥有律师数"), FoldName("每万人口律师人数"));
  EXPECT_EQ(FoldName("每万人拥有律师数"), FoldName("万人律师比"));
  EXPECT_EQ(FoldName("全市每十万人拥有公证员人数"), FoldName("每万人口公证员数"));
  EXPECT_EQ(FoldName("全区专职人民调解员数"), "专职人民调解员");
}

TEST(DeriveNameMatch, UnitsThatCountDifferentThingsNeverMatch) {
  EXPECT_EQ(MatchScore(NameSide{"法律援助覆盖率", "%", ""}, NameSide{"法律援助覆盖率", "件", ""}),
            0);
  EXPECT_LT(MatchScore(NameSide{"法律援助覆盖率", "%", ""}, NameSide{"法律援助案件数", "", ""}),
            kMatchThreshold);
  EXPECT_EQ(UnitClass("名"), UnitClass("人"));
  EXPECT_EQ(UnitClass(""), "");
}

TEST(DeriveNameMatch, ASharedCategoryNudgesTheScore) {
  const double without =
      MatchScore(NameSide{"律师服务满意率", "%", ""}, NameSide{"律师满意率", "%", ""});
  const double with =
      MatchScore(NameSide{"律师服务满意率", "%", "律师"}, NameSide{"律师满意率", "%", "律师"});
  EXPECT_GT(with, without);
}

}  // namespace
}  // namespace plancheck::derive
