// The literal matcher and the trigger matcher find exactly what one RE2::Set of the same patterns
// finds: on the bundled rules' triggers over every block of the corpus plans.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include <re2/set.h>

#include "checker/formats/format.h"
#include "checker/rulebook/literal_matcher.h"
#include "checker/rulebook/rulebook_impl.h"
#include "checker/rulebook/trigger_matcher.h"
#include "test_paths.h"

namespace plancheck {
namespace {

std::vector<int> SetMatches(const RE2::Set& set, std::string_view text) {
  std::vector<int> found;
  set.Match(text, &found);
  std::sort(found.begin(), found.end());
  return found;
}

TEST(LiteralMatcher, FindsOverlappingAndNestedWordsOnce) {
  const LiteralMatcher m({"he", "she", "his", "hers", "法律", "法律援助", "援助", "he"});
  std::vector<int> found;
  m.Match("ushers 法律援助 she", found);
  EXPECT_EQ(found, (std::vector<int>{0, 1, 3, 4, 5, 6, 7}));
  found.clear();
  m.Match("", found);
  EXPECT_TRUE(found.empty());
}

TEST(LiteralMatcher, PlainWordsOnlyAreLiterals) {
  EXPECT_EQ(PatternLiteral("法律援助"), "法律援助");
  EXPECT_EQ(PatternLiteral(R"(共\d+项)"), "");
  EXPECT_EQ(PatternLiteral(R"(\(一\))"), "(一)");
  EXPECT_EQ(PatternLiteral("a|b"), "");
  EXPECT_EQ(PatternLiteral(""), "");
}

// Every bundled trigger, matched both ways over every block of the corpus: the same entries.
TEST(TriggerMatcher, SameEntriesAsOneSetOverTheCorpus) {
  const auto book = LoadRulebook({});
  std::vector<Document> docs;
  for (const auto& e : std::filesystem::directory_iterator(testing::SourcePath("corpus"))) {
    docs.push_back(LoadDocument(e.path().string()));
  }
  ASSERT_EQ(docs.size(), 5u);
  std::size_t literals = 0, compared = 0;
  for (int v = 0; v < 2; ++v) {
    RE2::Set set(TriggerSetOptions(), RE2::UNANCHORED);
    for (const auto& [rule, trigger] : book->index.refs[v]) {
      const Trigger& t =
          book->rules[static_cast<std::size_t>(rule)].triggers[static_cast<std::size_t>(trigger)];
      ASSERT_GE(set.Add(t.pattern, nullptr), 0) << t.pattern;
      literals += PatternLiteral(t.pattern).empty() ? 0 : 1;
    }
    ASSERT_TRUE(set.Compile());
    for (const Document& doc : docs) {
      for (const Block& block : doc.blocks) {
        const std::string& text = v == 0 ? block.norm : block.text;
        std::vector<int> entries;
        book->index.matchers[v].Match(text, entries);
        ASSERT_EQ(entries, SetMatches(set, text)) << text;
        compared += entries.empty() ? 0 : 1;
      }
    }
  }
  // Most patterns are plain words, and the corpus fires many of them.
  EXPECT_GT(literals * 2, book->index.refs[0].size() + book->index.refs[1].size());
  EXPECT_GT(compared, 250u);  // 330 blocks with a match today: the comparison is not vacuous
}

}  // namespace
}  // namespace plancheck
