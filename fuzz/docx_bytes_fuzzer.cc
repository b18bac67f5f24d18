// Arbitrary bytes -> the .docx loader (ParseDocx: the zip container, [Content_Types].xml, the
// relationships, the XML parts). Random bytes mostly exercise the zip and package code: a changed
// byte inside a deflated part fails its CRC. docx_structured_fuzzer.cc reaches the XML.
#include <cstdint>
#include <string_view>

#include "checker/decode/input_error.h"
#include "checker/formats/docx/loader.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  plancheck::Document doc;
  try {
    doc = plancheck::ParseDocx("fuzz.docx",
                               std::string_view(reinterpret_cast<const char*>(data), size));
  } catch (const plancheck::InputError& e) {
    plancheck::fuzz::Refused(e);
    return 0;
  }
  plancheck::fuzz::CheckDocument(doc);
  return 0;
}
