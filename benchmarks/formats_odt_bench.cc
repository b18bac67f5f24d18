// Load time of each corpus plan as .odt (zip, XML, list numbering, tables, outline, metadata) and
// as .doc (a LibreOffice conversion to .docx, then the .docx loader: seconds, dominated by
// soffice's start), bytes already in memory. The .doc benchmark skips without soffice.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "checker/decode/decoded_text.h"
#include "checker/formats/msword/converter.h"
#include "checker/formats/msword/loader.h"
#include "checker/formats/odt/loader.h"

namespace {

const std::vector<std::string>& Plans() {
  static const std::vector<std::string> plans = {
      "jiangsu-lianyungang-2023-2025", "jilin-changchun-lvyuan-2021-2025-draft",
      "shanghai-putuo-2020-2022", "shanghai-songjiang-2023-2025",
      "sichuan-leshan-wutongqiao-2021-2025"};
  return plans;
}

std::string Read(const std::string& relative) {
  return plancheck::ReadFileBytes(std::string(PLANCHECK_SOURCE_DIR) + "/" + relative,
                                  plancheck::kMaxPackageBytes);
}

void BM_LoadOdt(benchmark::State& state) {
  const std::string& stem = Plans()[static_cast<std::size_t>(state.range(0))];
  const std::string bytes = Read("tests/fixtures/formats/odt/" + stem + ".odt");
  for (auto _ : state) benchmark::DoNotOptimize(plancheck::LoadOdt(stem + ".odt", bytes));
  state.SetLabel(stem);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_LoadOdt)->DenseRange(0, 4)->Unit(benchmark::kMillisecond);

void BM_LoadDoc(benchmark::State& state) {
  if (!plancheck::msword::Converter::FromEnvironment().soffice) {
    state.SkipWithError("soffice not installed");
    return;
  }
  const std::string& stem = Plans()[static_cast<std::size_t>(state.range(0))];
  const std::string bytes = Read("tests/fixtures/formats/doc/" + stem + ".doc");
  for (auto _ : state) benchmark::DoNotOptimize(plancheck::LoadDoc(stem + ".doc", bytes));
  state.SetLabel(stem);
}
BENCHMARK(BM_LoadDoc)->DenseRange(0, 4)->Unit(benchmark::kMillisecond)->Iterations(2);

}  // namespace
