#pragma once
// Did-you-mean for a mistyped name: a subcommand, an option, a config key, a rule id.
#include <string>
#include <vector>

#include "checker/report/report.h"

namespace plancheck::cli {

// "（是否为 national.topic.x？）" / " (did you mean national.topic.x?)" for the candidate nearest
// `name` by edit distance (the rulebook's measure: at most a third of it changed), or "".
std::string DidYouMean(const std::string& name, const std::vector<std::string>& candidates,
                       report::Lang lang);

// Every rule id and pack id of `rules`.
std::vector<std::string> RuleNames(const std::vector<RuleInfo>& rules);

}  // namespace plancheck::cli
