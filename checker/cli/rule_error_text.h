#pragma once
// A rule-pack error in the reader's language. The rulebook words its errors in English (they name
// YAML keys and values, which stay as written); in Chinese the fixed phrases are put into
// Chinese by a translation table and the message opens with what happened and what to do.
#include <string>

#include "checker/report/common.h"

namespace plancheck::cli {

std::string RuleErrorText(const std::string& message, report::Lang lang);

}  // namespace plancheck::cli
