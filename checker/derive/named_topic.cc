// What brand and institution rules share: where a name is first found in the higher plan's task
// sections, and the info `topic` rule that the lower plan mentions it.
#include "checker/derive/derived_rule.h"
#include "checker/document/section_roles.h"

namespace plancheck::derive {

std::map<std::string, std::size_t> FirstNamedInTasks(
    const Document& higher, const std::function<std::vector<std::string>(const Block&)>& names) {
  std::map<std::string, std::size_t> first;
  for (std::size_t b = 0; b < higher.blocks.size(); ++b) {
    const Block& block = higher.blocks[b];
    if (higher.outline.RoleOf(block.heading) != SectionRole::kTasks) continue;
    for (std::string& name : names(block)) first.emplace(std::move(name), b);
  }
  return first;
}

DerivedRule NamedTopicRule(std::string id_tail, std::string_view name) {
  DerivedRule rule;
  rule.id_tail = std::move(id_tail);
  rule.kind = "topic";
  rule.level = "info";
  YAML::Node patterns(YAML::NodeType::Sequence);
  patterns.push_back(SpacedPattern(name));
  rule.keys.emplace_back("patterns", patterns);
  rule.fail.push_back("加强组织领导，强化经费保障。");
  return rule;
}

}  // namespace plancheck::derive
