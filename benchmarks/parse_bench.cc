#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "checker/decode/decoded_text.h"
#include "checker/document/document.h"

namespace {

const std::vector<std::string>& CorpusFiles() {
  static const std::vector<std::string> files = {
      "jiangsu-lianyungang-2023-2025", "jilin-changchun-lvyuan-2021-2025-draft",
      "shanghai-putuo-2020-2022", "shanghai-songjiang-2023-2025",
      "sichuan-leshan-wutongqiao-2021-2025"};
  return files;
}

// Decode + parse (artefacts, NFKC view, tables, outline, metadata) of the whole corpus.
void BM_ParseCorpus(benchmark::State& state) {
  std::vector<std::string> bytes;
  std::size_t total = 0;
  for (const std::string& stem : CorpusFiles()) {
    bytes.push_back(
        plancheck::ReadFileBytes(std::string(PLANCHECK_SOURCE_DIR) + "/corpus/" + stem + ".txt"));
    total += bytes.back().size();
  }
  for (auto _ : state) {
    for (std::size_t i = 0; i < bytes.size(); ++i) {
      const plancheck::DecodedText text = plancheck::Decode(bytes[i], CorpusFiles()[i]);
      benchmark::DoNotOptimize(plancheck::ParseText(CorpusFiles()[i], text.utf8, text.encoding));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total));
}
BENCHMARK(BM_ParseCorpus)->Unit(benchmark::kMillisecond);

// Decoding alone, GB18030 against UTF-8, on the same text.
void BM_DecodeGb18030(benchmark::State& state) {
  const std::string bytes = plancheck::ReadFileBytes(std::string(PLANCHECK_SOURCE_DIR) +
                                                     "/tests/fixtures/decode/plan-gb18030.txt");
  for (auto _ : state) benchmark::DoNotOptimize(plancheck::Decode(bytes, "gb"));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_DecodeGb18030);

}  // namespace
