#include "checker/rulebook/rulebook.h"

#include "checker/rulebook/rulebook_impl.h"

namespace plancheck {

std::vector<RuleInfo> ListRules(const Rulebook& rulebook) {
  std::vector<RuleInfo> out;
  for (const Rule& rule : rulebook.rules) {
    const RuleSpec& s = rule.spec;
    RuleInfo info;
    info.id = s.id;
    info.pack = s.pack;
    info.kind = s.kind;
    info.level = s.level;
    info.title = s.message.empty() ? rule.kind_summary : s.message;
    info.basis = s.basis;
    info.source = s.basis_source;
    info.suggestion = s.suggestion;
    info.link = s.link;
    info.target = rule.check->TargetText();
    out.push_back(std::move(info));
  }
  return out;
}

std::vector<PackInfo> ListPacks(const Rulebook& rulebook) {
  std::vector<PackInfo> out;
  for (const Pack& pack : rulebook.packs) out.push_back(pack.info);
  return out;
}

}  // namespace plancheck
