#pragma once
// The frame of plancheck's HTML pages: one self-contained file (inline CSS, no network; the
// audit index adds a small inline script), readable on screen and printable.
#include <string>
#include <string_view>

#include "checker/report/report.h"

namespace plancheck::report {

// <!doctype html> … <body>; `extra_css` is appended to the shared style sheet.
std::string HtmlPageStart(Lang lang, std::string_view title, std::string_view extra_css = "");
std::string HtmlPageEnd(const CheckRun& run, Lang lang);

// <span class="badge s-fail">✗ 未通过</span>
std::string StatusBadge(Status status, Lang lang);
const char* StatusClass(Status status);  // "s-fail" …

}  // namespace plancheck::report
