// index.html for many plans: natural order, grouping by region, 主要差距 and per-region rollups,
// the transposed indicator table with its charts, and matrix.xlsx's names and 改为.
#include <zip.h>

#include <algorithm>
#include <filesystem>

#include <gtest/gtest.h>

#include "checker/report/audit_model.h"
#include "checker/report/audit_rollups.h"
#include "checker/report/natural_order.h"
#include "checker/report/region_groups.h"
#include "checker/report/report.h"
#include "report_test_support.h"

namespace plancheck::report {
namespace {

TEST(NaturalOrder, NumbersInsideNamesCompareAsNumbers) {
  EXPECT_TRUE(NaturalLess("c2", "c10"));
  EXPECT_FALSE(NaturalLess("c10", "c2"));
  EXPECT_TRUE(NaturalLess("c10", "c100"));
  EXPECT_TRUE(NaturalLess("plan-9-2025", "plan-10-2021"));
  EXPECT_TRUE(NaturalLess("第3区规划", "第12区规划"));
  EXPECT_TRUE(NaturalLess("第３区规划", "第12区规划")) << "a full-width digit is a digit";
  EXPECT_TRUE(NaturalLess("c", "c1")) << "a prefix first";
  // Chinese by the characters themselves (普 U+666E before 松 U+677E), the same on every machine.
  EXPECT_TRUE(NaturalLess("普陀区", "松江区"));
  // Equal numbers written differently still order one way, never both.
  EXPECT_NE(NaturalLess("c02", "c2"), NaturalLess("c2", "c02"));
  EXPECT_FALSE(NaturalLess("c2", "c2"));
  std::vector<std::string> names = {"c10", "c1", "c100", "c2", "c20", "c3"};
  std::sort(names.begin(), names.end(), NaturalLess);
  EXPECT_EQ(names, (std::vector<std::string>{"c1", "c2", "c3", "c10", "c20", "c100"}));
}

CheckedPlan PlanIn(const std::string& path, const std::string& title, Region region,
                   std::vector<Result> results) {
  CheckedPlan plan = testing::MakePlan(path, "txt", std::move(results));
  auto doc = std::make_shared<Document>(*plan.document);
  doc->metadata.title = title;
  doc->metadata.region = std::move(region);
  plan.document = doc;
  plan.report.document = doc.get();
  return plan;
}

Result Gap(const std::string& rule, Status status, Severity level) {
  return testing::MakeResult(rule, status, level, 3, 1, "", "缺少");
}

// Six plans in five places and one with no region; rule a fails in four, b in two, c passes.
CheckRun Province() {
  CheckRun run;
  run.rules = {testing::MakeRule("national.a", Severity::kWarning, "topic", "甲要求"),
               testing::MakeRule("national.b", Severity::kError, "section", "乙章节"),
               testing::MakeRule("national.c", Severity::kInfo, "topic", "丙要求")};
  const auto results = [](Status a, Status b) {
    return std::vector<Result>{Gap("national.a", a, Severity::kWarning),
                               Gap("national.b", b, Severity::kError),
                               Gap("national.c", Status::kPass, Severity::kInfo)};
  };
  const Region wutongqiao{"四川省", "乐山市", "五通桥区", "511112"};
  run.plans.push_back(
      PlanIn("p/c10.txt", "c10", wutongqiao, results(Status::kFail, Status::kPass)));
  run.plans.push_back(PlanIn("p/c2.txt", "c2", wutongqiao, results(Status::kFail, Status::kFail)));
  run.plans.push_back(PlanIn("p/x.txt", "无地区", Region{}, results(Status::kPass, Status::kPass)));
  run.plans.push_back(PlanIn("p/s.txt", "松江", {"上海市", "", "松江区", "310117"},
                             results(Status::kPartial, Status::kPass)));
  run.plans.push_back(PlanIn("p/sc.txt", "四川省规划", {"四川省", "", "", "510000"},
                             results(Status::kPass, Status::kPass)));
  run.plans.push_back(PlanIn("p/pt.txt", "普陀", {"上海市", "", "普陀区", "310107"},
                             results(Status::kFail, Status::kPartial)));
  run.plans.push_back(PlanIn("p/szq.txt", "市中", {"四川省", "乐山市", "市中区", "511102"},
                             results(Status::kPass, Status::kPass)));
  return run;
}

TEST(RegionGroups, ProvinceCityCountyInNaturalOrderUnresolvedLast) {
  const CheckRun run = Province();
  const std::vector<PlanGroup> groups = GroupByRegion(run);
  std::vector<std::string> labels;
  for (const PlanGroup& g : groups) labels.push_back(g.Label(Lang::kZh));
  EXPECT_EQ(labels, (std::vector<std::string>{"上海市 › 普陀区", "上海市 › 松江区", "四川省",
                                              "四川省 › 乐山市 › 五通桥区",
                                              "四川省 › 乐山市 › 市中区", "地区未识别"}));
  ASSERT_EQ(groups[3].plans.size(), 2u);
  EXPECT_EQ(run.plans[groups[3].plans[0]].document->metadata.title, "c2") << "c2 before c10";
  EXPECT_TRUE(groups.back().Unresolved());
  EXPECT_EQ(RegionOrder(groups), (std::vector<std::size_t>{5, 3, 4, 1, 0, 6, 2}));
}

TEST(AuditRollups, CommonGapsCountPlansAndListThemInOrder) {
  const CheckRun run = Province();
  const Matrix matrix = BuildMatrix(run);
  const std::vector<std::size_t> order = RegionOrder(GroupByRegion(run));
  const std::vector<CommonGap> gaps = CommonGaps(matrix, order);
  ASSERT_EQ(gaps.size(), 2u) << "national.c passes everywhere";
  EXPECT_EQ(matrix.columns[gaps[0].column].rule, "national.a");
  EXPECT_EQ(gaps[0].fail, 3);
  EXPECT_EQ(gaps[0].partial, 1);
  EXPECT_EQ(gaps[0].plans, (std::vector<std::size_t>{5, 3, 1, 0})) << "in the listing's order";
  EXPECT_EQ(matrix.columns[gaps[1].column].rule, "national.b");
  EXPECT_EQ(gaps[1].Plans(), 2);
}

TEST(AuditRollups, PerProvinceAndCity) {
  const CheckRun run = Province();
  const Matrix matrix = BuildMatrix(run);
  const std::vector<RegionRollup> rollups = RollUp(run, matrix, GroupByRegion(run));
  ASSERT_EQ(rollups.size(), 4u);  // 上海市, 四川省, 乐山市, unresolved
  EXPECT_EQ(rollups[0].province, "上海市");
  EXPECT_EQ(rollups[0].plans, 2);
  EXPECT_EQ(rollups[1].province, "四川省");
  EXPECT_EQ(rollups[1].plans, 4);
  EXPECT_EQ(rollups[2].city, "乐山市");
  EXPECT_EQ(rollups[2].plans, 3);
  EXPECT_EQ(rollups[3].province, "");
  EXPECT_EQ(rollups[3].plans, 1);
  // 乐山市: c2 fails a (warning) and b (error), c10 fails a: 1 error-level, 2 warning-level gaps.
  EXPECT_EQ(rollups[2].failing.error, 1);
  EXPECT_EQ(rollups[2].failing.warning, 2);
  double lowest = 100, total = 0;
  for (const std::size_t n : {0, 1, 6}) {
    const double s = RoundScore(run.plans[n].report.summary.score);
    lowest = std::min(lowest, s);
    total += s;
  }
  EXPECT_DOUBLE_EQ(rollups[2].min_score, lowest);
  EXPECT_DOUBLE_EQ(rollups[2].mean_score, RoundScore(total / 3));
  ASSERT_FALSE(rollups[2].top_gaps.empty());
  EXPECT_EQ(matrix.columns[rollups[2].top_gaps[0]].rule, "national.a");
  EXPECT_TRUE(rollups[3].top_gaps.empty()) << "the unresolved plan has no gap";
}

std::size_t Find(const std::string& html, const std::string& what) { return html.find(what); }

TEST(ReportIndex, GroupedTableCommonGapsAndScript) {
  const CheckRun run = Province();
  AuditLayout layout;
  for (const CheckedPlan& plan : run.plans) {
    layout.report_stems.push_back(std::filesystem::path(plan.path()).stem().string());
  }
  const std::string html = RenderIndexHtml(run, layout, RenderOptions{});
  // Group rows before their plans, c2 before c10, the unresolved group last.
  const std::size_t wutongqiao =
      Find(html, "<tr class=\"g\"><th colspan=\"8\">四川省 › 乐山市 › 五通桥区");
  const std::size_t c2 = Find(html, "href=\"plans/c2.report.html\">c2</a>");
  const std::size_t c10 = Find(html, "href=\"plans/c10.report.html\">c10</a>");
  const std::size_t unresolved = Find(html, "<tr class=\"g\"><th colspan=\"8\">地区未识别");
  ASSERT_NE(wutongqiao, std::string::npos) << html;
  ASSERT_NE(c2, std::string::npos);
  EXPECT_LT(wutongqiao, c2);
  EXPECT_LT(c2, c10);
  EXPECT_LT(c10, unresolved);
  // 主要差距: the rule failing in most plans first, with its plans linked and the filter link.
  const std::size_t gaps = Find(html, "id=\"gaps\"");
  ASSERT_NE(gaps, std::string::npos);
  const std::size_t gap0 = Find(html, "<tr id=\"gap-0\" data-title=\"甲要求\">");
  ASSERT_NE(gap0, std::string::npos);
  EXPECT_NE(html.find("href=\"#gap=0\"", gap0), std::string::npos);
  EXPECT_NE(Find(html, "<tr id=\"gap-1\" data-title=\"乙章节\">"), std::string::npos);
  // A plan that has both gaps carries both ranks for the #gap= filter.
  EXPECT_NE(Find(html, "data-g=\"0 1\"><td data-k=\"3\"><a href=\"plans/c2.report.html\""),
            std::string::npos)
      << html.substr(c2 - 200, 400);
  EXPECT_NE(Find(html, "id=\"rollups\""), std::string::npos);
  EXPECT_NE(Find(html, "<th data-sort=\"score\">"), std::string::npos);
  EXPECT_NE(Find(html, "<script>"), std::string::npos);
  EXPECT_EQ(Find(html, "<script src"), std::string::npos) << "nothing fetched";
  EXPECT_EQ(Find(html, "http"), std::string::npos) << "no network address in the page";
}

TEST(ReportIndex, ManyPlansLeaveTheMatrixToTheWorkbookAndStaySmall) {
  CheckRun run = Province();
  AuditLayout layout;
  const CheckRun seed = run;
  run.plans.clear();
  for (int i = 0; i < 600; ++i) {
    CheckedPlan plan = seed.plans[static_cast<std::size_t>(i) % seed.plans.size()];
    auto doc = std::make_shared<Document>(*plan.document);
    doc->path = "p/c" + std::to_string(i) + ".txt";
    doc->metadata.title = "c" + std::to_string(i);
    plan.document = doc;
    plan.report.document = doc.get();
    run.plans.push_back(plan);
    layout.report_stems.push_back("c" + std::to_string(i));
  }
  const std::string html = RenderIndexHtml(run, layout, RenderOptions{});
  EXPECT_EQ(html.find("id=\"matrix\""), std::string::npos);
  EXPECT_NE(html.find("href=\"matrix.xlsx\""), std::string::npos);
  EXPECT_LT(html.size(), 600u * 1000) << "about a kilobyte a plan at most";
  // Within a group by natural order: c9 and c100 share the unresolved group (i % 7 == 2).
  const std::size_t c9 = html.find(">c9</a><br>");
  const std::size_t c100 = html.find(">c100</a><br>");
  ASSERT_NE(c9, std::string::npos);
  EXPECT_LT(c9, c100);
}

std::string ZipEntry(const std::string& path, const std::string& name) {
  int error = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY, &error);
  if (zip == nullptr) return "";
  std::string text;
  zip_stat_t stat;
  if (zip_stat(zip, name.c_str(), 0, &stat) == 0) {
    if (zip_file_t* file = zip_fopen(zip, name.c_str(), 0); file != nullptr) {
      text.resize(stat.size);
      text.resize(static_cast<std::size_t>(
          std::max<zip_int64_t>(0, zip_fread(file, text.data(), stat.size))));
      zip_fclose(file);
    }
  }
  zip_close(zip);
  return text;
}

TEST(ReportIndex, XlsxNamesRulesInChineseWithTheIdInANoteAndHasChangeTo) {
  CheckRun run = testing::SampleRun();
  Result wrong = testing::MakeResult("drafting.punctuation.doubled", Status::kFail,
                                     Severity::kWarning, 80, 3, "七、保障措施", "错别字", "公正处");
  wrong.fix = "公证处";
  run.plans[0].report.results.push_back(wrong);
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() / "plancheck-index-test-names.xlsx";
  WriteMatrixXlsx(run, RenderOptions{}, path.string());
  const std::string strings = ZipEntry(path.string(), "xl/sharedStrings.xml");
  const std::string notes = ZipEntry(path.string(), "xl/comments1.xml");
  std::filesystem::remove(path);
  ASSERT_FALSE(strings.empty());
  EXPECT_NE(strings.find("<t>值班律师法律帮助覆盖率</t>"), std::string::npos)
      << "the rule by its name";
  EXPECT_NE(strings.find("<t>改为</t>"), std::string::npos);
  EXPECT_NE(strings.find("<t>公证处</t>"), std::string::npos) << "the replacement in 改为";
  EXPECT_NE(notes.find("national.indicator.duty-lawyer-coverage"), std::string::npos)
      << "the id in the header cell's note: " << notes.substr(0, 300);
}

}  // namespace
}  // namespace plancheck::report
