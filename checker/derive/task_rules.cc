// The higher plan's task areas and structure as rules.
#include <algorithm>
#include <array>
#include <map>
#include <set>

#include <re2/re2.h>

#include "checker/decode/utf8.h"
#include "checker/derive/derived_rule.h"
#include "checker/document/normalise.h"
#include "checker/document/section_roles.h"

namespace plancheck::derive {
namespace {

// The areas of public legal service a plan's tasks are organised by (the areas the national plan
// and 中办发〔2019〕44号 deploy: 律师, 公证, 法律援助, 司法鉴定, 仲裁, 人民调解, 普法 …), each with
// the words a plan names it by. A task heading's area is the first whose words its title holds.
struct Area {
  std::string_view name;
  std::array<std::string_view, 4> words;  // "" past the last
};
constexpr Area kAreas[] = {
    {"法律援助", {"法律援助", "法援", "", ""}},
    {"公证", {"公证", "", "", ""}},
    {"人民调解", {"人民调解", "调解", "", ""}},
    {"矛盾纠纷化解", {"矛盾纠纷", "纠纷化解", "非诉讼纠纷", ""}},
    {"普法", {"普法", "法治宣传", "", ""}},
    {"法治文化", {"法治文化", "", "", ""}},
    {"律师", {"律师", "", "", ""}},
    {"仲裁", {"仲裁", "", "", ""}},
    {"司法鉴定", {"司法鉴定", "", "", ""}},
    {"涉外法律服务", {"涉外法律服务", "涉外", "开放型经济", ""}},
    {"法律顾问", {"法律顾问", "", "", ""}},
    {"基层法律服务", {"基层法律服务", "", "", ""}},
    {"司法所", {"司法所", "", "", ""}},
    {"公共法律服务平台", {"公共法律服务平台", "实体平台", "热线平台", "网络平台"}},
    {"特殊群体", {"特殊群体", "", "", ""}},
    {"营商环境", {"营商环境", "", "", ""}},
    {"乡村振兴", {"乡村振兴", "法治乡村", "", ""}},
    {"基层社会治理", {"基层社会治理", "基层治理", "", ""}},
    {"区域协同", {"长三角", "区域一体化", "跨区域", ""}},
    {"法律职业资格", {"法律职业资格", "", "", ""}},
    {"党建", {"党的建设", "党建", "党对", ""}},
};

const Area* AreaOf(std::string_view title) {
  for (const Area& area : kAreas) {
    for (std::string_view word : area.words) {
      if (!word.empty() && title.find(word) != std::string_view::npos) return &area;
    }
  }
  return nullptr;
}

// A task heading: in the tasks, below a chapter of tasks or a chapter with no sub-headings.
bool IsTaskArea(const Outline& outline, std::size_t h) {
  const Heading& heading = outline.headings[h];
  if (heading.role != SectionRole::kTasks) return false;
  if (heading.parent >= 0) return outline.headings[heading.parent].role == SectionRole::kTasks;
  return h + 1 >= outline.headings.size() || outline.headings[h + 1].parent != static_cast<int>(h);
}

}  // namespace

std::vector<DerivedRule> TaskRules(const Document& higher) {
  std::vector<DerivedRule> out;
  std::set<std::string_view> seen;
  const Outline& outline = higher.outline;
  for (std::size_t h = 0; h < outline.headings.size(); ++h) {
    if (!IsTaskArea(outline, h)) continue;
    const Area* area = AreaOf(Nfkc(outline.headings[h].title));
    if (area == nullptr || !seen.insert(area->name).second) continue;
    DerivedRule rule;
    rule.id_tail = "task." + std::to_string(out.size() + 1);
    rule.kind = "topic";
    rule.level = "warning";
    rule.basis = Cited(higher) + PlaceOf(higher, static_cast<int>(h));
    rule.message = "未部署上级规划的" + Quoted(area->name) + "任务";
    rule.suggestion = "在主要任务中部署" + Quoted(area->name) + "，与上级规划“" +
                      outline.headings[h].title + "”衔接。";
    YAML::Node patterns(YAML::NodeType::Sequence);
    for (std::string_view word : area->words) {
      if (!word.empty()) patterns.push_back(std::string(word));
    }
    rule.keys.emplace_back("patterns", patterns);
    // One case per word, so `rules lint` sees each pattern work.
    for (std::string_view word : area->words) {
      if (!word.empty())
        rule.pass.push_back("大力推进" + std::string(word) + "工作，提升服务质效。");
    }
    rule.fail.push_back("加强组织领导，强化经费保障。");
    out.push_back(std::move(rule));
  }
  return out;
}

std::vector<DerivedRule> SectionRules(const Document& higher,
                                      const std::vector<std::string>& covered_roles) {
  // The general names of each part; a plan's own chapter title (全力服务全市经济社会高质量发展) is
  // no heading another plan must copy.
  static const RE2 general("^(指导思想|基本原则|主要目标|发展目标|主要任务|重点任务|保障措施)$");
  std::vector<DerivedRule> out;
  std::set<std::string> seen;
  for (const Heading& heading : higher.outline.headings) {
    const std::string role(RoleName(heading.role));
    const std::string title(utf8::Trim(Nfkc(heading.title)));
    if (role.empty() || !RE2::FullMatch(title, general) || !seen.insert(role).second) continue;
    if (std::find(covered_roles.begin(), covered_roles.end(), role) != covered_roles.end())
      continue;
    DerivedRule rule;
    rule.id_tail = "section." + role;
    rule.kind = "section";
    rule.level = "warning";
    rule.basis = Cited(higher) + "“" + heading.title + "”";
    rule.message = "规划缺少与上级规划对应的" + Quoted(title) + "部分";
    rule.keys.emplace_back("heading", YAML::Node(title));
    rule.pass.push_back("一、" + title + "\n围绕上级规划部署，结合本地实际推进各项工作。");
    rule.fail.push_back("一、其他事项\n加强组织领导，强化经费保障。");
    out.push_back(std::move(rule));
  }
  return out;
}

}  // namespace plancheck::derive
