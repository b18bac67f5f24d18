#include "checker/rulebook/trigger_budget.h"

#include <algorithm>
#include <memory>

#include <fmt/format.h>
#include <re2/re2.h>

#include "checker/decode/utf8.h"
#include "checker/rulebook/pattern.h"
#include "checker/rulebook/rule_error.h"

namespace plancheck {
namespace {

constexpr std::size_t kLargestShown = 3;
constexpr std::size_t kPatternShown = 60;  // code points of a pattern quoted in the message

const Rule& RuleOf(const Rulebook& book, const std::pair<int, int>& ref) {
  return book.rules[static_cast<std::size_t>(ref.first)];
}

const Trigger& TriggerOf(const Rulebook& book, const std::pair<int, int>& ref) {
  return RuleOf(book, ref).triggers[static_cast<std::size_t>(ref.second)];
}

// The view's triggers that go through its RE2::Set (plain strings do not): indices into refs.
const std::vector<int>& SetEntries(const Rulebook& book, int view) {
  return book.index.matchers[view].regex_entries();
}

// Whether the first `count` regular-expression triggers of the view fit in one set.
bool Fits(const Rulebook& book, int view, std::size_t count) {
  RE2::Set set(TriggerSetOptions(), RE2::UNANCHORED);
  const auto& refs = book.index.refs[view];
  const std::vector<int>& entries = SetEntries(book, view);
  for (std::size_t i = 0; i < count; ++i) {
    set.Add(TriggerOf(book, refs[static_cast<std::size_t>(entries[i])]).pattern, nullptr);
  }
  return set.Compile();
}

// The entry of the trigger whose addition makes the set overflow: the shortest prefix of the
// view's set triggers that does not fit ends with it. Each probe compiles a set near the budget
// (about a second for patterns at RE2's limit), so the search starts at the top, where a --rules
// pack loaded after the bundled ones overflows: prefixes n-1, n-3, n-7 … until one fits, then
// bisection between. One compilation when the last pattern overflows, O(log n) otherwise.
std::size_t Overflowing(const Rulebook& book, int view) {
  const std::vector<int>& entries = SetEntries(book, view);
  std::size_t fits = 0, fails = entries.size();  // the empty prefix fits, the whole set does not
  for (std::size_t gap = 1; gap < fails; gap *= 2) {
    const std::size_t probe = fails - gap;
    if (Fits(book, view, probe)) {
      fits = probe;
      break;
    }
    fails = probe;
  }
  while (fails - fits > 1) {
    const std::size_t mid = fits + (fails - fits) / 2;
    (Fits(book, view, mid) ? fits : fails) = mid;
  }
  return static_cast<std::size_t>(entries[fails - 1]);
}

std::string Quoted(const std::string& pattern) {
  const std::size_t end = utf8::ByteOffset(pattern, kPatternShown);
  // Appended, not "\"" + …: GCC 12 -O2 warns (-Wrestrict) on that insert at 0.
  return std::string("\"").append(pattern, 0, end).append(end < pattern.size() ? "…" : "") + "\"";
}

std::string Where(const Rule& rule, const Trigger& trigger) {
  const int line = trigger.mark.is_null() ? rule.spec.line : trigger.mark.line + 1;
  return fmt::format("{} ({}:{})", rule.spec.id, rule.spec.file, line);
}

// "rule a.b (file:12) 40213 instructions, …" for the largest patterns of the view.
std::string Largest(const Rulebook& book, int view) {
  std::vector<std::pair<int, std::pair<int, int>>> sizes;
  for (const int entry : SetEntries(book, view)) {
    const auto& ref = book.index.refs[view][static_cast<std::size_t>(entry)];
    const Trigger& trigger = TriggerOf(book, ref);
    // The check's own compilation where it has one: no second one.
    std::unique_ptr<const RE2> own;
    const RE2* re = trigger.compiled;
    if (re == nullptr)
      re = (own = std::make_unique<const RE2>(trigger.pattern, PatternOptions())).get();
    sizes.emplace_back(re->ok() ? re->ProgramSize() : 0, ref);
  }
  const std::size_t shown = std::min(kLargestShown, sizes.size());
  std::partial_sort(sizes.begin(), sizes.begin() + static_cast<std::ptrdiff_t>(shown), sizes.end(),
                    [](const auto& a, const auto& b) {
                      return a.first != b.first ? a.first > b.first : a.second < b.second;
                    });
  std::string out;
  for (std::size_t i = 0; i < shown; ++i) {
    const auto& [size, ref] = sizes[i];
    out += fmt::format("{}rule {} {} ({} RE2 instructions)", i ? "; " : "",
                       Where(RuleOf(book, ref), TriggerOf(book, ref)),
                       Quoted(TriggerOf(book, ref).pattern), size);
  }
  return out;
}

}  // namespace

void FailTriggerBudget(const Rulebook& book, int view) {
  if (SetEntries(book, view).empty()) throw RuleError("RE2 cannot compile an empty pattern set");
  const auto& ref = book.index.refs[view][Overflowing(book, view)];
  const Rule& rule = RuleOf(book, ref);
  const Trigger& trigger = TriggerOf(book, ref);
  FailAt(
      {rule.spec.file, "rule " + rule.spec.id, {}}, trigger.mark,
      fmt::format("the rule patterns together exceed RE2's memory budget ({} MiB for the "
                  "patterns of the {} view): this rule's pattern {} makes them overflow. The "
                  "largest patterns: {}. Split or shorten the largest patterns (fewer "
                  "alternatives, smaller {{n,m}} repeats, no nested repeats), or drop rules "
                  "the plans do not need",
                  TriggerSetOptions().max_mem() >> 20, view == 0 ? "normalised (NFKC)" : "raw text",
                  Quoted(trigger.pattern), Largest(book, view)));
}

}  // namespace plancheck
