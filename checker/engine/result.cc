#include "checker/engine/result.h"

#include <map>

namespace plancheck {

const char* ToString(Status s) {
  switch (s) {
    case Status::kPass:
      return "pass";
    case Status::kFail:
      return "fail";
    case Status::kPartial:
      return "partial";
    case Status::kNa:
      return "n/a";
  }
  return "n/a";
}

const char* ToString(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "info";
  }
  return "info";
}

const char* ToString(BasisSource s) { return s == BasisSource::kSecondary ? "secondary" : "text"; }

int& LevelCounts::at(Severity level) {
  switch (level) {
    case Severity::kError:
      return error;
    case Severity::kWarning:
      return warning;
    case Severity::kInfo:
      return info;
  }
  return info;
}

int LevelCounts::at(Severity level) const { return const_cast<LevelCounts&>(*this).at(level); }

int ScoreWeight(Severity level) {
  switch (level) {
    case Severity::kError:
      return 3;
    case Severity::kWarning:
      return 2;
    case Severity::kInfo:
      return 1;
  }
  return 1;
}

namespace {

// Higher is worse: a rule's status is the worst of its results.
int Badness(Status s) {
  switch (s) {
    case Status::kFail:
      return 3;
    case Status::kPartial:
      return 2;
    case Status::kPass:
      return 1;
    case Status::kNa:
      return 0;
  }
  return 0;
}

}  // namespace

Summary Summarise(const std::vector<Result>& results) {
  struct Worst {
    Status status;
    Severity level;
  };
  std::map<std::string, Worst> by_rule;
  for (const Result& r : results) {
    const auto [it, inserted] = by_rule.emplace(r.rule, Worst{r.status, r.level});
    if (!inserted && Badness(r.status) > Badness(it->second.status)) it->second.status = r.status;
  }
  Summary s;
  double weight = 0;
  double earned = 0;
  for (const auto& [rule, worst] : by_rule) {
    ++s.rules;
    const double w = ScoreWeight(worst.level);
    switch (worst.status) {
      case Status::kPass:
        ++s.pass;
        earned += w;
        break;
      case Status::kFail:
        ++s.fail;
        ++s.failing.at(worst.level);
        break;
      case Status::kPartial:
        ++s.partial;
        ++s.failing.at(worst.level);
        earned += w / 2;
        break;
      case Status::kNa:
        ++s.na;
        continue;
    }
    weight += w;
  }
  s.score = weight > 0 ? 100.0 * earned / weight : 100.0;
  return s;
}

}  // namespace plancheck
