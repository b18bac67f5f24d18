// Load time of each corpus plan as a saved web page (decode, libxml2's HTML parse, furniture and
// article, tables, outline, metadata), bytes already in memory; compare BM_LoadDocx.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "checker/decode/decoded_text.h"
#include "checker/formats/html/loader.h"

namespace {

const std::vector<std::string>& HtmlPlans() {
  static const std::vector<std::string> plans = {
      "jiangsu-lianyungang-2023-2025", "jilin-changchun-lvyuan-2021-2025-draft",
      "shanghai-putuo-2020-2022", "shanghai-songjiang-2023-2025",
      "sichuan-leshan-wutongqiao-2021-2025"};
  return plans;
}

void BM_LoadHtml(benchmark::State& state) {
  const std::string& stem = HtmlPlans()[static_cast<std::size_t>(state.range(0))];
  const std::string bytes = plancheck::ReadFileBytes(
      std::string(PLANCHECK_SOURCE_DIR) + "/tests/fixtures/formats/html/" + stem + ".html");
  for (auto _ : state) benchmark::DoNotOptimize(plancheck::LoadHtml(stem + ".html", bytes));
  state.SetLabel(stem);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_LoadHtml)->DenseRange(0, 4)->Unit(benchmark::kMillisecond);

}  // namespace
