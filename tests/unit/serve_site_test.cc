// plancheck serve's request handling without a socket: routes, limits, headers, where uploads go.
// The check here is a stand-in that records what it was given; serve_check_test.cc runs the real
// one on the corpus.
#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <thread>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "checker/serve/site.h"
#include "checker/serve/upload_folder.h"

namespace plancheck::serve {
namespace {

std::string Header(const HttpResponse& r, const std::string& name) {
  for (const auto& [key, value] : r.headers) {
    if (key == name) return value;
  }
  return "";
}

HttpRequest Post(std::vector<Upload> uploads, std::string lang = "zh") {
  HttpRequest request;
  request.method = "POST";
  request.path = "/check";
  request.query["lang"] = std::move(lang);
  request.uploads = std::move(uploads);
  return request;
}

HttpRequest Get(const std::string& path) {
  HttpRequest request;
  request.method = "GET";
  request.path = path;
  return request;
}

// Records the form; the run it returns has no plans and one failure per file.
struct Recorder {
  std::mutex lock;
  std::vector<CheckForm> forms;
  std::vector<std::string> folder_modes;
  CheckFunction Function() {
    return [this](const CheckForm& form) {
      const std::lock_guard<std::mutex> guard(lock);
      forms.push_back(form);
      for (const std::string& file : form.plans) {
        struct stat st {};
        ::stat(std::filesystem::path(file).parent_path().c_str(), &st);
        folder_modes.push_back(std::to_string(st.st_mode & 0777));
      }
      report::CheckRun run;
      for (const std::string& file : form.plans)
        run.failures.push_back({file, file + ": 无法读取"});
      return run;
    };
  }
};

TEST(ServeSite, EveryAnswerCarriesTheSecurityHeaders) {
  Recorder recorder;
  Site site(ServeOptions{}, recorder.Function());
  for (const HttpResponse& r :
       {site.Handle(Get("/")), site.Handle(Get("/nowhere")), site.Handle(Get("/assets/serve.css")),
        site.Handle(Post({})), site.Refused(413, Get("/check"))}) {
    EXPECT_EQ(Header(r, "Content-Security-Policy"),
              "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; "
              "object-src 'none'");
    EXPECT_EQ(Header(r, "X-Content-Type-Options"), "nosniff");
    EXPECT_EQ(Header(r, "Referrer-Policy"), "no-referrer");
  }
}

TEST(ServeSite, PagesHaveNoInlineScriptOrStyle) {
  Recorder recorder;
  Site site(ServeOptions{}, recorder.Function());
  const HttpResponse page = site.Handle(Get("/"));
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<script src=\"/assets/upload.js\""), std::string::npos);
  EXPECT_EQ(page.body.find("<script>"), std::string::npos);
  EXPECT_EQ(page.body.find("<style"), std::string::npos);
  EXPECT_EQ(page.body.find("style=\""), std::string::npos);
  EXPECT_NE(page.body.find("name=\"plan\""), std::string::npos);
  EXPECT_NE(page.body.find("name=\"against\""), std::string::npos);
  const HttpResponse js = site.Handle(Get("/assets/upload.js"));
  EXPECT_EQ(js.status, 200);
  EXPECT_EQ(js.content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(site.Handle(Get("/assets/../serve.css")).status, 404);
  EXPECT_EQ(site.Handle(Get("/assets/missing.js")).status, 404);
}

TEST(ServeSite, LanguageFromTheQueryThenTheBrowser) {
  Recorder recorder;
  Site site(ServeOptions{}, recorder.Function());
  HttpRequest english = Get("/");
  english.accept_language = "en-GB,en;q=0.9";
  EXPECT_NE(site.Handle(english).body.find("lang=\"en\""), std::string::npos);
  english.query["lang"] = "zh";
  EXPECT_NE(site.Handle(english).body.find("lang=\"zh-CN\""), std::string::npos);
  EXPECT_NE(site.Handle(Get("/")).body.find("上传规划"), std::string::npos);
}

TEST(ServeSite, HealthzAnswersJson) {
  Recorder recorder;
  Site site(ServeOptions{}, recorder.Function());
  const HttpResponse r = site.Handle(Get("/healthz"));
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(nlohmann::json::parse(r.body)["status"], "ok");
}

TEST(ServeSite, LimitsAnswerWithTheirStatusAndMessage) {
  Recorder recorder;
  ServeOptions options;
  options.max_files = 2;
  Site site(options, recorder.Function());
  const Upload plan{"plan", "规划.docx", "PK"};
  EXPECT_EQ(site.Handle(Post({})).status, 400);
  const HttpResponse many = site.Handle(Post({plan, plan, plan}));
  EXPECT_EQ(many.status, 413);
  EXPECT_NE(many.body.find("一次最多检查 2 份规划"), std::string::npos);
  const HttpResponse type = site.Handle(Post({{"plan", "表.xlsx", "PK"}}, "en"));
  EXPECT_EQ(type.status, 415);
  EXPECT_NE(type.body.find("A file type plancheck does not read"), std::string::npos);
  EXPECT_NE(type.body.find("表.xlsx"), std::string::npos);
  const HttpResponse large = site.Refused(413, Post({}, "en"));
  EXPECT_EQ(large.status, 413);
  EXPECT_NE(large.body.find("at most 50 MB"), std::string::npos);
  EXPECT_TRUE(recorder.forms.empty()) << "no check runs for a refused request";
  HttpRequest api = Post({});
  api.path = "/api/check";
  const HttpResponse json = site.Handle(api);
  EXPECT_EQ(json.status, 400);
  EXPECT_EQ(nlohmann::json::parse(json.body)["error"]["status"], 400);
}

TEST(ServeSite, NoClientPathReachesTheFileSystem) {
  Recorder recorder;
  Site site(ServeOptions{}, recorder.Function());
  const HttpResponse r =
      site.Handle(Post({{"plan", "../../../../etc/cron.d/evil.docx", "PK"},
                        {"plan", "C:\\Users\\x\\规划 (定稿).TXT", "plan text"}}));
  ASSERT_EQ(recorder.forms.size(), 1u);
  const std::vector<std::string>& files = recorder.forms[0].plans;
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(std::filesystem::path(files[0]).filename(), "plan-1.docx");
  EXPECT_EQ(std::filesystem::path(files[1]).filename(), "plan-2.txt");
  EXPECT_EQ(std::filesystem::path(files[0]).parent_path(),
            std::filesystem::path(files[1]).parent_path());
  EXPECT_EQ(recorder.folder_modes[0], std::to_string(0700));
  // The folder is gone once the answer is made; the page names the uploads, not the folder.
  EXPECT_FALSE(std::filesystem::exists(std::filesystem::path(files[0]).parent_path()));
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("evil.docx"), std::string::npos);
  EXPECT_NE(r.body.find("规划 (定稿).TXT"), std::string::npos);
  EXPECT_EQ(r.body.find(files[0]), std::string::npos);
  EXPECT_EQ(r.body.find("cron.d"), std::string::npos);
}

