// The institutions and mechanisms the higher plan's tasks name without quotes (一站式非诉讼纠纷化解
// 中心, 公共法律服务工作站, 家庭法律顾问制度) as info topic rules. Recognised by their form — a
// noun phrase of public legal service before a generic ending — not by a list of names: the phrase
// starts after the last verb, function word or level before the ending ("推动乡镇公共法律服务中心"
// names 公共法律服务中心).
#include <algorithm>
#include <array>
#include <map>
#include <string_view>

#include <re2/re2.h>

#include "checker/decode/utf8.h"
#include "checker/derive/derived_rule.h"
#include "checker/document/section_roles.h"

namespace plancheck::derive {
namespace {

constexpr std::string_view kEndings[] = {"中心", "站", "室", "平台", "机制", "制度"};
// The abstract endings: a 机制 needs more than the domain's own words before it (法律服务机制
// names nothing).
constexpr std::string_view kAbstract[] = {"平台", "机制", "制度"};
// A name of this domain holds one of these.
constexpr std::string_view kDomain[] = {"法律", "法援", "调解", "纠纷", "争议", "公证",
                                        "仲裁", "律师", "鉴定", "普法", "法治", "矫正",
                                        "复议", "司法", "帮教", "援助"};
// Words that say what kind of thing, not which: what an abstract name must have more than.
constexpr std::string_view kGeneric[] = {"公共", "服务", "工作", "矛盾", "化解", "体制", "相关",
                                         "综合", "多元", "解决", "预防", "体系", "建设"};
// Verbs and adverbs of a task sentence: the name starts after the last one (Chinese grammar, not
// any plan's wording).
constexpr std::string_view kVerbs[] = {
    "建立", "健全", "完善", "建设", "建成", "搭建", "推进", "推动", "推广", "推行", "深化",
    "加强", "强化", "优化", "提升", "升级", "打造", "设立", "成立", "构建", "依托", "发挥",
    "开展", "落实", "探索", "实行", "实施", "形成", "加快", "持续", "积极", "逐步", "全面",
    "大力", "着力", "不断", "协助", "做强", "做优", "入驻", "建有", "设有", "全部", "培育",
    "创建", "规范", "深入", "引导", "支持", "鼓励", "用好", "整合", "拓展", "延伸", "利用",
    "运用", "涌现", "制定", "创新", "普遍", "负责", "提供", "实现", "应对", "处置", "覆盖",
    "纳入", "完成", "保障", "畅通", "用足", "依靠", "配齐", "进驻", "结合", "配置", "关于"};
// Words that end a phrase: the name starts after the last one.
constexpr std::string_view kFunction = "的和与及等在对为以由把将了向并或从";

// A run of name characters in the normalised view: Han, ASCII letters and digits (G60), and a
// short alternative in brackets (一村(居)一法律顾问).
const RE2& NameRun() {
  static const RE2 run(R"(((?:\p{Han}|[A-Za-z0-9]|\(\p{Han}{1,3}\))+))");
  return run;
}

// The levels and numbers before a name: 各级, 乡镇, 18个街镇, 居(村)委, 示范性.
const RE2& Qualifier() {
  static const RE2 qualifier(
      R"(^(?:[0-9一二三四五六七八九十百]+[个大级批家]|全[省市区县]|各[级类]|[省市县区镇]级|)"
      R"(乡镇|镇街|街镇|街道|居村|村居|社区|县乡两级|县区|示范性|标准化|十佳|一批|新型|层面|\(\p{Han}{1,3}\)|)"
      R"([省市县区镇乡村街居](?:\(\p{Han}{1,3}\)委?)?))");
  return qualifier;
}

bool Holds(std::string_view text, std::string_view word) {
  return text.find(word) != std::string_view::npos;
}

std::string_view EndingOf(std::string_view name) {
  for (std::string_view e : kEndings) {
    if (name.size() > e.size() && name.substr(name.size() - e.size()) == e) return e;
  }
  return {};
}

// A name of an institution or mechanism: 4 to 14 characters before the ending, a word of the
// domain among them, and for an abstract ending something more than generic words.
bool IsName(std::string_view name) {
  const std::string_view ending = EndingOf(name);
  if (ending.empty() ||
      std::count(name.begin(), name.end(), '(') != std::count(name.begin(), name.end(), ')')) {
    return false;
  }
  const std::string_view core = name.substr(0, name.size() - ending.size());
  const std::size_t length = utf8::CodePoints(core);
  if (length < 4 || length > 14) return false;
  if (std::none_of(std::begin(kDomain), std::end(kDomain),
                   [&](std::string_view w) { return Holds(core, w); })) {
    return false;
  }
  if (std::find(std::begin(kAbstract), std::end(kAbstract), ending) == std::end(kAbstract)) {
    return true;
  }
  std::string rest(core);
  const auto erase = [&rest](std::string_view w) {
    for (std::size_t at = rest.find(w); at != std::string::npos; at = rest.find(w, at)) {
      rest.erase(at, w.size());
    }
  };
  std::for_each(std::begin(kDomain), std::end(kDomain), erase);
  std::for_each(std::begin(kGeneric), std::end(kGeneric), erase);
  return utf8::CodePoints(rest) >= 2;
}

// What follows a verb or a level is the name when two characters at least come before its
// ending; whether that is a name of the field IsName decides after ("推进公共法律服务平台" names
// only the generic 公共法律服务平台, and so nothing).
bool LeavesAName(std::string_view rest) {
  const std::string_view ending = EndingOf(rest);
  return !ending.empty() && utf8::CodePoints(rest.substr(0, rest.size() - ending.size())) >= 2;
}

// Cuts the phrase before `name_end` down to the name: after the last function word, then after
// the last verb, then the levels.
std::string NameBefore(std::string_view run, std::size_t name_end) {
  std::string_view phrase = run.substr(0, name_end);
  std::size_t start = 0;
  for (std::size_t at = 0; at < phrase.size();) {
    std::string one;
    utf8::Append(one, utf8::Next(phrase, at));
    if (one.size() > 1 && Holds(kFunction, one)) start = at;
  }
  phrase = phrase.substr(start);
  std::size_t cut = 0;
  for (std::string_view verb : kVerbs) {
    for (std::size_t at = phrase.find(verb); at != std::string_view::npos;
         at = phrase.find(verb, at + 1)) {
      if (at + verb.size() > cut && LeavesAName(phrase.substr(at + verb.size()))) {
        cut = at + verb.size();
      }
    }
  }
  std::string name(phrase.substr(cut));
  for (std::string shorter = name;; name = shorter) {
    re2::StringPiece piece(shorter);
    if (!RE2::Consume(&piece, Qualifier()) ||
        !LeavesAName(std::string_view(piece.data(), piece.size()))) {
      break;
    }
    shorter = std::string(piece.data(), piece.size());
  }
  return name;
}

// Every name before an ending in one block's text.
std::vector<std::string> NamesIn(std::string_view text) {
  std::vector<std::string> out;
  re2::StringPiece rest(text.data(), text.size());
  std::string run;
  while (RE2::FindAndConsume(&rest, NameRun(), &run)) {
    for (std::string_view ending : kEndings) {
      for (std::size_t at = run.find(ending); at != std::string::npos;
           at = run.find(ending, at + ending.size())) {
        std::string name = NameBefore(run, at + ending.size());
        // Quoted, it is a brand (BrandRules).
        if (IsName(name) && !Holds(text, "“" + name + "”")) out.push_back(std::move(name));
      }
    }
  }
  return out;
}

}  // namespace

std::vector<DerivedRule> InstitutionRules(const Document& higher) {
  const auto first =
      FirstNamedInTasks(higher, [](const Block& block) { return NamesIn(block.norm); });
  std::vector<DerivedRule> out;
  for (const auto& [name, b] : first) {
    DerivedRule rule = NamedTopicRule("institution." + std::to_string(out.size() + 1), name);
    rule.institution = true;
    rule.basis = Cited(higher) + PlaceOf(higher, higher.blocks[b].heading) + "：" + name;
    rule.message = "未提及上级规划部署的" + Quoted(name);
    rule.suggestion = "结合本地实际，写明本地的" + Quoted(name) + "如何建设、运行。";
    rule.pass.push_back("进一步完善" + name + "，提升服务质效。");
    out.push_back(std::move(rule));
  }
  return out;
}

}  // namespace plancheck::derive
