// What a check prints for people to act on (issue 14): the hit marked in every human format,
// repeated findings folded, --concise, --min-level, places in words, ignores and baseline fixes.
#include <gtest/gtest.h>

#include "checker/decode/utf8.h"
#include "checker/report/common.h"
#include "checker/report/excerpt.h"
#include "checker/report/finding_order.h"
#include "report_test_support.h"

namespace plancheck::report {
namespace {

using testing::MakeResult;
using testing::SampleRun;

// A doubled full stop found by the engine at byte 30 of its sentence.
Result DoubledStop(int line) {
  Result r = MakeResult("drafting.punctuation.doubled", Status::kFail, Severity::kWarning, line, 11,
                        "七、保障措施", "标点符号重复：“。。”", "不断增强仲裁工作活力。。");
  r.hit_at = std::string("不断增强仲裁工作活力").size();
  r.hit_length = std::string("。。").size();
  return r;
}

CheckRun RunWith(std::vector<Result> results) {
  CheckRun run = SampleRun();
  run.plans.resize(1);
  run.plans[0] = testing::MakePlan("corpus/songjiang.txt", "txt", std::move(results));
  return run;
}

TEST(Excerpt, CentredOnTheHitAndNeverCutBeforeIt) {
  Result r;
  // 200 characters, the hit near the end: a cut from the start (the old Truncate) loses it.
  std::string text;
  for (int i = 0; i < 190; ++i) text += "字";
  r.evidence = text + "公正处办理。";
  r.hit_at = text.size();
  r.hit_length = std::string("公正处").size();
  const Excerpt e = ExcerptOf(r, 40);
  EXPECT_EQ(e.hit, "公正处");
  EXPECT_TRUE(e.before.starts_with("…")) << e.before;
  EXPECT_EQ(e.after, "办理。");
  EXPECT_EQ(utf8::CodePoints(e.Plain()), 41u);  // 40 and the leading …
  // No hit known: the start, cut as before.
  r.hit_at = std::string::npos;
  EXPECT_EQ(ExcerptOf(r, 5).Plain(), "字字字字字…");
}

TEST(Excerpt, MarkedInTextMarkdownAndHtml) {
  const CheckRun run = RunWith({DoubledStop(79)});
  EXPECT_NE(RenderText(run, {}).find("原文：不断增强仲裁工作活力【。。】"), std::string::npos)
      << RenderText(run, {});
  // Punctuation next to CJK is no emphasis to CommonMark: marked 【】 there, ** otherwise.
  EXPECT_NE(RenderMarkdown(run, {}).find("不断增强仲裁工作活力【。。】"), std::string::npos);
  EXPECT_NE(RenderHtml(run, {}).find("不断增强仲裁工作活力<mark>。。</mark>"), std::string::npos);
  RenderOptions colour;
  colour.colour = true;
  EXPECT_NE(RenderText(run, colour).find("\033[1;4;33m。。\033[0m"), std::string::npos);
  Result typo = MakeResult("drafting.typo.gongzheng", Status::kFail, Severity::kError, 10, 3, "",
                           "用字有误", "到公正处办理。");
  typo.hit_at = std::string("到").size();
  typo.hit_length = std::string("公正处").size();
  EXPECT_NE(RenderMarkdown(RunWith({typo}), {}).find("到**公正处**办理。"), std::string::npos)
      << RenderMarkdown(RunWith({typo}), {});
}

TEST(ReportText, RepeatedFindingsFoldedWithTheirLines) {
  std::vector<Result> hits;
  for (const int line : {79, 85, 90, 101, 120}) hits.push_back(DoubledStop(line));
  const std::string text = RenderText(RunWith(hits), {});
  EXPECT_NE(text.find("✗ 79:11"), std::string::npos) << text;
  EXPECT_NE(text.find("✗ 90:11"), std::string::npos) << text;
  EXPECT_EQ(text.find("✗ 101:11"), std::string::npos) << text;
  EXPECT_NE(text.find("另有 2 处同类问题（第101、120行）"), std::string::npos) << text;
  EXPECT_EQ(text.find("依据："), text.rfind("依据：")) << "the basis once per rule\n" << text;
  RenderOptions en;
  en.lang = Lang::kEn;
  EXPECT_NE(RenderText(RunWith(hits), en).find("2 more like this (lines 101, 120)"),
            std::string::npos);
}

TEST(ReportText, ConciseOneLinePerFindingMostImportantFirst) {
  RenderOptions options;
  options.concise = true;
  const std::string text = RenderText(SampleRun(), options);
  EXPECT_EQ(text,
            "corpus/songjiang.txt 错误 缺少“主要目标”章节 [national.section.targets]\n"
            "corpus/songjiang.txt:57:3 错误 提及值班律师，但未设定覆盖率目标 "
            "[national.indicator.duty-lawyer-coverage]\n"
            "corpus/songjiang.txt:79:12 警告 标点符号重复：“。。” [drafting.punctuation.doubled]\n"
            "drafts/b.docx:12:5 警告 标点符号重复：“，，” [drafting.punctuation.doubled]\n");
}

TEST(ReportText, MinLevelListsFewerAndSaysSo) {
  RenderOptions options;
  options.min_level = Severity::kError;
  const std::string text = RenderText(SampleRun(), options);
  EXPECT_EQ(text.find("标点符号重复"), std::string::npos) << text;
  EXPECT_NE(text.find("低于“错误”的 1 项未列出"), std::string::npos) << text;
  // The head block still counts everything.
  EXPECT_NE(text.find("必须修改 2 项 · 建议修改 1 项"), std::string::npos) << text;
}

TEST(FindingOrder, PlacesInWords) {
  Result r;
  EXPECT_EQ(PlaceText(r, Lang::kZh), "全文");
  r.location.line = 3;
  EXPECT_EQ(PlaceText(r, Lang::kZh), "正文开头");
  EXPECT_EQ(PlaceText(r, Lang::kEn), "before the first heading");
  r.location.section = "二、总体要求";
  EXPECT_EQ(PlaceText(r, Lang::kZh), "二、总体要求");
  const CheckRun run = RunWith({r});
  EXPECT_EQ(FindingsByLevel(run.plans[0], {}).size(), 0u) << "n/a is no gap";
}

TEST(ReportText, IgnoredCountedAndListedOnRequest) {
  CheckRun run = SampleRun();
  CheckedPlan& plan = run.plans[0];
  auto doc = std::make_shared<Document>(*plan.document);
  IgnoreDirective d;
  d.rule = "drafting.punctuation.doubled";
  d.reason = "引文原样";
  d.line = 78;
  doc->ignores.push_back(d);
  plan.document = doc;
  plan.ignored.push_back({plan.report.results[0], 0});
  plan.report.results.erase(plan.report.results.begin());
  plan.accepted.pop_back();
  EXPECT_NE(RenderText(run, {}).find("规划内标记忽略 1 项"), std::string::npos);
  EXPECT_EQ(RenderText(run, {}).find("引文原样"), std::string::npos);
  RenderOptions listed;
  listed.report_ignored = true;
  const std::string text = RenderText(run, listed);
  EXPECT_NE(text.find("已忽略（规划内的忽略标记）"), std::string::npos) << text;
  EXPECT_NE(text.find("第78行 plancheck-disable drafting.punctuation.doubled · 引文原样"),
            std::string::npos)
      << text;
}

TEST(ReportText, FixedSinceTheBaseline) {
  CheckRun run = SampleRun();
  run.plans[0].baseline_used = true;
  run.plans[0].fixed = 2;
  EXPECT_NE(RenderText(run, {}).find("基线以来已修复 2 项"), std::string::npos);
}

}  // namespace
}  // namespace plancheck::report
