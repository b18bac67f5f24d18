// Load time of each corpus plan as .ofd (tests/fixtures/formats/ofd/, scripts/make-ofd-fixtures):
// the page reading alone (zip, XML, TextCodes, rulings), and the whole load with the line,
// paragraph and table building it shares with PDF. Bytes already in memory.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "checker/decode/decoded_text.h"
#include "checker/formats/ofd/loader.h"

namespace {

const std::vector<std::string>& Plans() {
  static const std::vector<std::string> plans = {
      "jiangsu-lianyungang-2023-2025", "jilin-changchun-lvyuan-2021-2025-draft",
      "shanghai-putuo-2020-2022", "shanghai-songjiang-2023-2025",
      "sichuan-leshan-wutongqiao-2021-2025"};
  return plans;
}

std::string OfdBytes(const std::string& stem) {
  return plancheck::ReadFileBytes(
      std::string(PLANCHECK_SOURCE_DIR) + "/tests/fixtures/formats/ofd/" + stem + ".ofd",
      plancheck::kMaxPackageBytes);
}

void BM_ReadOfdPages(benchmark::State& state) {
  const std::string& stem = Plans()[static_cast<std::size_t>(state.range(0))];
  const std::string bytes = OfdBytes(stem);
  for (auto _ : state) benchmark::DoNotOptimize(plancheck::ReadOfdPages(stem + ".ofd", bytes));
  state.SetLabel(stem);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_ReadOfdPages)->DenseRange(0, 4)->Unit(benchmark::kMillisecond);

void BM_LoadOfd(benchmark::State& state) {
  const std::string& stem = Plans()[static_cast<std::size_t>(state.range(0))];
  const std::string bytes = OfdBytes(stem);
  for (auto _ : state) benchmark::DoNotOptimize(plancheck::LoadOfd(stem + ".ofd", bytes));
  state.SetLabel(stem);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_LoadOfd)->DenseRange(0, 4)->Unit(benchmark::kMillisecond);

}  // namespace
