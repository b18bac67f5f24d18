// Indicator extraction over the corpus: the documents are parsed once, outside the timing.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "checker/document/document.h"
#include "checker/formats/format.h"
#include "checker/indicators/indicator.h"

namespace {

const std::vector<std::string>& Stems() {
  static const std::vector<std::string> stems = {
      "jiangsu-lianyungang-2023-2025", "jilin-changchun-lvyuan-2021-2025-draft",
      "shanghai-putuo-2020-2022", "shanghai-songjiang-2023-2025",
      "sichuan-leshan-wutongqiao-2021-2025"};
  return stems;
}

std::string CorpusPath(const std::string& stem) {
  return std::string(PLANCHECK_SOURCE_DIR) + "/corpus/" + stem + ".txt";
}

const std::vector<plancheck::Document>& Corpus() {
  static const std::vector<plancheck::Document> docs = [] {
    std::vector<plancheck::Document> out;
    for (const std::string& stem : Stems())
      out.push_back(plancheck::LoadDocument(CorpusPath(stem)));
    return out;
  }();
  return docs;
}

// Tables and prose of all five plans.
void BM_ExtractIndicatorsCorpus(benchmark::State& state) {
  const std::vector<plancheck::Document>& docs = Corpus();
  std::size_t found = 0;
  for (auto _ : state) {
    for (const plancheck::Document& doc : docs) {
      const plancheck::Indicators ind = plancheck::ExtractIndicators(doc);
      found = ind.items.size();
      benchmark::DoNotOptimize(ind);
    }
  }
  state.counters["plans"] = static_cast<double>(docs.size());
  state.counters["last_plan_indicators"] = static_cast<double>(found);
}
BENCHMARK(BM_ExtractIndicatorsCorpus)->Unit(benchmark::kMillisecond);

// Per plan, to see which kind of plan costs what.
void BM_ExtractIndicatorsPlan(benchmark::State& state) {
  const plancheck::Document& doc = Corpus()[static_cast<std::size_t>(state.range(0))];
  for (auto _ : state) benchmark::DoNotOptimize(plancheck::ExtractIndicators(doc));
  state.SetLabel(Stems()[static_cast<std::size_t>(state.range(0))]);
}
BENCHMARK(BM_ExtractIndicatorsPlan)->DenseRange(0, 4)->Unit(benchmark::kMillisecond);

// Parse plus extraction, the cost a user sees for `plancheck indicators` over the corpus.
void BM_LoadAndExtractCorpus(benchmark::State& state) {
  for (auto _ : state) {
    for (const std::string& stem : Stems()) {
      benchmark::DoNotOptimize(
          plancheck::ExtractIndicators(plancheck::LoadDocument(CorpusPath(stem))));
    }
  }
}
BENCHMARK(BM_LoadAndExtractCorpus)->Unit(benchmark::kMillisecond);

}  // namespace
