#pragma once
// What each section of a plan is for: the background it starts from, the guidance, its goals, its
// tasks, its safeguards, and annexes (indicator tables, 专栏). Checks count a commitment only where
// a plan commits (DESIGN.md: a property of the outline, computed once).
#include <string_view>

#include "checker/document/outline.h"

namespace plancheck {

// Sets Heading::role for every heading: from its title (the vocabulary in
// rules/outline/section-roles.tsv), else its parent's, else (at the top level) a task area when
// it follows a forward-looking section.
void AssignSectionRoles(Outline& outline);

// "background", "guidance", "goals", "tasks", "safeguards", "annex", "" for kNone.
std::string_view RoleName(SectionRole role);
// The role a name stands for (kNone and false when it names none).
bool ParseRole(std::string_view name, SectionRole& role);

}  // namespace plancheck
