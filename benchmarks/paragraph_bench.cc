// One plan of one long paragraph: parse, extract and evaluate should grow linearly with the
// paragraph's length (64 KB, 256 KB, 1 MB), for many typo hits and for many prose targets.
#include <benchmark/benchmark.h>

#include "checker/decode/decoded_text.h"
#include "checker/document/document.h"
#include "checker/engine/evaluate.h"
#include "checker/indicators/indicator.h"
#include "checker/rulebook/rulebook.h"

namespace plancheck {
namespace {

std::string OneParagraphPlan(std::string_view seed, std::size_t bytes) {
  std::string plan = "松江区公共法律服务体系建设三年规划\n";
  while (plan.size() + seed.size() <= bytes) plan += seed;
  return plan + "\n";
}

void CheckOneParagraph(benchmark::State& state, std::string_view seed) {
  const auto rulebook = LoadRulebook(RulebookOptions{});
  const std::string plan = OneParagraphPlan(seed, static_cast<std::size_t>(state.range(0)));
  const DecodedText decoded = Decode(plan, "plan.txt");
  for (auto _ : state) {
    const Document doc = ParseText("plan.txt", decoded.utf8, decoded.encoding);
    benchmark::DoNotOptimize(Evaluate(*rulebook, doc, ExtractIndicators(doc)));
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(plan.size()));
}

// A typo every 8 code points (the slow repro).
void BM_OneParagraphManyTypos(benchmark::State& state) {
  CheckOneParagraph(state, "推进公正处建设，");
}
BENCHMARK(BM_OneParagraphManyTypos)
    ->Arg(64 << 10)
    ->Arg(256 << 10)
    ->Arg(1 << 20)
    ->Unit(benchmark::kMillisecond);

// A prose target every 22 code points, no full stop (the memory repro).
void BM_OneParagraphManyTargets(benchmark::State& state) {
  CheckOneParagraph(state, "公共法律服务体系建设覆盖率达到100%，");
}
BENCHMARK(BM_OneParagraphManyTargets)
    ->Arg(64 << 10)
    ->Arg(256 << 10)
    ->Arg(1 << 20)
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace plancheck
