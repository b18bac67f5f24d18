// In-process costs of plancheck's main paths: the rulebook loaded and compiled, one plan checked
// and rendered, the corpus audited (MB/s of plan text). Run: build/benchmarks/plancheck_bench.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "checker/cli/checking.h"
#include "checker/engine/evaluate.h"
#include "checker/formats/format.h"
#include "checker/indicators/indicator.h"
#include "checker/report/report.h"

namespace plancheck {
namespace {

std::string Source(const std::string& relative) {
  return std::string(PLANCHECK_SOURCE_DIR) + "/" + relative;
}

std::vector<std::string> CorpusFiles() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(Source("corpus"))) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

void BM_RulebookLoadAndCompile(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(LoadRulebook(RulebookOptions{}));
}
BENCHMARK(BM_RulebookLoadAndCompile)->Unit(benchmark::kMillisecond);

void BM_CheckOnePlan(benchmark::State& state) {
  const auto rulebook = LoadRulebook(RulebookOptions{});
  const std::string path = Source("corpus/shanghai-songjiang-2023-2025.txt");
  const auto rules = ListRules(*rulebook);
  for (auto _ : state) {
    report::CheckRun run;
    run.rules = rules;
    report::CheckedPlan plan;
    plan.document = std::make_shared<const Document>(LoadDocument(path));
    plan.report = Evaluate(*rulebook, *plan.document, ExtractIndicators(*plan.document));
    run.plans.push_back(std::move(plan));
    benchmark::DoNotOptimize(report::RenderText(run, report::RenderOptions{}));
  }
  state.SetBytesProcessed(state.iterations() *
                          static_cast<int64_t>(std::filesystem::file_size(path)));
}
BENCHMARK(BM_CheckOnePlan)->Unit(benchmark::kMillisecond);

// What `audit corpus/` does, less the disk writes: check every plan (on `jobs` threads) and render
// every report and view.
void BM_AuditCorpus(benchmark::State& state) {
  cli::CheckRequest request;
  request.files = CorpusFiles();
  request.jobs = static_cast<int>(state.range(0));
  int64_t bytes = 0;
  for (const std::string& f : request.files) bytes += std::filesystem::file_size(f);
  report::AuditLayout layout;
  for (const std::string& f : request.files) {
    layout.report_stems.push_back(std::filesystem::path(f).stem().string());
  }
  const report::RenderOptions options;
  for (auto _ : state) {
    const report::CheckRun run = cli::CheckPlans(request);
    for (const report::CheckedPlan& plan : run.plans) {
      report::CheckRun one{run.version, run.rules, {plan}, {}, {}, run.working_dir};
      benchmark::DoNotOptimize(report::RenderMarkdown(one, options));
      benchmark::DoNotOptimize(report::RenderHtml(one, options));
      benchmark::DoNotOptimize(report::RenderJson(one, options));
    }
    benchmark::DoNotOptimize(report::RenderIndexHtml(run, layout, options));
    benchmark::DoNotOptimize(report::RenderMatrixCsv(run, options));
    benchmark::DoNotOptimize(report::RenderSummaryJson(run, layout, options));
  }
  state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_AuditCorpus)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace plancheck
