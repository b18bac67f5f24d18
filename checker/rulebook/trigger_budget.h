#pragma once
// The regular-expression patterns of a view are compiled into one RE2::Set, which has one memory
// budget (TriggerSetOptions().max_mem(); plain-string patterns are outside it). When the set does
// not fit, the message names the rule whose pattern made it overflow and the largest patterns, so
// the author knows what to split.
#include "checker/rulebook/rulebook_impl.h"

namespace plancheck {

// Throws RuleError for the set of `view` (0 = norm, 1 = text) of `book`, which did not compile:
// "file:line:col: rule ID: … exceed RE2's memory budget … the largest patterns: …; split …".
[[noreturn]] void FailTriggerBudget(const Rulebook& book, int view);

}  // namespace plancheck
