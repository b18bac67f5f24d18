#include <gtest/gtest.h>

#include "checker/decode/decoded_text.h"
#include "checker/document/document.h"
#include "checker/formats/format.h"
#include "test_paths.h"

namespace plancheck {
namespace {

// A 10 MB plan (a corpus plan repeated) parses completely: every copy's lines are found at their
// place, and nothing is cut short.
TEST(LargePlan, TenMegabytesParse) {
  const std::string one = ReadFileBytes(testing::CorpusPath("shanghai-songjiang-2023-2025"));
  std::string big;
  int copies = 0;
  while (big.size() < 10u * 1024 * 1024) {
    big += one;
    if (!big.ends_with('\n')) big += '\n';
    ++copies;
  }
  const DecodedText decoded = Decode(big, "big.txt");
  const Document doc = ParseText("big.txt", decoded.utf8, decoded.encoding);
  const Document single = LoadDocument(testing::CorpusPath("shanghai-songjiang-2023-2025"));
  EXPECT_EQ(doc.blocks.size(), single.blocks.size() * static_cast<std::size_t>(copies));
  EXPECT_EQ(doc.blocks.back().line, single.blocks.back().line + single.line_count * (copies - 1));
}

}  // namespace
}  // namespace plancheck
