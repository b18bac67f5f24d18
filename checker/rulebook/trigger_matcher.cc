#include "checker/rulebook/trigger_matcher.h"

#include <algorithm>

#include "checker/rulebook/pattern.h"

namespace plancheck {

struct TriggerMatcher::SetPool {
  std::mutex lock;
  std::vector<std::unique_ptr<RE2::Set>> idle;
};

const RE2::Options& TriggerSetOptions() {
  static const RE2::Options options = [] {
    RE2::Options o = PatternOptions();
    o.set_max_mem(std::int64_t{64} << 20);
    return o;
  }();
  return options;
}

std::string PatternLiteral(std::string_view pattern) {
  // PatternInWords reads \. \( … as the mark and gives "" for any other syntax: exactly the
  // patterns that match their words and nothing else.
  return pattern.empty() ? std::string() : PatternInWords(pattern);
}

TriggerMatcher::TriggerMatcher()
    : building_(std::make_unique<RE2::Set>(TriggerSetOptions(), RE2::UNANCHORED)),
      pool_(std::make_unique<SetPool>()) {}
TriggerMatcher::~TriggerMatcher() = default;
TriggerMatcher::TriggerMatcher(TriggerMatcher&&) noexcept = default;
TriggerMatcher& TriggerMatcher::operator=(TriggerMatcher&&) noexcept = default;

bool TriggerMatcher::Add(const std::string& pattern, std::string* error) {
  const int entry = entries_;
  std::string literal = PatternLiteral(pattern);
  if (!literal.empty()) {
    literals_.push_back(std::move(literal));
    literal_entries_.push_back(entry);
  } else {
    if (building_->Add(pattern, error) < 0) return false;
    regexes_.push_back(pattern);
    regex_entries_.push_back(entry);
  }
  ++entries_;
  return true;
}

bool TriggerMatcher::Compile() {
  literal_matcher_ = LiteralMatcher(literals_);
  if (regexes_.empty()) return true;
  if (!building_->Compile()) return false;
  pool_->idle.push_back(std::move(building_));
  return true;
}

std::unique_ptr<RE2::Set> TriggerMatcher::NewSet() const {
  auto set = std::make_unique<RE2::Set>(TriggerSetOptions(), RE2::UNANCHORED);
  for (const std::string& re : regexes_) set->Add(re, nullptr);
  set->Compile();  // it compiled once already with the same patterns and budget
  return set;
}

void TriggerMatcher::Match(std::string_view text, std::vector<int>& entries) const {
  const std::size_t start = entries.size();
  std::vector<int> found;
  literal_matcher_.Match(text, found);
  for (const int i : found) entries.push_back(literal_entries_[static_cast<std::size_t>(i)]);
  if (!regexes_.empty()) {
    std::unique_ptr<RE2::Set> set;
    {
      const std::lock_guard<std::mutex> hold(pool_->lock);
      if (!pool_->idle.empty()) {
        set = std::move(pool_->idle.back());
        pool_->idle.pop_back();
      }
    }
    if (!set) set = NewSet();
    found.clear();
    set->Match(text, &found);
    {
      const std::lock_guard<std::mutex> hold(pool_->lock);
      pool_->idle.push_back(std::move(set));
    }
    for (const int i : found) entries.push_back(regex_entries_[static_cast<std::size_t>(i)]);
  }
  std::sort(entries.begin() + static_cast<std::ptrdiff_t>(start), entries.end());
}

}  // namespace plancheck
