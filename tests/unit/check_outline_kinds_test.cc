// section, order and reference: headings from the outline, bodies, 《》 citations.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check_test_support.h"

namespace plancheck {
namespace {

using ::testing::HasSubstr;
using testing::OneRule;
using testing::RunOn;

const char* const kSafeguards = R"(  - id: t.section.safeguards
    kind: section
    level: warning
    basis: t
    heading: [保障措施, 组织保障]
    min_body: 10
    tests: {pass: ["一、保障措施\n加强组织领导，落实经费保障。"], fail: [无]}
)";

TEST(SectionCheck, HeadingWithBodyPasses) {
  const auto results =
      RunOn(*OneRule(kSafeguards),
            "一、主要任务\n推进建设。\n二、保障措施\n加强组织领导，落实经费保障，强化督查考核。");
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0].status, Status::kPass);
  EXPECT_EQ(results[0].location.line, 3);
  EXPECT_EQ(results[0].location.column, 1);
  EXPECT_THAT(results[0].message, HasSubstr("保障措施"));
}

TEST(SectionCheck, RunInHeadingBodyCounts) {
  EXPECT_EQ(Worst(RunOn(*OneRule(kSafeguards),
                        "（五）组织保障。加强组织领导，健全工作机制，落实经费保障。")),
            Status::kPass);
}

TEST(SectionCheck, ShortBodyOrWordsOnlyInTextArePartial) {
  const auto book = OneRule(kSafeguards);
  EXPECT_EQ(Worst(RunOn(*book, "一、主要任务\n推进建设。\n二、保障措施\n见附件。")),
            Status::kPartial);
  const auto body = RunOn(*book, "一、主要任务\n推进建设，完善保障措施。");
  EXPECT_EQ(Worst(body), Status::kPartial);
  EXPECT_EQ(body[0].location.line, 2);
  EXPECT_EQ(Worst(RunOn(*book, "一、主要任务\n推进建设。")), Status::kFail);
}

TEST(SectionCheck, AtLevelRestrictsTheHeadingLevel) {
  const auto book = OneRule(R"(  - id: t.section.ideology
    kind: section
    level: warning
    basis: t
    heading: [指导思想]
    at_level: 2
    tests: {pass: ["一、总体要求\n（一）指导思想\n内容"], fail: [无]}
)");
  EXPECT_EQ(Worst(RunOn(*book, "一、总体要求\n（一）指导思想\n坚持党的领导。")), Status::kPass);
  EXPECT_EQ(Worst(RunOn(*book, "一、指导思想\n坚持党的领导。")), Status::kPartial);
}

const char* const kOrder = R"(  - id: t.order.outline
    kind: order
    level: info
    basis: t
    sequence: [[总体要求, 指导思想], [主要任务, 重点任务], [保障措施]]
    tests: {pass: ["一、总体要求\n内容"], fail: [无]}
)";

TEST(OrderCheck, SectionsThatExistMustBeInOrder) {
  const auto book = OneRule(kOrder);
  EXPECT_EQ(Worst(RunOn(*book, "一、总体要求\n内容。\n二、重点任务\n内容。\n三、保障措施\n内容。")),
            Status::kPass);
  EXPECT_EQ(Worst(RunOn(*book, "一、总体要求\n内容。\n二、保障措施\n内容。")), Status::kPass);
  const auto results =
      RunOn(*book, "一、总体要求\n内容。\n二、保障措施\n内容。\n三、主要任务\n内容。");
  ASSERT_EQ(Worst(results), Status::kFail);
  EXPECT_EQ(results[0].location.line, 3);
  EXPECT_THAT(results[0].message, HasSubstr("“保障措施”应在“主要任务”之后"));
}

const char* const kReference = R"(  - id: t.reference.law
    kind: reference
    level: info
    basis: t
    documents: [法律援助法]
    tests: {pass: ["《法律援助法》"], fail: [无]}
)";

TEST(ReferenceCheck, CitedNamedOrAbsent) {
  const auto book = OneRule(kReference);
  const auto cited = RunOn(*book, "贯彻实施《中华人民共和国法律援助法》。");
  EXPECT_EQ(Worst(cited), Status::kPass);
  EXPECT_EQ(cited[0].location.column, 5);
  EXPECT_EQ(Worst(RunOn(*book, "贯彻实施法律援助法。")), Status::kPartial);
  EXPECT_EQ(Worst(RunOn(*book, "贯彻实施《民法典》。")), Status::kFail);
}

}  // namespace
}  // namespace plancheck
