// Decoded text -> Document (ParseText: artefacts, blocks, outline, tables, metadata), through
// Decode as LoadDocument does for a .txt or .md plan. Checks what
// document.h, block.h and outline.h promise of the result (fuzz_support.h: CheckDocument).
#include <cstdint>

#include "checker/decode/decoded_text.h"
#include "checker/decode/input_error.h"
#include "checker/document/document.h"
#include "checker/formats/format.h"
#include "fuzz/fuzz_support.h"
#include "fuzz/mutators.h"

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size,
                                               std::size_t max_size, unsigned seed) {
  return plancheck::fuzz::MutatePlanText(data, size, max_size, seed);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  plancheck::Document doc;
  try {
    const plancheck::DecodedText decoded =
        plancheck::Decode(plancheck::fuzz::AsString(data, size), "fuzz.txt");
    doc = plancheck::ParseText("fuzz.txt", decoded.utf8, decoded.encoding);
  } catch (const plancheck::InputError& e) {
    plancheck::fuzz::Refused(e);
    return 0;
  }
  plancheck::fuzz::CheckDocument(doc);
  return 0;
}
