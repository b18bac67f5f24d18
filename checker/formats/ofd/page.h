#pragma once
#include <cstddef>
#include <string>

#include "checker/document/page_text.h"
#include "checker/formats/ofd/package.h"

namespace plancheck::ofd {

struct PageScan {
  PageText text;
  int images = 0;  // ImageObjects: a page with images and no text is a scan
};

// Reads page `index` (0-based) of `layout`: its Content.xml layers, TextObjects as runs (in points,
// from the page's top left), PathObjects' straight horizontal and vertical pieces as ruling lines.
// `objects` counts TextCodes and PathObjects over the whole file against the limit. Throws
// InputError naming the part and the object for a broken Boundary, CTM, DeltaX or DeltaY.
PageScan ReadPage(ZipArchive& zip, const Layout& layout, std::size_t index, const OfdLimits& limits,
                  std::size_t& objects);

}  // namespace plancheck::ofd
