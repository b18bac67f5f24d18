#pragma once
// The trigger patterns of one view, matched over a block in one pass: plain strings through a
// LiteralMatcher (most patterns), real regular expressions through one RE2::Set, so the set's DFA
// stays small and does not thrash when consecutive plans differ.
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include <re2/set.h>

#include "checker/rulebook/literal_matcher.h"

namespace plancheck {

// RE2 options of the trigger sets: those of PatternOptions() with the memory a DFA over every
// rule's regular expressions needs to keep its states from one plan to the next.
const RE2::Options& TriggerSetOptions();

// The plain string a pattern (in its view's form) matches exactly, or "" when it uses
// regular-expression syntax (or is empty).
std::string PatternLiteral(std::string_view pattern);

class TriggerMatcher {
 public:
  TriggerMatcher();
  ~TriggerMatcher();
  TriggerMatcher(TriggerMatcher&&) noexcept;
  TriggerMatcher& operator=(TriggerMatcher&&) noexcept;

  // Adds the next entry (numbered from 0). False with RE2's message in `error` when the pattern
  // does not compile.
  bool Add(const std::string& pattern, std::string* error);
  // Builds the matchers; false when the regular expressions do not fit in the set's budget.
  bool Compile();

  bool empty() const { return entries_ == 0; }
  // The entries that go through the RE2::Set, in order (for the budget's message).
  const std::vector<int>& regex_entries() const { return regex_entries_; }

  // Appends every entry that matches somewhere in `text`, ascending, each once.
  void Match(std::string_view text, std::vector<int>& entries) const;

 private:
  std::unique_ptr<RE2::Set> NewSet() const;

  struct SetPool;
  int entries_ = 0;
  std::vector<std::string> literals_;
  std::vector<int> literal_entries_;
  std::vector<std::string> regexes_;
  std::vector<int> regex_entries_;
  LiteralMatcher literal_matcher_;
  std::unique_ptr<RE2::Set> building_;
  // Compiled sets not in use. A match takes one (compiling another when every one is busy) and
  // gives it back: threads never share a set, so they never wait on one DFA cache's lock.
  std::unique_ptr<SetPool> pool_;
};

}  // namespace plancheck
