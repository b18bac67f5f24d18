// The downloads of a stored report: the marked-up .docx, the 审核意见 .docx, JSON and SARIF, of
// one plan or (JSON, SARIF) of the whole upload.
#include <fmt/format.h>

#include "checker/report/common.h"
#include "checker/serve/site.h"

namespace plancheck::serve {
namespace {

constexpr const char* kDocx =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

std::string Stem(const std::string& shown) {
  const std::size_t dot = shown.rfind('.');
  return dot == std::string::npos || dot == 0 ? shown : shown.substr(0, dot);
}

HttpResponse File(std::string bytes, const char* content_type, const std::string& name) {
  HttpResponse response;
  response.content_type = content_type;
  response.body = std::move(bytes);
  // The ASCII name for old clients, the real one (RFC 6266, RFC 5987) for the others.
  response.headers.emplace_back(
      "Content-Disposition",
      fmt::format("attachment; filename=\"plancheck{}\"; filename*=UTF-8''{}",
                  name.substr(name.rfind('.')), report::UriEncode(name)));
  return response;
}

report::CheckRun OnePlan(const report::CheckRun& run, std::size_t plan) {
  report::CheckRun one;
  one.version = run.version;
  one.rules = run.rules;
  one.plans.push_back(run.plans[plan]);
  return one;
}

HttpResponse RunFile(const report::CheckRun& run, const std::string& file, const std::string& stem,
                     const report::RenderOptions& options) {
  if (file == "report.json") {
    return File(report::RenderJson(run, options), "application/json", stem + ".plancheck.json");
  }
  if (file == "report.sarif") {
    return File(report::RenderSarif(run, options), "application/sarif+json",
                stem + ".plancheck.sarif");
  }
  if (file == "review.docx" && run.plans.size() == 1) {
    return File(report::RenderReviewDocx(run, options), kDocx, stem + ".审核意见.docx");
  }
  HttpResponse none;
  none.status = 404;
  return none;
}

}  // namespace

HttpResponse Site::Download(const StoredReport& stored, const std::vector<std::string>& parts,
                            report::Lang lang) const {
  report::RenderOptions options;
  options.lang = lang;
  HttpResponse none;
  none.status = 404;
  if (parts.size() == 3) return RunFile(stored.run, parts[2], "plancheck", options);
  if (parts.size() != 4 || parts[2].empty() ||
      parts[2].find_first_not_of("0123456789") != std::string::npos || parts[2].size() > 6) {
    return none;
  }
  const std::size_t plan = std::stoul(parts[2]);
  if (plan >= stored.run.plans.size()) return none;
  const std::string stem = Stem(stored.shown[plan]);
  if (parts[3] == "annotated.docx") {
    if (stored.annotated[plan].empty()) return none;
    return File(stored.annotated[plan], kDocx, stem + ".审阅稿.docx");
  }
  return RunFile(OnePlan(stored.run, plan), parts[3], stem, options);
}

}  // namespace plancheck::serve
