// plancheck serve over the real check run (cli::ServeCheck, the rulebook loaded once), on the
// corpus fixtures and hostile files, without a socket.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <re2/re2.h>
#include <nlohmann/json.hpp>

#include "checker/cli/serve_check.h"
#include "checker/serve/site.h"
#include "test_paths.h"

namespace plancheck::serve {
namespace {

using plancheck::testing::SourcePath;

std::string Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::string Header(const HttpResponse& r, const std::string& name) {
  for (const auto& [key, value] : r.headers) {
    if (key == name) return value;
  }
  return "";
}

Site& SharedSite() {
  static Site* site = [] {
    cli::CheckRequest base;
    base.loaded = LoadRulebook(base.rulebook);
    return new Site(ServeOptions{}, cli::ServeCheck(base));
  }();
  return *site;
}

HttpRequest Post(const std::string& path, std::vector<Upload> uploads) {
  HttpRequest request;
  request.method = "POST";
  request.path = path;
  request.query["lang"] = "zh";
  request.uploads = std::move(uploads);
  return request;
}

HttpResponse Get(const std::string& path) {
  HttpRequest request;
  request.method = "GET";
  request.path = path;
  return SharedSite().Handle(request);
}

Upload Fixture(const std::string& relative, const std::string& field = "plan") {
  return {field, relative.substr(relative.rfind('/') + 1), Read(SourcePath(relative))};
}

int Gaps(const nlohmann::json& document) {
  int gaps = 0;
  for (const auto& r : document["results"]) {
    gaps += r["status"] == "fail" || r["status"] == "partial";
  }
  return gaps;
}

TEST(ServeCheck, ApiAnswersTheJsonReportUnderTheUploadsName) {
  const std::string fixture = "tests/fixtures/docx/shanghai-songjiang-2023-2025.docx";
  const HttpResponse r = SharedSite().Handle(Post("/api/check", {Fixture(fixture)}));
  ASSERT_EQ(r.status, 200) << r.body;
  const nlohmann::json report = nlohmann::json::parse(r.body);
  ASSERT_EQ(report["documents"].size(), 1u);
  EXPECT_EQ(report["documents"][0]["path"], "shanghai-songjiang-2023-2025.docx");
  EXPECT_EQ(report["documents"][0]["metadata"]["region"]["county"], "松江区");
  EXPECT_GT(Gaps(report["documents"][0]), 0);
}

TEST(ServeCheck, ThePageMarksEveryFindingAndOffersTheDownloads) {
  const std::string fixture = "tests/fixtures/docx/sichuan-leshan-wutongqiao-2021-2025.docx";
  const nlohmann::json api =
      nlohmann::json::parse(SharedSite().Handle(Post("/api/check", {Fixture(fixture)})).body);
  const HttpResponse posted = SharedSite().Handle(Post("/check", {Fixture(fixture)}));
  ASSERT_EQ(posted.status, 303) << posted.body;
  std::string id;
  ASSERT_TRUE(RE2::FullMatch(Header(posted, "Location"), "/report/([0-9a-f]{32})\\?lang=zh", &id));
  const HttpResponse page = Get("/report/" + id);
  ASSERT_EQ(page.status, 200);
  const int gaps = Gaps(api["documents"][0]);
  EXPECT_NE(page.body.find("data-count=\"" + std::to_string(gaps) + "\""), std::string::npos);
  int items = 0, marks = 0;
  re2::StringPiece body(page.body);
  while (RE2::FindAndConsume(&body, "<li class=\"finding lv-")) ++items;
  body = page.body;
  while (RE2::FindAndConsume(&body, "<mark id=\"f-")) ++marks;
  EXPECT_EQ(items, gaps);
  EXPECT_GT(marks, 0);
  EXPECT_LE(marks, gaps);
  // Every link to a mark has its mark.
  body = page.body;
  std::string target;
  while (RE2::FindAndConsume(&body, "data-target=\"(f-[0-9]+)\"", &target)) {
    EXPECT_NE(page.body.find("<mark id=\"" + target + "\""), std::string::npos) << target;
  }
  EXPECT_NE(page.body.find("id=\"targets\""), std::string::npos);

  const HttpResponse annotated = Get("/report/" + id + "/0/annotated.docx");
  ASSERT_EQ(annotated.status, 200);
  EXPECT_EQ(annotated.body.substr(0, 2), "PK");
  EXPECT_NE(Header(annotated, "Content-Disposition").find("filename*=UTF-8''"), std::string::npos);
  EXPECT_EQ(Get("/report/" + id + "/0/review.docx").body.substr(0, 2), "PK");
  const nlohmann::json sarif = nlohmann::json::parse(Get("/report/" + id + "/0/report.sarif").body);
  EXPECT_EQ(sarif["version"], "2.1.0");
  EXPECT_EQ(Get("/report/" + id + "/1/annotated.docx").status, 404);
}

TEST(ServeCheck, SeveralPlansGiveTheListWithTheirCounts) {
  const HttpResponse posted = SharedSite().Handle(
      Post("/check", {Fixture("tests/fixtures/docx/shanghai-putuo-2020-2022.docx"),
                      Fixture("tests/fixtures/docx/jiangsu-lianyungang-2023-2025.docx"),
                      Fixture("tests/fixtures/docx/hostile/not-a-zip.docx")}));
  ASSERT_EQ(posted.status, 303) << posted.body;
  const std::string location = Header(posted, "Location");
  const HttpResponse list = Get(location.substr(0, location.find('?')));
  EXPECT_NE(list.body.find("id=\"runs\""), std::string::npos);
  EXPECT_NE(list.body.find("shanghai-putuo-2020-2022.docx"), std::string::npos);
  EXPECT_NE(list.body.find("id=\"failures\""), std::string::npos);
  EXPECT_NE(list.body.find("not-a-zip.docx"), std::string::npos);
}

TEST(ServeCheck, AHostileFileGetsItsMessageAndTheSiteKeepsServing) {
  for (const char* hostile : {"zip-bomb-declared.docx", "zip-bomb-lying.docx", "not-a-zip.docx"}) {
    const HttpResponse r = SharedSite().Handle(
        Post("/check", {Fixture(std::string("tests/fixtures/docx/hostile/") + hostile)}));
    EXPECT_EQ(r.status, 422) << hostile;
    EXPECT_NE(r.body.find("id=\"refusal-detail\""), std::string::npos) << hostile;
    EXPECT_NE(r.body.find(hostile), std::string::npos) << hostile;
    EXPECT_EQ(r.body.find("plancheck-serve-"), std::string::npos) << "no server path shown";
  }
  const HttpResponse after = SharedSite().Handle(
      Post("/api/check", {Fixture("tests/fixtures/docx/shanghai-putuo-2020-2022.docx")}));
  EXPECT_EQ(after.status, 200);
}

TEST(ServeCheck, ABadPeriodIsTheFormsError) {
  HttpRequest request =
      Post("/check", {Fixture("tests/fixtures/docx/shanghai-putuo-2020-2022.docx")});
  request.fields["period"] = "2025-2021";
  const HttpResponse r = SharedSite().Handle(request);
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(r.body.find("规划期"), std::string::npos);
}

}  // namespace
}  // namespace plancheck::serve
