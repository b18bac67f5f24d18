#include "checker/engine/self_test.h"

#include <optional>
#include <string>

#include "checker/document/document.h"
#include "checker/document/writing_window.h"
#include "checker/engine/evaluate_internal.h"
#include "checker/indicators/indicator.h"

namespace plancheck {

const char* ToString(TestCase::Expect expect) {
  switch (expect) {
    case TestCase::Expect::kPass:
      return "pass";
    case TestCase::Expect::kFail:
      return "fail";
    case TestCase::Expect::kPartial:
      return "partial";
  }
  return "pass";
}

std::vector<Result> RunTestCase(const Rulebook& rulebook, int rule_index, const TestCase& test) {
  const Rule& rule = rulebook.rules[static_cast<std::size_t>(rule_index)];
  Document doc = ParseText("test:" + rule.spec.id + ".txt", test.text, "UTF-8");
  ApplyOverrides(test, doc.metadata);
  doc.metadata.written = ReadWrittenWindow(doc, doc.metadata);  // with the test's date and period
  const Indicators indicators = ExtractIndicators(doc);
  const std::vector<std::vector<Hit>> hits = FindHits(rulebook, doc);
  std::vector<Result> results;
  EvaluateRule(rulebook, rule_index, doc, indicators, hits[static_cast<std::size_t>(rule_index)],
               results);
  return results;
}

bool Meets(TestCase::Expect expect, const std::vector<Result>& results) {
  const Status worst = Worst(results);
  switch (expect) {
    case TestCase::Expect::kPass:
      return worst == Status::kPass || worst == Status::kNa;
    case TestCase::Expect::kFail:
      return worst == Status::kFail || worst == Status::kPartial;
    case TestCase::Expect::kPartial:
      return worst == Status::kPartial;
  }
  return false;
}

namespace {

// The fixes the gaps of `results` carry, in order, when the item says what they must be.
std::optional<std::string> FixMismatch(const TestCase& test, const std::vector<Result>& results) {
  if (!test.fixes) return std::nullopt;
  std::vector<std::string> got;
  for (const Result& r : results) {
    if (!r.fix.empty()) got.push_back(r.fix);
  }
  if (got == *test.fixes) return std::nullopt;
  std::string shown = "fixes [";
  for (std::size_t i = 0; i < got.size(); ++i) shown += (i ? ", \"" : "\"") + got[i] + "\"";
  return shown + "]";
}

std::string Expected(const TestCase& test) {
  std::string out = ToString(test.expect);
  if (!test.fixes) return out;
  out += " with fixes [";
  for (std::size_t i = 0; i < test.fixes->size(); ++i)
    out += (i ? ", \"" : "\"") + (*test.fixes)[i] + "\"";
  return out + "]";
}

}  // namespace

SelfTestReport RunSelfTests(const Rulebook& rulebook) {
  SelfTestReport report;
  for (const Pack& pack : rulebook.packs) {
    PackTestCount count{pack.info.name, pack.info.file, static_cast<int>(pack.rules.size()), 0, 0};
    for (const int r : pack.rules) {
      const Rule& rule = rulebook.rules[static_cast<std::size_t>(r)];
      for (const TestCase& test : rule.spec.tests) {
        ++count.cases;
        std::vector<Result> results = RunTestCase(rulebook, r, test);
        const bool met = Meets(test.expect, results);
        const std::optional<std::string> mismatch = FixMismatch(test, results);
        if (met && !mismatch) {
          ++count.passed;
          continue;
        }
        report.failures.push_back({rule.spec.id, rule.spec.file, test.line, Expected(test),
                                   met ? *mismatch : ToString(Worst(results)), test.text,
                                   std::move(results)});
      }
    }
    report.cases += count.cases;
    report.passed += count.passed;
    report.packs.push_back(std::move(count));
  }
  return report;
}

}  // namespace plancheck
