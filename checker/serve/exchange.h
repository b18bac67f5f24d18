#pragma once
// One request and its answer as the pages and endpoints see them: plain values, so that every
// route, limit and header is tested without a socket (http_server.cc converts to and from
// cpp-httplib's types).
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "checker/report/report.h"

namespace plancheck::serve {

// One uploaded file. `filename` is the client's and only ever shown and read for its extension:
// it never names anything on disk.
struct Upload {
  std::string field;  // the form field: "plan" or "against"
  std::string filename;
  std::string bytes;
};

struct HttpRequest {
  std::string method;                         // "GET", "POST"
  std::string path;                           // without the query
  std::map<std::string, std::string> query;   // ?lang=en
  std::map<std::string, std::string> fields;  // multipart text fields (region, period, lang)
  std::vector<Upload> uploads;
  std::string accept_language;  // the header, for the default language
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // beyond the security headers
};

// The language of a page: ?lang= or the form's lang field, else Accept-Language (zh unless the
// browser prefers English), else zh.
report::Lang RequestLang(const HttpRequest& request);

// The headers every answer carries: a CSP with no inline exceptions (the pages' JS and CSS are
// files served from the binary), nosniff, no referrer, no framing, no caching of reports.
void AddSecurityHeaders(HttpResponse& response);

}  // namespace plancheck::serve
