#pragma once
// One rule of a derived pack before it is written as YAML (derive_pack.cc writes it).
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "checker/document/document.h"
#include "checker/indicators/indicator.h"

namespace plancheck::derive {

struct DerivedRule {
  std::string id_tail;  // after the pack name: "indicator.5", "task.3"
  std::string kind;
  std::string level;
  std::string basis;
  std::string message;
  std::string suggestion;
  std::vector<std::pair<std::string, YAML::Node>> keys;  // the kind's own keys, in order
  std::vector<std::string> pass;
  std::vector<std::string> fail;
  bool brand = false;        // an info topic rule for a named brand or project
  bool institution = false;  // an info topic rule for a named institution or mechanism
};

// 《title》, as every basis starts.
std::string Cited(const Document& higher);
// “words”, as messages quote the higher plan.
std::string Quoted(std::string_view words);
// A pattern that finds `words` however a line break or a space falls inside them.
std::string SpacedPattern(std::string_view words);

// “全力服务全市经济社会高质量发展 › 为乡村振兴战略实施提供法律服务”: the section by its headings'
// titles. Not by their numbers: a .pdf shows Word's list numbers as the producer rendered them,
// which need not be the .docx's, and the pack must not depend on the format it was read from.
std::string PlaceOf(const Document& higher, int heading);

// `counterpart` rules for the higher plan's indicator targets (tables and prose, not the
// background's figures).
std::vector<DerivedRule> IndicatorRules(const Document& higher, const Indicators& indicators);

// `topic` rules for the task areas under its tasks, info `topic` rules for the brands quoted there.
std::vector<DerivedRule> TaskRules(const Document& higher);
std::vector<DerivedRule> BrandRules(const Document& higher);
// A quoted term that names a project, not a slogan, a formula, a period or a general word.
bool IsBrand(std::string_view quoted);
// info `topic` rules for the institutions and mechanisms its tasks name without quotes.
std::vector<DerivedRule> InstitutionRules(const Document& higher);

// Each name `names` finds in a block of the higher plan's task sections, with the block it is
// first found in; in the names' order, not the blocks' (a PDF may break a paragraph where the
// .docx does not), so the pack does not depend on the format it was read from.
std::map<std::string, std::size_t> FirstNamedInTasks(
    const Document& higher, const std::function<std::vector<std::string>(const Block&)>& names);
// The info `topic` rule that the lower plan mentions `name`: its pattern, level and failing
// example; the caller writes its basis, message, suggestion and passing example.
DerivedRule NamedTopicRule(std::string id_tail, std::string_view name);

// `section` rules for the parts of its structure no bundled pack requires.
std::vector<DerivedRule> SectionRules(const Document& higher,
                                      const std::vector<std::string>& covered_roles);

}  // namespace plancheck::derive
