// Baseline JSON -> Baseline::Parse, then what --baseline does with it: marking the accepted gaps
// of a checked plan; and --write-baseline's Render. UsageError is the documented failure.
//
// `fuzz_baseline --write-seeds=DIR` writes seeds: the baseline of the sample plan, as
// --write-baseline writes it, and a few variants.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "checker/cli/baseline.h"
#include "checker/cli/usage_error.h"
#include "fuzz/fuzz_support.h"

namespace {

const plancheck::report::CheckedPlan& Checked() {
  static const plancheck::report::CheckedPlan checked = plancheck::fuzz::CheckPlan(
      plancheck::fuzz::ParsePlan("corpus/plan.txt", plancheck::fuzz::kSamplePlan));
  return checked;
}

void WriteSeeds(const std::string& dir) {
  const std::string rendered =
      plancheck::cli::Baseline::Render(plancheck::fuzz::RunOf({Checked()}));
  plancheck::fuzz::WriteSeed(dir, "sample-plan.json", rendered);
  plancheck::fuzz::WriteSeed(dir, "empty-gaps.json",
                             R"({"tool": "plancheck", "version": 1, "gaps": []})");
  plancheck::fuzz::WriteSeed(
      dir, "one-gap.json",
      R"({"tool": "plancheck", "version": 1, "gaps": [{"document": "./corpus//plan.txt", )"
      R"("rule": "drafting.typo.confusables", "hash": "0123456789abcdef", "line": 1e999, )"
      R"("status": "fail", "message": "\u516c\u6b63\ud800"}]})");
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  const std::vector<std::string> dirs = plancheck::fuzz::FlagValues(*argc, *argv, "write-seeds");
  if (!dirs.empty()) {
    WriteSeeds(dirs.front());
    std::exit(0);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const plancheck::report::Lang lang =
      size % 2 ? plancheck::report::Lang::kEn : plancheck::report::Lang::kZh;
  try {
    const plancheck::cli::Baseline baseline = plancheck::cli::Baseline::Parse(
        plancheck::fuzz::AsString(data, size), "baseline.json", lang);
    plancheck::report::CheckedPlan plan = Checked();
    baseline.Mark(plan);
    (void)plancheck::cli::Baseline::Render(plancheck::fuzz::RunOf({plan}));
  } catch (const plancheck::cli::UsageError& e) {
    plancheck::fuzz::Refused(e);
  }
  return 0;
}
