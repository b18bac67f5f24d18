#pragma once
// Which parts of a plan count as its commitments for a rule (`in:`), and the words a mention must
// have beside it in its sentence (`near:`). A reviewer counts a commitment where the plan commits
// (goals, tasks, safeguards, indicator tables), not where it looks back at what it has done.
#include <array>
#include <string>
#include <string_view>

#include "checker/document/document.h"
#include "checker/engine/checks/patterns.h"

namespace plancheck::checks {

class RoleScope {
 public:
  // `in: [tasks, safeguards]` (names as in the outline: background, guidance, goals, tasks,
  // safeguards, annex); without it every part but the background counts, and so does text no
  // part places (a preamble, an outline nothing recognises).
  static RoleScope Read(YamlMap& map);

  bool Counts(const Outline& outline, const Block& block) const;
  // Said when the only mentions are outside the scope, e.g. "仅在发展基础中提及，未作为任务部署".
  std::string OutsideMessage(SectionRole found_in) const;

 private:
  static constexpr std::size_t kRoles = 7;
  std::array<bool, kRoles> counts_{};
};

// A mention's sentence must also match one of `near` (every mention counts when it is empty).
bool NearEnough(const PatternList& near, std::string_view text, std::size_t at);

}  // namespace plancheck::checks
