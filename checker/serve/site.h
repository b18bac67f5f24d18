#pragma once
// Every route of plancheck serve, as a function from request to response: GET pages, assets,
// downloads and /healthz; POST /check (the form, answered with a redirect to the report page)
// and POST /api/check (multipart in, the JSON report out). No socket here: http_server.cc feeds
// it, and the tests call it directly.
#include <memory>
#include <string>

#include "checker/serve/check_gate.h"
#include "checker/serve/check_service.h"
#include "checker/serve/exchange.h"
#include "checker/serve/report_store.h"
#include "checker/serve/serve_options.h"

namespace plancheck::serve {

class Site {
 public:
  Site(ServeOptions options, CheckFunction check);

  // The answer, with the security headers. Never throws.
  HttpResponse Handle(const HttpRequest& request);
  // The answer for a request cpp-httplib refused before it reached Handle (413: above
  // --max-upload; 400: not HTTP it could parse).
  HttpResponse Refused(int status, const HttpRequest& request) const;

  // No new checks; returns once the checks under way have finished (graceful shutdown).
  void Drain() { gate_->CloseAndDrain(); }
  const ServeOptions& options() const { return options_; }

 private:
  HttpResponse Route(const HttpRequest& request);
  HttpResponse Get(const HttpRequest& request);
  HttpResponse Check(const HttpRequest& request, bool api);  // check_endpoint.cc
  HttpResponse Download(const StoredReport& stored, const std::vector<std::string>& parts,
                        report::Lang lang) const;  // downloads.cc

  const ServeOptions options_;
  const CheckFunction check_;
  // Shared with the checks still running after their request timed out.
  std::shared_ptr<CheckGate> gate_;
  ReportStore store_;
};

// "/report/ab12/0/annotated.docx" → {"report", "ab12", "0", "annotated.docx"}; empty parts
// dropped.
std::vector<std::string> PathParts(const std::string& path);

}  // namespace plancheck::serve
