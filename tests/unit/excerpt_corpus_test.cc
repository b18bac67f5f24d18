// The excerpt of every character-level finding on the corpus shows the characters it is about,
// marked: issue 14 found five cut before the hit (松江 36:167, 连云港 41:338 and 79:299, 绿园
// 44:144 and 80:95).
#include <iostream>
#include <map>
#include <memory>

#include <gtest/gtest.h>

#include "checker/decode/utf8.h"
#include "checker/engine/evaluate.h"
#include "checker/formats/format.h"
#include "checker/indicators/indicator.h"
#include "checker/report/common.h"
#include "checker/report/excerpt.h"
#include "test_paths.h"

namespace plancheck {
namespace {

using testing::CorpusPath;
using testing::CorpusStems;

const std::map<std::string, report::CheckedPlan>& CheckedCorpus() {
  static const auto plans = [] {
    const auto book = LoadRulebook({});
    std::map<std::string, report::CheckedPlan> out;
    for (const std::string& stem : CorpusStems()) {
      auto doc = std::make_shared<Document>(LoadDocument(CorpusPath(stem)));
      report::CheckedPlan& plan = out[stem];
      plan.report = Evaluate(*book, *doc, ExtractIndicators(*doc));
      plan.report.document = doc.get();
      plan.document = doc;
      plan.accepted.assign(plan.report.results.size(), false);
    }
    return out;
  }();
  return plans;
}

// The characters of the plan's line at a column (code points, 1-based).
std::string AtColumn(const Document& doc, int line, int column, std::size_t bytes) {
  const Block* block = doc.BlockAtLine(line);
  if (block == nullptr) return "";
  const std::string_view raw = block->raw;
  const std::size_t from = utf8::ByteOffset(raw, static_cast<std::size_t>(column - 1));
  return std::string(raw.substr(from, bytes));
}

TEST(ExcerptCorpus, EveryCharacterFindingShowsItsHit) {
  int marked = 0;
  for (const auto& [stem, plan] : CheckedCorpus()) {
    for (const Result& r : plan.report.results) {
      if (r.hit_length == 0 || !report::IsGap(r)) continue;
      ++marked;
      const report::Excerpt e = report::ExcerptOf(r, 80);
      // The hit is what the plan has at the finding's place, and the excerpt keeps it whole.
      EXPECT_EQ(e.hit, AtColumn(*plan.document, r.location.line, r.location.column, e.hit.size()))
          << stem << " " << r.location.line << ":" << r.location.column << " " << r.rule;
      EXPECT_LE(utf8::CodePoints(e.Plain()), 82u);
    }
  }
  std::cout << "character-level findings marked on the corpus: " << marked << "\n";
  EXPECT_GE(marked, 20);
}

TEST(ExcerptCorpus, TheFiveCutBeforeAreMarkedInTheText) {
  struct Case {
    std::string stem;
    int line, column;
    std::string hit;
  };
  const std::vector<Case> cases = {
      {"shanghai-songjiang-2023-2025", 36, 167, "出时效"},
      {"jiangsu-lianyungang-2023-2025", 41, 338, "出时效"},
      {"jilin-changchun-lvyuan-2021-2025-draft", 44, 144, "优先出征"},
      {"jilin-changchun-lvyuan-2021-2025-draft", 80, 95, "提"},
      {"jiangsu-lianyungang-2023-2025", 79, 299, "。。"},
  };
  for (const Case& c : cases) {
    const report::CheckedPlan& plan = CheckedCorpus().at(c.stem);
    report::CheckRun run;
    run.plans.push_back(plan);
    const std::string text = report::RenderText(run, {});
    bool found = false;
    for (const Result& r : plan.report.results) {
      if (r.location.line != c.line || r.location.column != c.column || !report::IsGap(r)) continue;
      found = true;
      const report::Excerpt e = report::ExcerptOf(r, 80);
      EXPECT_TRUE(c.hit.starts_with(e.hit) && !e.hit.empty())
          << c.stem << " " << c.line << ":" << c.column << " hit " << e.hit;
      EXPECT_NE(text.find("【" + e.hit + "】"), std::string::npos) << c.stem << "\n" << text;
    }
    EXPECT_TRUE(found) << c.stem << " " << c.line << ":" << c.column;
  }
}

}  // namespace
}  // namespace plancheck
