// The higher plan's indicator targets as `counterpart` rules.
#include <cmath>
#include <map>
#include <set>

#include "checker/derive/derived_rule.h"
#include "checker/document/normalise.h"

namespace plancheck::derive {
namespace {

std::string Number(double value) {
  YAML::Emitter out;
  out << value;
  std::string text = out.c_str();
  if (text.find('.') != std::string::npos && text.find('e') == std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  return text;
}

std::string OpWord(const std::string& op) {
  if (op == ">=") return "≥";
  if (op == "<=") return "≤";
  if (op == "=") return "";
  return op;
}

// The unit a target is compared in: a per-capita target keeps its population (人/10万人), so a
// district's 每万人 figure converts to it.
std::string ExpectUnit(const Indicator& ind) {
  if (!ind.normalised || ind.normalised_unit.empty() || *ind.normalised == 0) return ind.unit;
  const double people = std::round(ind.value / *ind.normalised * 10000);
  const std::string count = ind.normalised_unit.substr(0, ind.normalised_unit.find('/'));
  if (people == 10000) return count + "/万人";
  if (std::fmod(people, 10000) == 0) return count + "/" + Number(people / 10000) + "万人";
  return count + "/" + Number(people) + "人";
}

// A sentence the prose reader takes as the target itself, for the rule's `pass` test.
std::string PassText(const Indicator& ind) {
  const std::string v = Number(ind.value) + ind.unit;
  if (ind.kind == "change") return "到2025年，" + ind.name + "增长" + v + "。";
  if (ind.op == "<=" || ind.op == "<") return "到2025年，" + ind.name + "控制在" + v + "以内。";
  // More than the value for ">" (> 99% -> 达到100%以上): 达到 reads as at least.
  const std::string over = Number(ind.op == ">" ? ind.value + 1 : ind.value) + ind.unit;
  return "到2025年，" + ind.name + "达到" + over + "以上。";
}

// Where in the higher plan: its section, and for a table the row's place among the table's targets.
std::string Place(const Document& higher, const Indicator& ind, int ordinal) {
  std::string where;
  if (ind.block >= 0 && static_cast<std::size_t>(ind.block) < higher.blocks.size()) {
    const int heading = higher.blocks[static_cast<std::size_t>(ind.block)].heading;
    where = PlaceOf(higher, heading);
  }
  if (ind.source == "table") where += "第" + std::to_string(ordinal) + "项";
  return where;
}

bool InBackground(const Document& higher, const Indicator& ind) {
  if (ind.block < 0 || static_cast<std::size_t>(ind.block) >= higher.blocks.size()) return false;
  const int heading = higher.blocks[static_cast<std::size_t>(ind.block)].heading;
  return higher.outline.RoleOf(heading) == SectionRole::kBackground;
}

DerivedRule RuleFor(const Document& higher, const Indicator& ind, const std::string& place) {
  DerivedRule rule;
  rule.kind = "counterpart";
  rule.level = ind.nature == "约束性" ? "error" : "warning";
  const std::string target =
      OpWord(ind.op) + (ind.kind == "change" ? "+" : "") + Number(ind.value) + ind.unit;
  std::string note = ind.nature;
  if (ind.year) note += (note.empty() ? "" : "，") + std::to_string(*ind.year) + "年";
  rule.basis = Cited(higher) + place + "：" + ind.name + " " + target +
               (note.empty() ? "" : "（" + note + "）");
  rule.suggestion = "设定“" + ind.name + "”目标（上级规划为 " + target +
                    "）；确需低于的，在指标表附注中写明理由。";
  rule.keys.emplace_back("name", YAML::Node(ind.name));
  if (!ind.category.empty()) rule.keys.emplace_back("category", YAML::Node(ind.category));
  if (ind.kind == "change") rule.keys.emplace_back("change", YAML::Node(true));
  YAML::Node expect(YAML::NodeType::Map);
  expect["op"] = ind.op;
  expect["value"] = ind.value;
  if (const std::string unit = ExpectUnit(ind); !unit.empty()) expect["unit"] = unit;
  rule.keys.emplace_back("expect", expect);
  rule.pass.push_back(PassText(ind));
  rule.fail.push_back("加强组织领导，强化经费保障。");
  return rule;
}

}  // namespace

std::vector<DerivedRule> IndicatorRules(const Document& higher, const Indicators& indicators) {
  std::vector<DerivedRule> out;
  std::set<std::string> seen;       // one rule per subject and target
  std::map<int, int> row_in_table;  // per heading, the table targets so far
  for (const Indicator& ind : indicators.items) {
    if (InBackground(higher, ind)) continue;  // what was achieved, not a target
    Indicator target = ind;
    // A range (1-2 家) counts from its lower bound, and a target the higher plan sets (25 个, 达到
    // 150件) is a floor: a lower plan that sets more carries it on.
    if (target.op == "range" || target.op == "=") target.op = ">=";
    const int heading =
        ind.block >= 0 ? higher.blocks[static_cast<std::size_t>(ind.block)].heading : -1;
    const int ordinal = ind.source == "table" ? ++row_in_table[heading] : 0;
    const std::string key = Nfkc(ind.name) + "|" + target.op + "|" + Number(ind.value) + ind.unit;
    if (!seen.insert(key).second) continue;
    DerivedRule rule = RuleFor(higher, target, Place(higher, ind, ordinal));
    rule.id_tail = "indicator." + std::to_string(out.size() + 1);
    out.push_back(std::move(rule));
  }
  return out;
}

}  // namespace plancheck::derive
