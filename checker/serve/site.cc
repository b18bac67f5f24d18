#include "checker/serve/site.h"

#include <exception>

#include <nlohmann/json.hpp>

#include "checker/serve/assets.h"
#include "checker/serve/pages.h"
#include "checker/serve/refusal.h"

namespace plancheck::serve {
namespace {

bool IsIndex(const std::string& part, std::size_t size, std::size_t& index) {
  if (part.empty() || part.size() > 6 ||
      part.find_first_not_of("0123456789") != std::string::npos) {
    return false;
  }
  index = std::stoul(part);
  return index < size;
}

HttpResponse Page(std::string body) {
  HttpResponse response;
  response.body = std::move(body);
  return response;
}

}  // namespace

std::vector<std::string> PathParts(const std::string& path) {
  std::vector<std::string> parts;
  std::size_t at = 0;
  while (at <= path.size()) {
    const std::size_t slash = std::min(path.find('/', at), path.size());
    if (slash > at) parts.push_back(path.substr(at, slash - at));
    at = slash + 1;
  }
  return parts;
}

Site::Site(ServeOptions options, CheckFunction check)
    : options_(std::move(options)),
      check_(std::move(check)),
      gate_(std::make_shared<CheckGate>(options_.jobs, options_.waiting)),
      store_(options_.reports_kept, options_.report_life) {}

HttpResponse Site::Handle(const HttpRequest& request) {
  HttpResponse response;
  try {
    response = Route(request);
  } catch (const std::exception& e) {
    response = Refuse(Refusal::kFailed, RequestLang(request), options_,
                      request.path.starts_with("/api/"), e.what());
  }
  AddSecurityHeaders(response);
  return response;
}

HttpResponse Site::Refused(int status, const HttpRequest& request) const {
  const bool api = request.path.starts_with("/api/");
  const report::Lang lang = RequestLang(request);
  HttpResponse response = status == 413   ? Refuse(Refusal::kTooLarge, lang, options_, api)
                          : status == 404 ? Refuse(Refusal::kNotFound, lang, options_, api)
                          : status == 405 ? Refuse(Refusal::kMethod, lang, options_, api)
                                          : Refuse(Refusal::kBadForm, lang, options_, api);
  response.status = status;
  AddSecurityHeaders(response);
  return response;
}

HttpResponse Site::Route(const HttpRequest& request) {
  const bool post_route = request.path == "/check" || request.path == "/api/check";
  if (request.method == "POST" && post_route) return Check(request, request.path == "/api/check");
  if (request.method == "GET" || request.method == "HEAD") return Get(request);
  return Refuse(Refusal::kMethod, RequestLang(request), options_,
                request.path.starts_with("/api/"));
}

HttpResponse Site::Get(const HttpRequest& request) {
  const report::Lang lang = RequestLang(request);
  const std::vector<std::string> parts = PathParts(request.path);
  if (parts.empty()) return Page(UploadPage(lang, options_));
  if (parts.size() == 1 && parts[0] == "healthz") {
    HttpResponse response;
    response.content_type = "application/json";
    response.body =
        nlohmann::json{{"status", "ok"}, {"checks_running", gate_->running()}}.dump() + "\n";
    return response;
  }
  if (parts.size() == 2 && parts[0] == "assets") {
    if (const Asset* asset = FindAsset(parts[1])) {
      HttpResponse response;
      response.content_type = std::string(asset->content_type);
      response.body = std::string(asset->bytes);
      return response;
    }
  }
  if (parts[0] == "report" && parts.size() >= 2 && IsReportId(parts[1])) {
    const std::shared_ptr<const StoredReport> stored = store_.Find(parts[1]);
    if (!stored) return Refuse(Refusal::kReportGone, lang, options_, false);
    const std::size_t plans = stored->run.plans.size();
    std::size_t plan = 0;
    if (parts.size() == 2) {
      return Page(plans == 1 && stored->run.failures.empty()
                      ? PlanReportPage(*stored, parts[1], 0, lang)
                      : RunPage(*stored, parts[1], lang));
    }
    if (parts.size() == 3 && IsIndex(parts[2], plans, plan)) {
      return Page(PlanReportPage(*stored, parts[1], plan, lang));
    }
    HttpResponse download = Download(*stored, parts, lang);
    if (download.status != 404) return download;
  }
  return Refuse(Refusal::kNotFound, lang, options_, false);
}

}  // namespace plancheck::serve
