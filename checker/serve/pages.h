#pragma once
// The pages serve shows, one per file: the upload form, a plan's report, the list of an upload
// of several plans.
#include <cstddef>
#include <string>

#include "checker/serve/report_store.h"
#include "checker/serve/serve_options.h"

namespace plancheck::serve {

std::string UploadPage(report::Lang lang, const ServeOptions& options);  // upload_page.cc

// Plan `plan` of the stored report `id`: its text with every finding marked in place, the
// findings beside it by level, the indicators against the framework targets, the downloads.
std::string PlanReportPage(const StoredReport& stored, const std::string& id, std::size_t plan,
                           report::Lang lang);  // report_page.cc

// An upload of several plans: one row per plan with its counts and a link to its report, the
// rules × plans matrix, and the files that could not be read.
std::string RunPage(const StoredReport& stored, const std::string& id,
                    report::Lang lang);  // run_page.cc

}  // namespace plancheck::serve
