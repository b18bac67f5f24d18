// Load time of each corpus plan as a PDF (LibreOffice's export of the .docx fixture): poppler's
// text layer, the page rendering that finds table rules, and BuildFromPages; bytes in memory.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "checker/decode/decoded_text.h"
#include "checker/formats/pdf/loader.h"

namespace {

const std::vector<std::string>& PdfPlans() {
  static const std::vector<std::string> plans = {
      "jiangsu-lianyungang-2023-2025", "jilin-changchun-lvyuan-2021-2025-draft",
      "shanghai-putuo-2020-2022", "shanghai-songjiang-2023-2025",
      "sichuan-leshan-wutongqiao-2021-2025"};
  return plans;
}

void BM_LoadPdf(benchmark::State& state) {
  const std::string& stem = PdfPlans()[static_cast<std::size_t>(state.range(0))];
  const std::string bytes = plancheck::ReadFileBytes(
      std::string(PLANCHECK_SOURCE_DIR) + "/tests/fixtures/formats/pdf/" + stem + ".pdf",
      std::size_t{1} << 26);
  for (auto _ : state) benchmark::DoNotOptimize(plancheck::LoadPdf(stem + ".pdf", bytes));
  state.SetLabel(stem);
}
BENCHMARK(BM_LoadPdf)->DenseRange(0, 4)->Unit(benchmark::kMillisecond);

}  // namespace
