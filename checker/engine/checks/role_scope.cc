#include "checker/engine/checks/role_scope.h"

#include "checker/document/section_roles.h"
#include "checker/rulebook/evidence.h"
#include "checker/rulebook/rule_error.h"

namespace plancheck::checks {
namespace {

std::size_t Index(SectionRole role) { return static_cast<std::size_t>(role); }

}  // namespace

RoleScope RoleScope::Read(YamlMap& map) {
  RoleScope scope;
  const std::vector<std::string> names = map.OptionalList("in");
  if (names.empty()) {
    scope.counts_.fill(true);
    scope.counts_[Index(SectionRole::kBackground)] = false;
    return scope;
  }
  for (const std::string& name : names) {
    SectionRole role = SectionRole::kNone;
    if (!ParseRole(name, role)) {
      map.Fail(map.Get("in"), "unknown section role '" + name +
                                  "' (background, guidance, goals, tasks, safeguards, annex)");
    }
    scope.counts_[Index(role)] = true;
  }
  return scope;
}

bool RoleScope::Counts(const Outline& outline, const Block& block) const {
  return counts_[Index(outline.RoleOf(block.heading))];
}

std::string RoleScope::OutsideMessage(SectionRole found_in) const {
  switch (found_in) {
    case SectionRole::kBackground:
      return "仅在发展基础（规划背景）中提及，未作为任务部署";
    case SectionRole::kGuidance:
      return "仅在指导思想、基本原则中提及，未作为具体任务部署";
    case SectionRole::kGoals:
      return "仅在目标中提及，未作为具体任务部署";
    case SectionRole::kSafeguards:
      return "仅在保障措施中提及，未作为具体任务部署";
    case SectionRole::kAnnex:
      return "仅在附件、专栏中提及";
    case SectionRole::kTasks:
      return "仅在主要任务中提及";
    case SectionRole::kNone:
      break;
  }
  return "仅在规定范围以外提及";
}

bool NearEnough(const PatternList& near, std::string_view text, std::size_t at) {
  if (near.empty()) return true;
  const auto [begin, end] = SentenceBounds(text, at);
  return near.Any(text.substr(begin, end - begin));
}

}  // namespace plancheck::checks
