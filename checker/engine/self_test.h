#pragma once
// Rule self-tests: every rule's `tests: {pass, fail, partial}` run through the engine, the way
// `plancheck rules test` and ctest run them.
#include <string>
#include <vector>

#include "checker/engine/result.h"
#include "checker/rulebook/rulebook_impl.h"

namespace plancheck {

struct SelfTestFailure {
  std::string rule;
  std::string file;
  int line = 0;          // of the test item in the pack
  std::string expected;  // "pass", "fail", "partial"
  std::string got;       // the rule's worst status on the snippet
  std::string text;      // the snippet
  std::vector<Result> results;
};

struct PackTestCount {
  std::string pack;
  std::string file;
  int rules = 0;
  int cases = 0;
  int passed = 0;
};

struct SelfTestReport {
  std::vector<PackTestCount> packs;
  std::vector<SelfTestFailure> failures;
  int cases = 0;
  int passed = 0;
  bool ok() const { return failures.empty(); }
};

// Parses the snippet as a small plan, applies the item's metadata and evaluates the one rule (its
// pack's `applies_to` is not consulted; its `when` is).
std::vector<Result> RunTestCase(const Rulebook& rulebook, int rule_index, const TestCase& test);

// Whether `results` are what `expect` asks: pass -> no fail or partial; fail -> a fail or partial;
// partial -> the worst is partial.
bool Meets(TestCase::Expect expect, const std::vector<Result>& results);

SelfTestReport RunSelfTests(const Rulebook& rulebook);

const char* ToString(TestCase::Expect expect);

}  // namespace plancheck
