// Section roles: what each part of a plan is for, in the four outline families and their variants.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "checker/document/builders.h"
#include "checker/document/document.h"
#include "checker/document/section_roles.h"
#include "checker/formats/format.h"
#include "test_paths.h"

namespace plancheck {
namespace {

// "title=role" for each heading.
std::vector<std::string> Roles(const Document& doc) {
  std::vector<std::string> out;
  for (const Heading& h : doc.outline.headings) {
    out.push_back(h.title + "=" + std::string(RoleName(h.role)));
  }
  return out;
}

Document Parse(const std::string& text) { return ParseText("plan.txt", text, "UTF-8"); }

std::string RoleAtLine(const Document& doc, int line) {
  for (const Block& b : doc.blocks) {
    if (b.line == line) return std::string(RoleName(doc.outline.RoleOf(b.heading)));
  }
  return "?";
}

TEST(SectionRoles, FamilyAWithAnnex) {
  const Document doc = LoadDocument(testing::SourcePath("corpus/shanghai-songjiang-2023-2025.txt"));
  const std::vector<std::string> roles = Roles(doc);
  EXPECT_EQ(roles.front(), "规划背景=background");
  EXPECT_EQ(RoleAtLine(doc, 8), "background");  // 发展基础: past achievements
  EXPECT_EQ(RoleAtLine(doc, 19), "guidance");   // 指导思想
  EXPECT_EQ(RoleAtLine(doc, 28), "goals");      // 主要目标
  EXPECT_EQ(RoleAtLine(doc, 36), "tasks");  // 三、坚定…正确方向: a task area by position
  EXPECT_EQ(RoleAtLine(doc, 66), "safeguards");  // 十、加强规划实施保障
  EXPECT_EQ(RoleAtLine(doc, 80), "annex");       // the indicator table
}

TEST(SectionRoles, FamilyBChaptersSectionsAndBoxes) {
  const Document doc =
      LoadDocument(testing::SourcePath("corpus/sichuan-leshan-wutongqiao-2021-2025.txt"));
  EXPECT_EQ(RoleAtLine(doc, 21), "background");   // 第一节 发展基础
  EXPECT_EQ(RoleAtLine(doc, 40), "guidance");     // 第一节 指导思想
  EXPECT_EQ(RoleAtLine(doc, 52), "goals");        // 第三节 主要目标
  EXPECT_EQ(RoleAtLine(doc, 60), "annex");        // 表1 主要发展指标
  EXPECT_EQ(RoleAtLine(doc, 164), "tasks");       // 第三章 完善…基础设施建设
  EXPECT_EQ(RoleAtLine(doc, 195), "annex");       // 专栏1
  EXPECT_EQ(RoleAtLine(doc, 311), "safeguards");  // 第六章 健全实施保障
}

TEST(SectionRoles, FamilyCTaskAreasFollowTheGeneralRequirements) {
  const Document doc = LoadDocument(testing::SourcePath("corpus/shanghai-putuo-2020-2022.txt"));
  EXPECT_EQ(RoleAtLine(doc, 9), "guidance");
  EXPECT_EQ(RoleAtLine(doc, 25), "tasks");       // 二、推进公共法律服务均衡发展…
  EXPECT_EQ(RoleAtLine(doc, 59), "safeguards");  // 六、加大保障力度,落实保障措施
  EXPECT_EQ(RoleAtLine(doc, 67), "safeguards");  // 七、强化政治引领，明确任务分工
}

TEST(SectionRoles, WordsInsideAPartDoNotMakeANewPart) {
  const Document doc = Parse(
      "一、总体要求\n（一）指导思想\n以习近平…为指导。\n（二）基本原则\n1.坚持统筹推进\n原则。\n"
      "（三）主要目标\n到2030年…\n二、主要任务\n（一）加强组织领导下的法律援助\n任务。\n"
      "三、保障措施\n（一）加强经费保障\n经费。\n");
  const std::vector<std::string> want = {"总体要求=guidance",
                                         "指导思想=guidance",
                                         "基本原则=guidance",
                                         "坚持统筹推进=guidance",
                                         "主要目标=goals",
                                         "主要任务=tasks",
                                         "加强组织领导下的法律援助=tasks",
                                         "保障措施=safeguards",
                                         "加强经费保障=safeguards"};
  EXPECT_EQ(Roles(doc), want);
}

TEST(SectionRoles, CommonVariantsOfEachPart) {
  const Document doc = Parse(
      "第一章 发展现状与面临形势\n现状。\n第二章 “十三五”时期工作回顾\n回顾。\n"
      "第三章 总体思路\n思路。\n第四章 发展目标和主要指标\n目标。\n第五章 重点任务\n任务。\n"
      "第六章 推进法律援助提质增效\n任务。\n第七章 组织实施\n实施。\n附件\n表。\n");
  const std::vector<std::string> want = {"发展现状与面临形势=background",
                                         "“十三五”时期工作回顾=background",
                                         "总体思路=guidance",
                                         "发展目标和主要指标=goals",
                                         "重点任务=tasks",
                                         "推进法律援助提质增效=tasks",
                                         "组织实施=safeguards",
                                         "=annex"};
  EXPECT_EQ(Roles(doc), want);
}

TEST(SectionRoles, APlanWithNoRecognisedPartsLeavesRolesUnknown) {
  const Document doc = Parse("一、法律援助\n内容。\n二、人民调解\n内容。\n");
  EXPECT_EQ(Roles(doc), (std::vector<std::string>{"法律援助=", "人民调解="}));
  EXPECT_EQ(RoleAtLine(doc, 2), "");
}

}  // namespace
}  // namespace plancheck
