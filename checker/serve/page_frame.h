#pragma once
// The frame of every serve page: the style sheet and scripts are files served from the binary
// (/assets/…), so the CSP needs no inline exception; a link switches the language.
#include <string>
#include <string_view>

#include "checker/report/report.h"

namespace plancheck::serve {

// <!doctype html> … <main>. `here` is the page's path, to which the language switch adds
// ?lang=; `script` an asset name ("report.js") or "".
std::string PageStart(report::Lang lang, std::string_view title, std::string_view here,
                      std::string_view script = "");
std::string PageEnd(report::Lang lang);

// "?lang=en" / "?lang=zh": the query that keeps a page's language on links.
std::string LangQuery(report::Lang lang);

}  // namespace plancheck::serve