TEST(ServeSite, BusyWhenEverySlotAndTheQueueAreTaken) {
  std::mutex lock;
  std::condition_variable changed;
  bool release = false;
  std::atomic<int> started{0};
  ServeOptions options;
  options.jobs = 1;
  options.waiting = 0;
  Site site(options, [&](const CheckForm&) {
    ++started;
    std::unique_lock<std::mutex> guard(lock);
    changed.wait(guard, [&] { return release; });
    return report::CheckRun{};
  });
  const Upload plan{"plan", "a.txt", "text"};
  std::thread first([&] { site.Handle(Post({plan})); });
  while (started == 0) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  const HttpResponse busy = site.Handle(Post({plan}));
  EXPECT_EQ(busy.status, 429);
  EXPECT_EQ(Header(busy, "Retry-After"), "5");
  {
    const std::lock_guard<std::mutex> guard(lock);
    release = true;
  }
  changed.notify_all();
  first.join();
  site.Drain();
  EXPECT_EQ(site.Handle(Post({plan})).status, 503) << "after Drain, no new checks";
}

TEST(ServeSite, ACheckPastTheTimeoutAnswers408AndKeepsItsSlot) {
  ServeOptions options;
  options.timeout = std::chrono::seconds(1);
  options.jobs = 1;
  options.waiting = 0;
  std::atomic<bool> finished{false};
  Site site(options, [&](const CheckForm&) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1800));
    finished = true;
    return report::CheckRun{};
  });
  const Upload plan{"plan", "a.txt", "text"};
  const HttpResponse late = site.Handle(Post({plan}, "en"));
  EXPECT_EQ(late.status, 408);
  EXPECT_NE(late.body.find("limit of 1 seconds"), std::string::npos);
  EXPECT_EQ(site.Handle(Post({plan})).status, 429) << "the timed-out check still holds its slot";
  site.Drain();
  EXPECT_TRUE(finished);
}

TEST(ServeSite, UnknownReportsAndMethods) {
  Recorder recorder;
  Site site(ServeOptions{}, recorder.Function());
  EXPECT_EQ(site.Handle(Get("/report/0123456789abcdef0123456789abcdef")).status, 404);
  EXPECT_EQ(site.Handle(Get("/report/../../etc/passwd")).status, 404);
  HttpRequest put = Get("/check");
  put.method = "PUT";
  EXPECT_EQ(site.Handle(put).status, 405);
}

TEST(ServePieces, ByteSizes) {
  EXPECT_EQ(ParseByteSize("50MB"), 50u << 20);
  EXPECT_EQ(ParseByteSize("512kb"), 512u << 10);
  EXPECT_EQ(ParseByteSize("1G"), 1u << 30);
  EXPECT_EQ(ParseByteSize("2000"), 2000u);
  EXPECT_THROW(ParseByteSize("MB"), std::invalid_argument);
  EXPECT_THROW(ParseByteSize("5 TB"), std::invalid_argument);
  EXPECT_THROW(ParseByteSize("0"), std::invalid_argument);
}

TEST(ServePieces, NamesAndExtensions) {
  EXPECT_EQ(PlanExtension("a/b/规划.DOCX"), ".docx");
  EXPECT_EQ(PlanExtension("x.tar.gz"), "");
  EXPECT_EQ(PlanExtension("noext"), "");
  EXPECT_EQ(ShownName("..\\..\\a.txt"), "a.txt");
  EXPECT_EQ(ShownName("../"), "upload");
  EXPECT_EQ(ShownName("a\nb\x01.txt"), "ab.txt");
  EXPECT_EQ(ShownName("\xff\xfe.txt"), "\xEF\xBF\xBD\xEF\xBF\xBD.txt");
  EXPECT_EQ(PathParts("/report//ab/0/"), (std::vector<std::string>{"report", "ab", "0"}));
}

}  // namespace
}  // namespace plancheck::serve
