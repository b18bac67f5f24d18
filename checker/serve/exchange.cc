#include "checker/serve/exchange.h"

#include <algorithm>
#include <cctype>

namespace plancheck::serve {
namespace {

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// The first language Accept-Language names ("en-GB,en;q=0.9,zh;q=0.8" → en).
report::Lang FromAcceptLanguage(const std::string& header) {
  const std::string first = Lower(header.substr(0, header.find_first_of(",;")));
  return first.starts_with("en") ? report::Lang::kEn : report::Lang::kZh;
}

}  // namespace

report::Lang RequestLang(const HttpRequest& request) {
  for (const auto* values : {&request.query, &request.fields}) {
    const auto it = values->find("lang");
    if (it == values->end()) continue;
    if (it->second == "en") return report::Lang::kEn;
    if (it->second == "zh") return report::Lang::kZh;
  }
  return FromAcceptLanguage(request.accept_language);
}

void AddSecurityHeaders(HttpResponse& response) {
  response.headers.emplace_back("Content-Security-Policy",
                                "default-src 'self'; base-uri 'none'; form-action 'self'; "
                                "frame-ancestors 'none'; object-src 'none'");
  response.headers.emplace_back("X-Content-Type-Options", "nosniff");
  response.headers.emplace_back("Referrer-Policy", "no-referrer");
  response.headers.emplace_back("X-Frame-Options", "DENY");
  response.headers.emplace_back("Cache-Control", "no-store");
}

}  // namespace plancheck::serve
