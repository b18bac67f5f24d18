#include <gtest/gtest.h>

#include "checker/report/common.h"
#include "report_test_support.h"

namespace plancheck::report {
namespace {

using testing::SampleRun;

TEST(ReportText, ByDocumentThenLevelThenPlace) {
  const std::string text = RenderText(SampleRun(), RenderOptions{});
  const auto at = [&](const std::string& s) {
    const std::size_t pos = text.find(s);
    EXPECT_NE(pos, std::string::npos) << s << "\n" << text;
    return pos;
  };
  // The head block, then errors (the whole-document one before line 57), then the warning.
  EXPECT_LT(at("corpus/songjiang.txt"), at("必须修改 2 项 · 建议修改 1 项 · 供参考 0 项"));
  EXPECT_LT(at("必须修改 2 项"), at("✗ 全文 错误 缺少“主要目标”章节"));
  EXPECT_LT(at("缺少“主要目标”章节"), at("◐ 57:3 错误（部分）"));
  EXPECT_LT(at("◐ 57:3"), at("✗ 79:12 警告 标点符号重复"));
  EXPECT_LT(at("✗ 79:12"), at("drafts/b.docx"));
  // The section after the finding; no 【全文】 heading any more.
  EXPECT_NE(text.find("[drafting.punctuation.doubled] · 七、保障措施"), std::string::npos) << text;
  EXPECT_EQ(text.find("【全文】"), std::string::npos) << text;
  EXPECT_NE(text.find("依据：《全国公共法律服务体系建设规划（2021—2025年）》"), std::string::npos);
  EXPECT_NE(text.find("建议：补充相应内容。"), std::string::npos);
  EXPECT_NE(text.find("原文：不断增强仲裁工作活力。。"), std::string::npos);
  // A .docx location is a paragraph number.
  EXPECT_NE(text.find("✗ ¶12 警告"), std::string::npos) << text;
  // Passes and n/a are counted but not listed.
  EXPECT_EQ(text.find("national.topic.hotline-12348"), std::string::npos);
  EXPECT_NE(
      text.find("5 条规则：1 通过，2 未通过，1 部分，1 不适用 · 有差距：错误 2，警告 1，提示 0 · "
                "问题：错误 2 处，警告 1 处，提示 0 处 · 得分 27.8"),
      std::string::npos)
      << text;
  EXPECT_EQ(text.find("\033["), std::string::npos) << "no colour unless asked";
}

TEST(ReportText, ErrorsBeforeWarningsWhateverTheirPlace) {
  CheckRun run = SampleRun();
  Result early_warning = run.plans[0].report.results[0];
  early_warning.location = {3, 1, "一、指导思想"};
  early_warning.evidence = "坚持以人民为中心。。";
  run.plans[0].report.results.push_back(early_warning);
  run.plans[0].accepted.push_back(false);
  const std::string text = RenderText(run, RenderOptions{});
  // The warning at line 3 comes after the error at line 57, and the rule's two hits are together.
  EXPECT_LT(text.find("◐ 57:3"), text.find("✗ 3:1 警告")) << text;
  EXPECT_LT(text.find("✗ 3:1 警告"), text.find("✗ 79:12 警告")) << text;
  // The basis and suggestion once for the rule's two findings (and once for each other rule).
  const std::string first = text.substr(0, text.find("drafts/b.docx"));
  std::size_t bases = 0;
  for (std::size_t p = first.find("依据："); p != std::string::npos;
       p = first.find("依据：", p + 1)) {
    ++bases;
  }
  EXPECT_EQ(bases, 3u) << text;
}

TEST(ReportText, ShowPassedColourAndEnglish) {
  RenderOptions options;
  options.show_passed = true;
  options.colour = true;
  options.lang = Lang::kEn;
  const std::string text = RenderText(SampleRun(), options);
  EXPECT_NE(text.find("national.topic.hotline-12348"), std::string::npos);
  // Colour by level: the error red, the warning yellow.
  EXPECT_NE(text.find("\033[31m✗\033[0m whole document \033[31merror\033[0m"), std::string::npos)
      << text;
  EXPECT_NE(text.find("\033[33m✗\033[0m 79:12"), std::string::npos) << text;
  EXPECT_NE(text.find("5 rules: 1 pass, 2 fail, 1 partial, 1 n/a · failing: 2 error, 1 warning, "
                      "0 info · findings: 2 error, 1 warning, 0 info · score 27.8"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("must fix 2 · should fix 1 · for reference 0"), std::string::npos) << text;
  EXPECT_NE(text.find("2 plans, 4 gaps"), std::string::npos) << text;
}

TEST(ReportText, BaselineAcceptedGapsAreCountedNotListed) {
  CheckRun run = SampleRun();
  run.plans[0].baseline_used = true;
  run.plans[0].accepted[0] = true;  // the doubled punctuation
  const std::string text = RenderText(run, RenderOptions{});
  EXPECT_EQ(text.find("不断增强仲裁工作活力"), std::string::npos);
  EXPECT_NE(text.find("基线已接受 1 项"), std::string::npos) << text;
  EXPECT_FALSE(IsFailing(run.plans[0], 0, FailOn::kInfo));
  EXPECT_TRUE(IsFailing(run.plans[0], 1, FailOn::kError));
}

TEST(ReportCommon, FailOnLevels) {
  EXPECT_TRUE(AtOrAbove(Severity::kError, FailOn::kError));
  EXPECT_FALSE(AtOrAbove(Severity::kWarning, FailOn::kError));
  EXPECT_TRUE(AtOrAbove(Severity::kWarning, FailOn::kWarning));
  EXPECT_FALSE(AtOrAbove(Severity::kInfo, FailOn::kWarning));
  EXPECT_TRUE(AtOrAbove(Severity::kInfo, FailOn::kInfo));
  EXPECT_FALSE(AtOrAbove(Severity::kError, FailOn::kNever));
  const CheckRun run = SampleRun();
  EXPECT_TRUE(AnyFailing(run, FailOn::kError));  // the partial duty-lawyer result is an error
  EXPECT_FALSE(AnyFailing(run, FailOn::kNever));
}

TEST(ReportCommon, SummaryCountsEachRuleOnceByItsWorstResult) {
  std::vector<Result> results = SampleRun().plans[0].report.results;
  Result second_hit = results[0];
  second_hit.status = Status::kPass;
  results.push_back(second_hit);
  const Summary s = Summarise(results);
  EXPECT_EQ(s.rules, 5);
  EXPECT_EQ(s.fail, 2);
  EXPECT_EQ(s.partial, 1);
  EXPECT_EQ(s.pass, 1);
  EXPECT_EQ(s.na, 1);
  // Weighted by level: the info pass (1) and the error partial (3 × ½) of 2 + 3 + 3 + 1.
  EXPECT_DOUBLE_EQ(s.score, 100.0 * 2.5 / 9);
}

TEST(ReportCommon, EvidenceHashIgnoresWhitespaceOnly) {
  Result a;
  a.evidence = "推进 法治\u3000建设。";
  Result b;
  b.evidence = "推进法治建设。";
  Result c;
  c.evidence = "推进法治建设，";
  EXPECT_EQ(EvidenceHash(a), EvidenceHash(b));
  EXPECT_NE(EvidenceHash(b), EvidenceHash(c));
  EXPECT_EQ(EvidenceHash(b).size(), 16u);
}

TEST(ReportCommon, NumbersAndTargets) {
  EXPECT_EQ(FormatNumber(100), "100");
  EXPECT_EQ(FormatNumber(0.15), "0.15");
  EXPECT_EQ(FormatNumber(18.75), "18.75");
  Indicator i;
  i.op = ">=";
  i.value = 90;
  i.unit = "%";
  EXPECT_EQ(FormatTarget(i), "≥90%");
  i.op = "range";
  i.value = 1;
  i.value_max = 2;
  i.unit = "家";
  EXPECT_EQ(FormatTarget(i), "1–2家");
  EXPECT_EQ(Truncate("一二三四五", 3), "一二三…");
  EXPECT_EQ(CsvField("=1+1"), "'=1+1");
  EXPECT_EQ(CsvField("a,\"b\""), "\"a,\"\"b\"\"\"");
  EXPECT_EQ(UriEncode("规划 a.txt"), "%E8%A7%84%E5%88%92%20a.txt");
}

}  // namespace
}  // namespace plancheck::report
