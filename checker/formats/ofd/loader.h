#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "checker/document/document.h"
#include "checker/document/page_text.h"
#include "checker/formats/zip/archive.h"

namespace plancheck {

// What an OFD may cost to read. A plan is a few dozen pages and a few thousand TextCodes.
struct OfdLimits {
  ZipLimits zip;
  int max_pages = 2000;
  std::size_t max_text_codes = 1'000'000;  // TextCodes and PathObjects in the whole file
  std::size_t max_offsets = 100'000;       // DeltaX or DeltaY values of one TextCode
};

// The text of an OFD (GB/T 33190-2016) page by page: runs in points from the page's top left,
// ruling lines from PathObjects. TemplatePage content (running headers, footers, the same on every
// page that uses it) is left out. Throws InputError (exit 3) naming the file and the broken part,
// and for a file with no text layer at all (a scan).
std::vector<PageText> ReadOfdPages(const std::string& path, std::string_view bytes,
                                   const OfdLimits& limits = {});

// The Document of an OFD plan: ReadOfdPages, then the line and paragraph building PDF shares.
Document LoadOfd(const std::string& path, std::string_view bytes);

}  // namespace plancheck
