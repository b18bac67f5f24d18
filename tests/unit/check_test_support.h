#pragma once
// Helpers for the check kind tests: a pack of one rule from YAML, run on a snippet.
#include <memory>
#include <string>
#include <vector>

#include "checker/engine/checks/registry.h"
#include "checker/engine/evaluate_internal.h"
#include "checker/engine/self_test.h"
#include "checker/rulebook/rulebook_impl.h"

namespace plancheck::testing {

// `rule` is the YAML of one rule, indented as a list item under `rules:` ("  - id: …").
inline std::shared_ptr<const Rulebook> OneRule(const std::string& rule) {
  return BuildRulebook(
      {{"test.yaml", "pack: t\ntitle: t\nissued: unknown\nrules:\n" + rule, false}},
      checks::CheckKinds());
}

// The rule's results on `text`, with an optional plan period.
inline std::vector<Result> RunOn(const Rulebook& book, const std::string& text, int from = 0,
                                 int to = 0) {
  TestCase test;
  test.text = text;
  if (from > 0) test.period = std::make_pair(from, to);
  return RunTestCase(book, 0, test);
}

inline std::vector<Result> Failures(const std::vector<Result>& results) {
  std::vector<Result> out;
  for (const Result& r : results) {
    if (r.status == Status::kFail) out.push_back(r);
  }
  return out;
}

}  // namespace plancheck::testing
