// Arbitrary bytes as a saved web page (.html): LoadDocument -> LoadHtml (the charset from
// <meta>, GBK decoding, libxml2's HTML parser, the site's furniture left out, tables). Seeds: the
// fixture pages (tests/fixtures/formats/html/, one of them GBK) and the hostile ones.
#include <cstdint>

#include "fuzz/loaded_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return plancheck::fuzz::LoadAsFile(".html", data, size);
}
