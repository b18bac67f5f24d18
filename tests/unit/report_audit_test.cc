// The audit's views: the matrix, index.html, matrix.csv, summary.json and matrix.xlsx.
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "checker/report/audit_model.h"
#include "checker/report/report.h"
#include "report_test_support.h"

namespace plancheck::report {
namespace {

AuditLayout Layout() { return AuditLayout{{"songjiang", "b"}, {}}; }

std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t pos = text.find(what); pos != std::string::npos;
       pos = text.find(what, pos + 1)) {
    ++n;
  }
  return n;
}

TEST(ReportAudit, MatrixColumnsGroupedByPackInPlanOrder) {
  const CheckRun run = testing::SampleRun();
  const Matrix matrix = BuildMatrix(run);
  ASSERT_EQ(matrix.columns.size(), 5u);
  // The plans list national before drafting.
  EXPECT_EQ(matrix.columns[0].rule, "national.indicator.duty-lawyer-coverage");
  EXPECT_EQ(matrix.columns[4].rule, "drafting.punctuation.doubled");
  ASSERT_EQ(matrix.cells.size(), 2u);
  EXPECT_EQ(matrix.cells[0][0], Status::kPartial);
  EXPECT_EQ(matrix.cells[1][4], Status::kFail);
  EXPECT_FALSE(matrix.cells[1][0].has_value()) << "not applied to the .docx plan";
  const RuleTally t = Tally(matrix, 4);
  EXPECT_EQ(t.fail, 2);
  EXPECT_EQ(t.not_applied, 0);
  EXPECT_TRUE(matrix.columns[0].IsIndicator());
  EXPECT_FALSE(matrix.columns[1].IsIndicator());
}

// audit writes each plan's own reports as it is checked and keeps only its summary: the index,
// the matrix and summary.json made from the summaries are those made from the whole plans.
TEST(ReportAudit, RollupsFromKeptSummariesAreTheSame) {
  CheckRun whole = testing::SampleRun();
  for (CheckedPlan& plan : whole.plans) {  // with text, as a checked plan has
    auto doc = std::make_shared<Document>(*plan.document);
    doc->blocks.resize(3);
    plan.report.document = doc.get();
    plan.document = std::move(doc);
  }
  CheckRun kept = whole;
  for (CheckedPlan& plan : kept.plans) {
    plan.KeepSummary();
    EXPECT_TRUE(plan.document->blocks.empty());
    EXPECT_EQ(plan.report.document, plan.document.get());
  }
  EXPECT_EQ(kept.plans[0].path(), whole.plans[0].path());
  EXPECT_EQ(kept.plans[0].document->metadata.title, whole.plans[0].document->metadata.title);
  const RenderOptions options;
  EXPECT_EQ(RenderIndexHtml(kept, Layout(), options), RenderIndexHtml(whole, Layout(), options));
  EXPECT_EQ(RenderMatrixCsv(kept, options), RenderMatrixCsv(whole, options));
  EXPECT_EQ(RenderSummaryJson(kept, Layout(), options),
            RenderSummaryJson(whole, Layout(), options));
}

TEST(ReportAudit, IndexHasOneMatrixRowPerPlanAndLinks) {
  CheckRun run = testing::SampleRun();
  // The indicator result sits on the indicator it judged: the page shows its value.
  run.plans[0].report.results[1].location = {220, 2, "附件"};
  const std::string html = RenderIndexHtml(run, Layout(), RenderOptions{});
  const std::size_t tbody = html.find("<tbody>", html.find("id=\"matrix\""));
  const std::size_t end = html.find("</tbody>", tbody);
  EXPECT_EQ(Count(html.substr(tbody, end - tbody), "<tr data-plan="), 2u);
  EXPECT_NE(html.find("href=\"plans/songjiang.report.html\""), std::string::npos);
  EXPECT_NE(html.find("href=\"plans/b.report.json\""), std::string::npos);
  EXPECT_NE(html.find("<td class=\"s-partial\" title=\"national.indicator.duty-lawyer-coverage"),
            std::string::npos);
  EXPECT_NE(html.find("<td class=\"s-none\">·</td>"), std::string::npos);
  // Plans as rows in the indicator table: the written target, the per-10,000 value beside it.
  EXPECT_NE(
      html.find("<td class=\"s-partial\" data-k=\"18\">≥180件<br><small>每万人 18件/万人</small>"),
      std::string::npos)
      << "the indicator side by side, normalised per 10,000";
  EXPECT_NE(html.find("<svg class=\"strip\""), std::string::npos) << "a chart per indicator";
}

TEST(ReportAudit, MatrixCsvAndSummaryJson) {
  const CheckRun run = testing::SampleRun();
  const std::string csv = RenderMatrixCsv(run, RenderOptions{});
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBF文件,标题,地区,层级,规划期,得分,通过,未通过,部分,不适用,"
                      "national.indicator.duty-lawyer-coverage,",
                      0),
            0u)
      << csv;
  EXPECT_NE(csv.find("corpus/songjiang.txt,松江区公共法律服务体系建设三年规划,上海市 › 松江区,区县,"
                     "2023–2025,27.8,1,2,1,1,部分,未通过,通过,不适用,未通过\r\n"),
            std::string::npos)
      << csv;
  // Rows as index.html lists the plans: lowest score first (the .docx plan, 0, before 27.8).
  EXPECT_LT(csv.find("drafts/b.docx"), csv.find("corpus/songjiang.txt")) << csv;
  const nlohmann::json summary =
      nlohmann::json::parse(RenderSummaryJson(run, Layout(), RenderOptions{}));
  EXPECT_EQ(summary["lang"], "zh");
  EXPECT_EQ(summary["totals"]["plans"], 2);
  EXPECT_EQ(summary["plans"][1]["reports"]["html"], "plans/b.report.html");
  EXPECT_EQ(summary["rules"][4]["id"], "drafting.punctuation.doubled");
  EXPECT_EQ(summary["rules"][4]["fail"], 2);
  EXPECT_EQ(summary["rules"][0]["not_applied"], 1);
}

TEST(ReportAudit, XlsxIsAZipWorkbookWithTheSameBytesEveryTime) {
  const CheckRun run = testing::SampleRun();
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "plancheck-xlsx-test";
  std::filesystem::create_directories(dir);
  const auto write = [&](const std::string& name) {
    WriteMatrixXlsx(run, RenderOptions{}, (dir / name).string());
    std::ifstream in(dir / name, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
  };
  const std::string a = write("a.xlsx");
  const std::string b = write("b.xlsx");
  std::filesystem::remove_all(dir);
  ASSERT_GT(a.size(), 1000u);
  EXPECT_EQ(a.substr(0, 2), "PK");
  EXPECT_EQ(a, b);
  EXPECT_THROW(WriteMatrixXlsx(run, RenderOptions{}, "/nonexistent-dir/x.xlsx"), std::exception);
}

}  // namespace
}  // namespace plancheck::report
