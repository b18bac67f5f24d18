#pragma once
// `plancheck rules doc --out DIR`: the rules reference, one Markdown page per pack (every rule's
// id, level, basis, link and what passes and fails, from the rule's own tests) and an index.
// docs/rules/ is this output, committed; SARIF's helpUri points at a bundled rule's page in it.
#include <map>
#include <string>
#include <vector>

#include "checker/rulebook/rulebook.h"

namespace plancheck::cli {

// The pages by file name (README.md is the index), each a pure function of the rulebook.
std::map<std::string, std::string> RulesDocPages(const Rulebook& book);

// The page of a pack, and the anchor of a rule on it: `<pack>.md#<rule id>`.
std::string RulesDocPage(const std::string& pack, const std::string& rule);

// Sets RuleInfo::reference of every bundled rule to its page under `base` (an absolute URI of
// docs/rules/, ending in '/'); rules of --rules packs have no page and keep "".
void AddReferences(const Rulebook& book, const std::string& base, std::vector<RuleInfo>& rules);

// The base URI plancheck was built with (PLANCHECK_RULES_DOC_URL), ending in '/'.
std::string RulesDocBase();

}  // namespace plancheck::cli
