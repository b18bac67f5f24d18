#pragma once
// Helpers the check kinds share: a key's list of patterns, compiled once, and section scopes.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "checker/document/document.h"
#include "checker/rulebook/check.h"

namespace plancheck::checks {

// The patterns of one key (`heading`, `patterns`, `within` …), in their view's form, compiled.
class PatternList {
 public:
  PatternList() = default;
  // Reads `key` (a text or a list). `literal` treats each item as a plain string.
  static PatternList Read(YamlMap& map, std::string_view key, View view, bool required,
                          bool literal = false);

  bool empty() const { return compiled_.empty(); }
  std::size_t size() const { return compiled_.size(); }
  View view() const { return view_; }
  const RE2& at(std::size_t i) const { return *compiled_[i]; }
  const std::string& written(std::size_t i) const { return written_[i]; }

  // True when one of the patterns matches somewhere in `text`.
  bool Any(std::string_view text) const;
  // The first match of any pattern in `text` at or after `from`: (begin, end), or npos.
  std::pair<std::size_t, std::size_t> First(std::string_view text, std::size_t from = 0) const;
  // True when one of the patterns matches all of `text`.
  bool AnyFull(std::string_view text) const;

  void AppendTriggers(std::vector<Trigger>& out) const;

 private:
  View view_ = View::kNorm;
  YAML::Mark mark_;
  std::vector<std::string> written_;   // as in the pack
  std::vector<std::string> patterns_;  // in the view's form
  std::vector<std::unique_ptr<const RE2>> compiled_;
};

// PatternList::First over one text for a scan that only moves forward: each pattern's next match
// is kept until the scan passes it, so counting many mentions searches the text about once per
// pattern, not once per mention.
class MatchCursor {
 public:
  MatchCursor(const PatternList& list, std::string_view text);
  // list.First(text, from), for non-decreasing `from`.
  std::pair<std::size_t, std::size_t> First(std::size_t from);

 private:
  const PatternList& list_;
  std::string_view text_;
  std::vector<std::pair<std::size_t, std::size_t>> next_;  // per pattern; npos when none is left
  std::vector<bool> searched_;
};

// The view of a block a list reads.
inline std::string_view ViewOf(const Block& block, View view) {
  return view == View::kNorm ? std::string_view(block.norm) : std::string_view(block.text);
}

// For each heading: whether it, or a heading above it, has a title `within` matches.
std::vector<bool> HeadingsInScope(const Outline& outline, const PatternList& within);

// Whether a block counts for a check scoped by `within` (every block when `within` is empty).
bool InScope(const Block& block, const std::vector<bool>& headings_in_scope,
             const PatternList& within);

// NFKC of a heading's title, for matching.
std::string TitleNorm(const Heading& heading);

}  // namespace plancheck::checks
