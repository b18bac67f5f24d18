// The rulebook loaded and validated (every pattern compiled, every trigger checked against its
// tests), and the engine on one corpus plan: the trigger pass alone and the full evaluation.
#include <benchmark/benchmark.h>

#include "checker/engine/evaluate.h"
#include "checker/engine/evaluate_internal.h"
#include "checker/engine/self_test.h"
#include "checker/formats/format.h"
#include "checker/indicators/indicator.h"
#include "checker/rulebook/rulebook_impl.h"

namespace plancheck {
namespace {

const std::string kPlan =
    std::string(PLANCHECK_SOURCE_DIR) + "/corpus/jiangsu-lianyungang-2023-2025.txt";

void BM_LoadRulebook(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(LoadRulebook({}));
}
BENCHMARK(BM_LoadRulebook)->Unit(benchmark::kMillisecond);

void BM_FindHits(benchmark::State& state) {
  const auto book = LoadRulebook({});
  const Document doc = LoadDocument(kPlan);
  for (auto _ : state) benchmark::DoNotOptimize(FindHits(*book, doc));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * 43786);
}
BENCHMARK(BM_FindHits)->Unit(benchmark::kMillisecond);

void BM_EvaluatePlan(benchmark::State& state) {
  const auto book = LoadRulebook({});
  const Document doc = LoadDocument(kPlan);
  const Indicators indicators = ExtractIndicators(doc);
  for (auto _ : state) benchmark::DoNotOptimize(Evaluate(*book, doc, indicators));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * 43786);
}
BENCHMARK(BM_EvaluatePlan)->Unit(benchmark::kMillisecond);

void BM_SelfTests(benchmark::State& state) {
  const auto book = LoadRulebook({});
  for (auto _ : state) benchmark::DoNotOptimize(RunSelfTests(*book));
}
BENCHMARK(BM_SelfTests)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace plancheck
