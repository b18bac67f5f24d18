// The brands, projects and named activities the higher plan's tasks quote (“乡村振兴·法治同行”,
// “法援惠民生”, “枫桥经验”) as info topic rules; not the other things plans put in quotes.
#include <map>

#include <re2/re2.h>

#include "checker/decode/utf8.h"
#include "checker/derive/derived_rule.h"
#include "checker/document/section_roles.h"

namespace plancheck::derive {
namespace {

// Quoted, but no project of the higher plan's: the political formulas (“两个确立”, “四个意识”),
// a period (“十四五”), the 谁…谁… formula of the law on 普法 (“谁执法谁普法”), a list of
// qualities or steps (“科创、人文、生态”, “申请-受理-服务”), a document's title.
bool IsSlogan(std::string_view quoted) {
  static const RE2 formula("^[一二两三四五六七八九十0-9]+个");
  static const RE2 period("^十[一二三四五六七八九]五$");
  static const RE2 who(".*谁.+谁.+");
  static const RE2 list("[、,/-]");
  static const RE2 title("(规划|纲要|意见|方案|办法|条例|决定|通知|规定)$");
  const re2::StringPiece s(quoted.data(), quoted.size());
  return RE2::PartialMatch(s, formula) || RE2::FullMatch(s, period) || RE2::FullMatch(s, who) ||
         RE2::PartialMatch(s, list) || RE2::PartialMatch(s, title);
}

// A project of public legal service names its field (法, 律, 调解, 公证, 援 …) or says it is a
// project (…工程, …行动, …杯, …经验); a general word (“全业务”, “家门口”) or an administrative
// reform's slogan (“放管服”, “最多跑一次”, “一网通办”) does neither.
bool NamesAProject(std::string_view quoted) {
  static const RE2 field("(法|律|调解|公证|援|仲裁|鉴定|矫正|司法|诉|讼|纠纷|帮教)");
  static const RE2 project(
      "(经验|模式|工程|行动|计划|品牌|杯|队|团|站|室|中心|基地|学校|讲堂|课堂|工作法)$");
  const re2::StringPiece s(quoted.data(), quoted.size());
  return RE2::PartialMatch(s, field) || RE2::PartialMatch(s, project);
}

}  // namespace

std::string SpacedPattern(std::string_view words) {
  std::string out;
  for (std::size_t at = 0; at < words.size();) {
    const std::size_t from = at;
    utf8::Next(words, at);
    if (!out.empty()) out += R"(\s*)";
    out += RE2::QuoteMeta(words.substr(from, at - from));
  }
  return out;
}

bool IsBrand(std::string_view quoted) { return !IsSlogan(quoted) && NamesAProject(quoted); }

std::vector<DerivedRule> BrandRules(const Document& higher) {
  static const RE2 quoted("“([^“”《》，。；]{3,20})”");
  static const RE2 space(R"(\s+)");
  const auto first = FirstNamedInTasks(higher, [&](const Block& block) {
    std::vector<std::string> brands;
    re2::StringPiece rest(block.norm.data(), block.norm.size());
    std::string brand;
    while (RE2::FindAndConsume(&rest, quoted, &brand)) {
      RE2::GlobalReplace(&brand, space, "");
      if (IsBrand(brand)) brands.push_back(brand);
    }
    return brands;
  });
  std::vector<DerivedRule> out;
  for (const auto& [brand, b] : first) {
    DerivedRule rule = NamedTopicRule("brand." + std::to_string(out.size() + 1), brand);
    rule.brand = true;
    rule.basis = Cited(higher) + PlaceOf(higher, higher.blocks[b].heading) + "：" + Quoted(brand);
    rule.message = "未提及上级规划的" + Quoted(brand);
    rule.suggestion = "结合本地实际，写明如何落实上级规划的" + Quoted(brand) + "。";
    rule.pass.push_back("深入开展" + Quoted(brand) + "工作。");
    out.push_back(std::move(rule));
  }
  return out;
}

}  // namespace plancheck::derive
