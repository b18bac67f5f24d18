#include "checker/engine/checks/patterns.h"

#include "checker/document/normalise.h"

namespace plancheck::checks {

PatternList PatternList::Read(YamlMap& map, std::string_view key, View view, bool required,
                              bool literal) {
  PatternList list;
  list.view_ = view;
  if (!required && !map.Has(key)) return list;
  list.written_ = required ? map.RequiredList(key) : map.OptionalList(key);
  const YAML::Node at = map.Get(key);
  list.mark_ = at.Mark();
  for (const std::string& item : list.written_) {
    std::string pattern = literal ? LiteralPattern(item, view)
                                  : (view == View::kNorm ? NormalisePattern(item) : item);
    list.compiled_.push_back(CompilePattern(pattern, map.source(), at));
    list.patterns_.push_back(std::move(pattern));
  }
  return list;
}

// A key lists a handful of patterns: they are tried one by one. Long word lists go through the
// engine's RE2::Set instead (substitution).
bool PatternList::Any(std::string_view text) const {
  for (const auto& re : compiled_) {
    if (RE2::PartialMatch(text, *re)) return true;
  }
  return false;
}

bool PatternList::AnyFull(std::string_view text) const {
  for (const auto& re : compiled_) {
    if (RE2::FullMatch(text, *re)) return true;
  }
  return false;
}

std::pair<std::size_t, std::size_t> PatternList::First(std::string_view text,
                                                       std::size_t from) const {
  std::pair<std::size_t, std::size_t> best{std::string_view::npos, 0};
  if (from > text.size()) return best;
  for (const auto& re : compiled_) {
    re2::StringPiece piece;
    if (!re->Match(text, from, text.size(), RE2::UNANCHORED, &piece, 1)) continue;
    const auto begin = static_cast<std::size_t>(piece.data() - text.data());
    if (begin < best.first) best = {begin, begin + piece.size()};
  }
  return best;
}

MatchCursor::MatchCursor(const PatternList& list, std::string_view text)
    : list_(list), text_(text), next_(list.size()), searched_(list.size(), false) {}

std::pair<std::size_t, std::size_t> MatchCursor::First(std::size_t from) {
  std::pair<std::size_t, std::size_t> best{std::string_view::npos, 0};
  if (from > text_.size()) return best;
  for (std::size_t i = 0; i < list_.size(); ++i) {
    auto& next = next_[i];
    // A match found from an earlier start still stands if it begins at or after `from`; none
    // found then means none now.
    if (!searched_[i] || (next.first != std::string_view::npos && next.first < from)) {
      re2::StringPiece piece;
      next = {std::string_view::npos, 0};
      if (list_.at(i).Match(text_, from, text_.size(), RE2::UNANCHORED, &piece, 1)) {
        const auto begin = static_cast<std::size_t>(piece.data() - text_.data());
        next = {begin, begin + piece.size()};
      }
      searched_[i] = true;
    }
    if (next.first < best.first) best = next;
  }
  return best;
}

void PatternList::AppendTriggers(std::vector<Trigger>& out) const {
  for (std::size_t i = 0; i < patterns_.size(); ++i) {
    out.push_back({patterns_[i], view_, mark_, true, compiled_[i].get()});
  }
}

std::vector<bool> HeadingsInScope(const Outline& outline, const PatternList& within) {
  std::vector<bool> in(outline.headings.size(), within.empty());
  if (within.empty()) return in;
  for (std::size_t i = 0; i < outline.headings.size(); ++i) {
    const Heading& h = outline.headings[i];
    const bool parent_in = h.parent >= 0 && static_cast<std::size_t>(h.parent) < i &&
                           in[static_cast<std::size_t>(h.parent)];
    in[i] = parent_in || within.Any(TitleNorm(h));
  }
  return in;
}

bool InScope(const Block& block, const std::vector<bool>& headings_in_scope,
             const PatternList& within) {
  if (within.empty()) return true;
  if (block.heading < 0 || static_cast<std::size_t>(block.heading) >= headings_in_scope.size()) {
    return false;
  }
  return headings_in_scope[static_cast<std::size_t>(block.heading)];
}

std::string TitleNorm(const Heading& heading) { return Nfkc(heading.title); }

}  // namespace plancheck::checks
