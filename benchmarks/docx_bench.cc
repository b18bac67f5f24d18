// Load time of each corpus plan as .docx (zip, XML, numbering, tables, outline, metadata), next
// to the same plan as .txt (decode and parse), bytes already in memory.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "checker/decode/decoded_text.h"
#include "checker/document/document.h"
#include "checker/formats/docx/loader.h"

namespace {

const std::vector<std::string>& Plans() {
  static const std::vector<std::string> plans = {
      "jiangsu-lianyungang-2023-2025", "jilin-changchun-lvyuan-2021-2025-draft",
      "shanghai-putuo-2020-2022", "shanghai-songjiang-2023-2025",
      "sichuan-leshan-wutongqiao-2021-2025"};
  return plans;
}

std::string Read(const std::string& relative) {
  return plancheck::ReadFileBytes(std::string(PLANCHECK_SOURCE_DIR) + "/" + relative);
}

void BM_LoadDocx(benchmark::State& state) {
  const std::string& stem = Plans()[static_cast<std::size_t>(state.range(0))];
  const std::string bytes = Read("tests/fixtures/docx/" + stem + ".docx");
  for (auto _ : state) benchmark::DoNotOptimize(plancheck::ParseDocx(stem + ".docx", bytes));
  state.SetLabel(stem);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_LoadDocx)->DenseRange(0, 4)->Unit(benchmark::kMillisecond);

void BM_LoadTxt(benchmark::State& state) {
  const std::string& stem = Plans()[static_cast<std::size_t>(state.range(0))];
  const std::string bytes = Read("corpus/" + stem + ".txt");
  for (auto _ : state) {
    const plancheck::DecodedText text = plancheck::Decode(bytes, stem + ".txt");
    benchmark::DoNotOptimize(plancheck::ParseText(stem + ".txt", text.utf8, text.encoding));
  }
  state.SetLabel(stem);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_LoadTxt)->DenseRange(0, 4)->Unit(benchmark::kMillisecond);

}  // namespace
