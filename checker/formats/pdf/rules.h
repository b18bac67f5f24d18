#pragma once
// The ruling lines drawn on a PDF page (table borders). poppler's C++ API gives text, not paths,
// so they are read off a rendering of the page: long straight runs of dark pixels.
#include <vector>

#include "checker/document/page_text.h"

namespace poppler {
class page;
}

namespace plancheck {

std::vector<RuleLine> RulesOnPage(const poppler::page& page);

}  // namespace plancheck
