// Markdown, HTML and CSV: the reports people read and open in Excel or WPS.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include "checker/report/report.h"
#include "report_test_support.h"

namespace plancheck::report {
namespace {

TEST(ReportMarkdown, GapReportWithFactsGapsAndIndicators) {
  const std::string md = RenderMarkdown(testing::SampleRun(), RenderOptions{});
  EXPECT_EQ(md.rfind("# 合规检查报告：松江区公共法律服务体系建设三年规划\n", 0), 0u) << md;
  EXPECT_NE(md.find("| 地区 | 上海市 › 松江区 |"), std::string::npos);
  EXPECT_NE(md.find("| 规划期 | 2023–2025 |"), std::string::npos);
  EXPECT_NE(md.find("**得分 27.8**"), std::string::npos);
  EXPECT_NE(md.find("### 全文"), std::string::npos);
  EXPECT_NE(md.find("- **✗ 未通过 · 警告** 第79行第12列 `drafting.punctuation.doubled`"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("第12段"), std::string::npos) << "a .docx location is a paragraph";
  EXPECT_NE(md.find("| 每十万人提供法律援助数量 |  | ≥180件 | 18件/万人 |"), std::string::npos)
      << md;
  EXPECT_EQ(md.find("12348"), std::string::npos) << "passes are not listed by default";
  EXPECT_NE(md.find("plancheck 9.9.9"), std::string::npos);
}

TEST(ReportMarkdown, EscapesMarkdownInText) {
  CheckRun run = testing::SampleRun();
  run.plans[0].report.results[0].evidence = "a|b *c* [d]";
  const std::string md = RenderMarkdown(run, RenderOptions{});
  EXPECT_NE(md.find(R"(a\|b \*c\* \[d\])"), std::string::npos) << md;
}

TEST(ReportHtml, SelfContainedPrintableAndEscaped) {
  CheckRun run = testing::SampleRun();
  run.plans[0].report.results[0].evidence = "<script>alert(1)</script>";
  const std::string html = RenderHtml(run, RenderOptions{});
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"zh-CN\">", 0), 0u);
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_NE(html.find("@media print"), std::string::npos);
  // No network: nothing is loaded from anywhere, and there is no script at all.
  EXPECT_FALSE(RE2::PartialMatch(html, R"((?i)(src|href)\s*=\s*["']?(https?:)?//)"));
  EXPECT_FALSE(RE2::PartialMatch(html, R"((?i)<link|@import|url\()"));
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html.find("class=\"finding s-fail\""), std::string::npos);
  EXPECT_NE(html.find("第79行第12列"), std::string::npos);
  EXPECT_EQ(html.find("</html>\n"), html.size() - 8);
}

TEST(ReportCsv, Utf8BomCrlfAndQuoting) {
  CheckRun run = testing::SampleRun();
  run.plans[0].report.results[0].evidence = "甲,乙\"丙\"";
  RenderOptions options;
  const std::string csv = RenderCsv(run, options);
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBF文件,规则,状态,级别,行,列,章节,问题,原文,依据,建议,改为\r\n", 0),
            0u);
  EXPECT_NE(csv.find("\"甲,乙\"\"丙\"\"\""), std::string::npos) << csv;
  std::size_t lines = 0;
  for (std::size_t pos = csv.find("\r\n"); pos != std::string::npos;
       pos = csv.find("\r\n", pos + 2)) {
    ++lines;
  }
  EXPECT_EQ(lines, 1u + 4u);  // header and the four gaps
  EXPECT_NE(csv.find("corpus/songjiang.txt,national.section.targets,未通过,错误,,,"),
            std::string::npos)
      << csv;
  options.show_passed = true;
  options.lang = Lang::kEn;
  const std::string all = RenderCsv(run, options);
  EXPECT_NE(all.find("document,rule,status"), std::string::npos);
  EXPECT_NE(all.find("national.topic.hotline-12348,pass,info,49,1"), std::string::npos) << all;
}

}  // namespace
}  // namespace plancheck::report
