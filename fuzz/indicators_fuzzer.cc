// Plan text -> ExtractIndicators (indicator tables and prose targets: numbers, units, ranges,
// changes, per-population rates), through Decode and ParseText as `plancheck indicators` does.
// The custom mutator builds what the indicator code reads: tables of huge numbers, target
// sentences, very long paragraphs.
#include <cstdint>

#include "checker/decode/decoded_text.h"
#include "checker/decode/input_error.h"
#include "checker/document/document.h"
#include "checker/indicators/indicator.h"
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
  const plancheck::Indicators indicators = plancheck::ExtractIndicators(doc);
  for (const plancheck::Indicator& indicator : indicators.items) {
    if (indicator.block < -1 || indicator.block >= static_cast<long>(doc.blocks.size())) {
      plancheck::fuzz::Broken("indicator's block out of range", indicator.block,
                              static_cast<long>(doc.blocks.size()));
    }
  }
  return 0;
}
