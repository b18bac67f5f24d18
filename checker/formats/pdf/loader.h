#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "checker/document/document.h"

namespace plancheck {

// What a PDF may ask of the loader before it is refused (exit 3).
struct PdfLimits {
  int max_pages = 2000;                                // a plan is tens of pages
  std::size_t max_runs_per_page = 100000;              // words poppler finds on one page
  std::size_t max_text_bytes = std::size_t{64} << 20;  // all pages' text, as for a .txt plan
};

// Reads a PDF's text layer (poppler) into positioned runs and ruling lines per page, then builds
// the Document with BuildFromPages. Throws InputError (exit 3) for a scanned PDF (no text layer),
// an encrypted one, or one poppler cannot read.
Document LoadPdf(const std::string& path, std::string_view bytes, const PdfLimits& limits);
Document LoadPdf(const std::string& path, std::string_view bytes);

}  // namespace plancheck
