#include "checker/cli/rule_error_text.h"

#include <re2/re2.h>

namespace plancheck::cli {
namespace {

struct Phrase {
  const char* en;  // an RE2 pattern over the English message
  const char* zh;  // its rewrite (\1 … name what the pattern captured)
};

// The rulebook's fixed phrases (checker/rulebook/loader.cc, yaml_map.cc), most specific first.
constexpr Phrase kPhrases[] = {
    {R"p(^(\d+) rule pack errors:)p", R"p(共 \1 处规则包错误：)p"},
    {R"p(: rule ([^:\n]+): )p", R"p(: 规则 \1: )p"},
    {R"p(unknown key '([^'\n]*)' in ([^(;\n]+?)( \(|;))p", R"p(\2中有未知的键“\1”\3)p"},
    {R"p( ?\(did you mean '([^'\n]*)'\?\))p", R"p(（是否为 \1？）)p"},
    {R"p(; known keys: )p", R"p(；可用的键：)p"},
    {R"p(unknown kind "([^"\n]*)")p", R"p(未知的 kind“\1”)p"},
    {R"p(; kinds:)p", R"p(；可用的 kind：)p"},
    {R"p(not valid YAML: )p", R"p(不是有效的 YAML：)p"},
    {R"p(: cannot read this rule pack)p", R"p(：无法读取这个规则包)p"},
    {R"p(: no such rules folder \(--rules takes a folder of \.yaml packs\))p",
     R"p(：没有这个规则文件夹（--rules 应给出存放 .yaml 规则包的文件夹）)p"},
    {R"p(rule id appears twice in this pack)p", R"p(规则 id 在本规则包中出现两次)p"},
    {R"p(key '([^'\n]*)' appears twice in )p", R"p(键“\1”重复出现于)p"},
    {R"p( \(rule ids are unique across packs\))p", R"p(（规则 id 在所有规则包中必须唯一）)p"},
    {R"p(' is already used at )p", R"p(' 已在此处使用：)p"},
    {R"p(' is already used by )p", R"p(' 已被此文件使用：)p"},
    {R"p( needs '([^'\n]*)' \(is '([^'\n]*)' a misspelling of it\?\))p",
     R"p(缺少“\1”（“\2”是否为其拼写错误？）)p"},
    {R"p( needs a value for '([^'\n]*)')p", R"p(的“\1”缺少值)p"},
    {R"p( needs '([^'\n]*)')p", R"p(缺少“\1”)p"},
    {R"p(' is empty)p", R"p(' 为空)p"},
    {R"p(' is an empty list)p", R"p(' 是空列表)p"},
    {R"p(' has an empty item)p", R"p(' 有空的项)p"},
    {R"p( must be a whole number, not )p", R"p( 应为整数，而不是 )p"},
    {R"p( must be a number, not )p", R"p( 应为数字，而不是 )p"},
    {R"p( must be true or false, not )p", R"p( 应为 true 或 false，而不是 )p"},
    {R"p( must be a text or a list of texts, not )p", R"p( 应为文本或文本列表，而不是 )p"},
    {R"p( must be a text value, not )p", R"p( 应为文本，而不是 )p"},
    {R"p( must be a map of keys, not )p", R"p( 应为键值映射，而不是 )p"},
    {R"p(' must be an http:// or https:// URL of the basis's public text, not )p",
     R"p(' 应为依据原文的 http:// 或 https:// 网址，而不是 )p"},
    {R"p(none of the rule's patterns matches any of its '(pass|fail)' tests, so the rule can never fire; fix the pattern or the test)p",
     R"p(规则的模式都不匹配它的任何 '\1' 测试，规则永远不会触发；请改正模式或测试)p"},
    {R"p(has no 'issued': give the date its document was issued \(YYYY, YYYY-MM or YYYY-MM-DD\), or 'issued: unknown' when no source gives it; a framework does not apply to plans written before it)p",
     R"p(缺少 'issued'：请写明其文件的发布日期（YYYY、YYYY-MM 或 YYYY-MM-DD），没有来源时写 'issued: unknown'；文件不适用于在它之前成文的规划)p"},
    {R"p('issued' must be YYYY, YYYY-MM or YYYY-MM-DD, or unknown)p",
     R"p('issued' 应为 YYYY、YYYY-MM 或 YYYY-MM-DD，或 unknown)p"},
    {R"p('level' must be error, warning or info, not )p",
     R"p('level' 应为 error、warning 或 info，而不是 )p"},
    {R"p('rules' must be a list of rules)p", R"p('rules' 应为规则列表)p"},
    {R"p(\ba rule pack\b)p", R"p(规则包)p"},
    {R"p(\ba rule\b)p", R"p(规则)p"},
    {R"p(\ba map\b)p", R"p(映射)p"},
    {R"p(\ba list\b)p", R"p(列表)p"},
    {R"p(\bnothing\b)p", R"p(空值)p"},
};

}  // namespace

std::string RuleErrorText(const std::string& message, report::Lang lang) {
  if (lang != report::Lang::kZh) return message;
  std::string text = message;
  for (const Phrase& p : kPhrases) {
    const RE2 re(p.en);
    RE2::GlobalReplace(&text, re, p.zh);
  }
  return "规则包有误，未检查任何规划（改正下列位置后再运行；plancheck rules lint "
         "可单独检查规则包）：\n" +
         text;
}

}  // namespace plancheck::cli
