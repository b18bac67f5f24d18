// LoadOfd apart from ReadOfdPages (read_pages.cc), so that what links only the page reading does
// not need the shared builder.
#include "checker/formats/ofd/loader.h"

namespace plancheck {

Document LoadOfd(const std::string& path, std::string_view bytes) {
  return BuildFromPages(path, "ofd", ReadOfdPages(path, bytes));
}

}  // namespace plancheck
