// forbid, substitution and topic: one result per hit, positions in code points, the raw view for
// width and punctuation, exceptions, scopes.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "check_test_support.h"
#include "checker/rulebook/rule_error.h"

namespace plancheck {
namespace {

using testing::Failures;
using ::testing::HasSubstr;
using testing::OneRule;
using testing::RunOn;

const char* const kDoubled = R"(  - id: t.forbid.doubled
    kind: forbid
    level: warning
    basis: GB/T 15834
    raw: true
    patterns: ["[。，、；：]{2,}"]
    except: ["。{3,}"]
    tests: {pass: [好。], fail: [好。。]}
)";

TEST(ForbidCheck, OneFailPerHitWithCodePointColumnAndSentence) {
  const auto book = OneRule(kDoubled);
  const auto results = RunOn(*book, "第一句。第二句，，第三句。。\n没有问题。\n好。。。");
  const auto fails = Failures(results);
  ASSERT_EQ(fails.size(), 2u);
  EXPECT_EQ(fails[0].location.line, 1);
  EXPECT_EQ(fails[0].location.column, 8);  // 第一句。第二句 = 7 code points
  EXPECT_EQ(fails[0].evidence, "第二句，，第三句。");
  EXPECT_THAT(fails[0].message, HasSubstr("，，"));
  EXPECT_EQ(fails[1].location.column, 13);
  EXPECT_EQ(fails[1].level, Severity::kWarning);
  EXPECT_EQ(fails[1].basis, "GB/T 15834");
}

TEST(ForbidCheck, OnePassWhenNothingIsFound) {
  const auto results = RunOn(*OneRule(kDoubled), "一切正常。");
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0].status, Status::kPass);
}

TEST(ForbidCheck, RawViewSeesWidthThatNfkcHides) {
  const auto book = OneRule(R"(  - id: t.forbid.halfwidth
    kind: forbid
    level: warning
    basis: t
    raw: true
    patterns: ["\\p{Han},\\p{Han}"]
    tests: {pass: ["资源，实现"], fail: ["资源,实现"]}
)");
  EXPECT_EQ(Failures(RunOn(*book, "资源，实现")).size(), 0u);  // NFKC would make this ","
  EXPECT_EQ(Failures(RunOn(*book, "资源,实现")).size(), 1u);
}

TEST(ForbidCheck, NormViewMatchesFullWidthDigits) {
  const auto book = OneRule(R"(  - id: t.forbid.year
    kind: forbid
    level: info
    basis: t
    patterns: ["2035年"]
    tests: {pass: ["2025年"], fail: ["２０３５年"]}
)");
  const auto fails = Failures(RunOn(*book, "远景目标到２０３５年"));
  ASSERT_EQ(fails.size(), 1u);
  EXPECT_EQ(fails[0].location.column, 6);
}

const char* const kSubstitution = R"(  - id: t.substitution.notary
    kind: substitution
    level: warning
    basis: t
    pairs:
      - {wrong: 公正处, right: 公证处, except: [公正处理]}
      - {wrong: 出时效, right: 出实效, except: [超出时效]}
    tests: {pass: [公证处], fail: [公正处]}
)";

TEST(SubstitutionCheck, EachHitFailsWithTheFix) {
  auto fails = Failures(RunOn(*OneRule(kSubstitution), "松江公正处见真章、出时效，公正处负责。"));
  std::sort(fails.begin(), fails.end(),
            [](const Result& a, const Result& b) { return a.location.column < b.location.column; });
  ASSERT_EQ(fails.size(), 3u);
  EXPECT_EQ(fails[0].fix, "公证处");
  EXPECT_EQ(fails[0].location.column, 3);
  EXPECT_EQ(fails[1].fix, "出实效");
  EXPECT_EQ(fails[1].location.column, 10);
  EXPECT_THAT(fails[1].message, HasSubstr("“出时效”应为“出实效”"));
  EXPECT_EQ(fails[2].location.column, 14);
}

TEST(SubstitutionCheck, ExceptionsInsideLongerWordsAreNotHits) {
  EXPECT_EQ(Failures(RunOn(*OneRule(kSubstitution), "依法公正处理，超出时效的不予受理。")).size(),
            0u);
}

TEST(SubstitutionCheck, DuplicateWrongFormIsALoadError) {
  EXPECT_THROW(OneRule(R"(  - id: t.substitution.dup
    kind: substitution
    level: info
    basis: t
    pairs: [{wrong: 公正处, right: 公证处}, {wrong: 公正处, right: 公证处}]
    tests: {pass: [公证处], fail: [公正处]}
)"),
               RuleError);
}

const char* const kTopic = R"(  - id: t.topic.hotline
    kind: topic
    level: info
    basis: t
    patterns: ["12348"]
    min: 2
    tests: {pass: ["12348 12348"], fail: [热线]}
)";

TEST(TopicCheck, PassPartialFailByMentions) {
  const auto book = OneRule(kTopic);
  EXPECT_EQ(Worst(RunOn(*book, "开通12348热线。\n12348平台上线。")), Status::kPass);
  const auto partial = RunOn(*book, "开通１２３４８热线。");
  EXPECT_EQ(Worst(partial), Status::kPartial);
  EXPECT_THAT(partial[0].message, HasSubstr("1 次"));
  EXPECT_EQ(partial[0].location.column, 3);
  EXPECT_EQ(Worst(RunOn(*book, "开通法律服务热线。")), Status::kFail);
}

TEST(TopicCheck, WhenDoesNotHoldTheRuleIsNotApplicable) {
  const auto book = OneRule(R"(  - id: t.topic.pufa
    kind: topic
    level: info
    basis: t
    patterns: ["八五”?普法"]
    when: {period: {overlaps: [2021, 2025]}}
    tests: {pass: [{text: "八五普法", metadata: {period: [2021, 2025]}}], fail: [{text: "普法", metadata: {period: [2021, 2025]}}]}
)");
  const auto results = RunOn(*book, "普法。", 2016, 2020);
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0].status, Status::kNa);
  EXPECT_THAT(results[0].message, HasSubstr("规划期 2016—2020 不与 2021—2025 重叠"));
  EXPECT_EQ(Worst(RunOn(*book, "深入实施“八五”普法规划。", 2021, 2025)), Status::kPass);
}

}  // namespace
}  // namespace plancheck
