#pragma once
// The check kinds, registered by name in one table (registry.cc).
#include <span>

#include "checker/rulebook/check.h"

namespace plancheck::checks {

// `kind:` values: section, topic, indicator, reference, forbid, substitution, consistency, order.
std::span<const CheckKind> CheckKinds();

// `check:` values of the consistency kind: numbering, pairs, declared-count, period, doc-number,
// repeat, lost-unit.
std::span<const CheckKind> ConsistencyChecks();

}  // namespace plancheck::checks
