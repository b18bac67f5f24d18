// In-plan ignores of .txt/.md (issue 14): the comment markers are read, cover the next paragraph
// (or the plan), drop the findings they cover and count them; a marker without a reason, or
// naming no rule, is itself reported.
#include <gtest/gtest.h>

#include "checker/cli/config.h"
#include "checker/cli/inline_ignores.h"
#include "checker/engine/evaluate.h"
#include "checker/formats/format.h"
#include "checker/formats/text/ignore_comments.h"
#include "checker/indicators/indicator.h"
#include "checker/report/common.h"
#include "test_paths.h"

namespace plancheck {
namespace {

using testing::SourcePath;

report::CheckedPlan Check(const std::string& fixture) {
  static const auto book = LoadRulebook({});
  auto doc =
      std::make_shared<Document>(LoadDocument(SourcePath("tests/fixtures/ignores/" + fixture)));
  report::CheckedPlan plan;
  plan.report = Evaluate(*book, *doc, ExtractIndicators(*doc));
  plan.report.document = doc.get();
  plan.document = doc;
  cli::ApplyInlineIgnores(plan, ListRules(*book), report::Lang::kZh);
  plan.accepted.assign(plan.report.results.size(), false);
  return plan;
}

int Gaps(const report::CheckedPlan& plan, const std::string& rule) {
  int n = 0;
  for (const Result& r : plan.report.results) n += r.rule == rule && report::IsGap(r) ? 1 : 0;
  return n;
}

TEST(IgnoreComments, ReadAndBlanked) {
  std::string text =
      "一、总则\n<!-- plancheck-disable a.b,c 理由 在此 -->\n第一段\n第一段续\n\n第二段\n";
  const std::vector<WrittenIgnore> found = TakeIgnoreComments(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].directive.rule, "a.b");
  EXPECT_EQ(found[1].directive.rule, "c");
  EXPECT_EQ(found[0].directive.reason, "理由 在此");
  EXPECT_EQ(found[0].directive.line, 2);
  EXPECT_EQ(found[0].first_line, 3);
  EXPECT_EQ(found[0].last_line, 4);  // the paragraph runs to the blank line
  EXPECT_EQ(text.find("plancheck"), std::string::npos) << "the marker is no plan text";
  // Blanked with spaces: every line keeps its number and every other byte its offset.
  const std::string marker = "<!-- plancheck-disable a.b,c 理由 在此 -->";
  EXPECT_EQ(text,
            "一、总则\n" + std::string(marker.size(), ' ') + "\n第一段\n第一段续\n\n第二段\n");
  std::string file_wide = "<!-- plancheck-disable-file drafting -->\n正文\n";
  const auto whole = TakeIgnoreComments(file_wide);
  ASSERT_EQ(whole.size(), 1u);
  EXPECT_TRUE(whole[0].whole_file);
  EXPECT_EQ(whole[0].directive.reason, "");
  std::string other = "<!-- 普通注释 -->\n正文\n";
  EXPECT_TRUE(TakeIgnoreComments(other).empty());
}

TEST(InlineIgnores, MarkersOnRealLinesDropTheirFindings) {
  const report::CheckedPlan plain = Check("lianyungang-plain.txt");
  ASSERT_EQ(Gaps(plain, "drafting.typo.confusables"), 1);
  ASSERT_EQ(Gaps(plain, "drafting.punctuation.doubled"), 1);
  EXPECT_TRUE(plain.ignored.empty());

  const report::CheckedPlan marked = Check("lianyungang-markers.txt");
  EXPECT_EQ(Gaps(marked, "drafting.typo.confusables"), 0);
  EXPECT_EQ(Gaps(marked, "drafting.punctuation.doubled"), 0);
  ASSERT_EQ(marked.ignored.size(), 2u);
  const IgnoreDirective& first = marked.document->ignores.at(marked.ignored[0].directive);
  EXPECT_EQ(first.reason, "引用上级文件原句，不改");
  // The marker without a reason and the one naming no rule are reported, as info.
  std::vector<std::string> notes;
  for (const Result& r : marked.report.results) {
    if (r.rule != cli::kIgnoreMarkerRule) continue;
    EXPECT_EQ(r.level, Severity::kInfo);
    notes.push_back(r.message);
  }
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_NE(notes[0].find("未写理由"), std::string::npos) << notes[0];
  EXPECT_NE(notes[1].find("drafting.punctuaton.doubled"), std::string::npos) << notes[1];
  EXPECT_NE(notes[1].find("是否为 drafting.punctuation.doubled"), std::string::npos) << notes[1];
  // The findings the markers took are no longer in the score's count.
  EXPECT_EQ(marked.report.summary.rules + 2, plain.report.summary.rules);
}

TEST(InlineIgnores, FileWideMarkerByPackId) {
  const report::CheckedPlan plan = Check("lianyungang-file-wide.md");
  for (const Result& r : plan.report.results) {
    EXPECT_FALSE(r.rule.starts_with("drafting.") && report::IsGap(r)) << r.rule;
  }
  EXPECT_GE(plan.ignored.size(), 2u);
}

TEST(ConfigPatterns, PackIdsAndSelect) {
  EXPECT_TRUE(cli::PatternNamesRule("drafting", "drafting.typo.confusables"));
  EXPECT_FALSE(cli::PatternNamesRule("draft", "drafting.typo.confusables"));
  EXPECT_TRUE(cli::PatternNamesRule("drafting.typo.*", "drafting.typo.confusables"));
  const cli::Config config = cli::ParseConfig("select: [national]\ndisable: [national.topic.*]\n",
                                              "c.yaml", report::Lang::kZh);
  std::vector<RuleInfo> rules(3);
  rules[0].id = "national.section.goals";
  rules[1].id = "national.topic.hotline";
  rules[2].id = "drafting.typo.x";
  cli::ApplySettings(config.settings, rules, report::Lang::kZh);
  ASSERT_EQ(rules.size(), 1u);
  EXPECT_EQ(rules[0].id, "national.section.goals");
  try {
    cli::ParseConfig("disabel: [x]\n", "c.yaml", report::Lang::kZh);
    FAIL() << "an unknown key";
  } catch (const std::exception& e) {
    EXPECT_NE(std::string(e.what()).find("是否为 disable"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace plancheck
