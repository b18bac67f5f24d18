// The rules reference (rules doc), the bundled packs' links, the config template and rule-pack
// errors in Chinese.
#include <set>

#include <gtest/gtest.h>
#include <re2/re2.h>

#include "checker/cli/config.h"
#include "checker/cli/rule_error_text.h"
#include "checker/cli/rules_doc.h"
#include "checker/engine/checks/registry.h"
#include "checker/rulebook/rule_error.h"
#include "checker/rulebook/rulebook_impl.h"

namespace plancheck::cli {
namespace {

const Rulebook& Bundled() {
  static const std::shared_ptr<const Rulebook> book = LoadRulebook({});
  return *book;
}

TEST(RulesDoc, OnePagePerPackWithEveryRuleAndItsTests) {
  const std::map<std::string, std::string> pages = RulesDocPages(Bundled());
  ASSERT_TRUE(pages.contains("README.md"));
  const std::string& index = pages.at("README.md");
  for (const Pack& pack : Bundled().packs) {
    const std::string name = pack.info.name + ".md";
    ASSERT_TRUE(pages.contains(name)) << name;
    EXPECT_NE(index.find("](" + name + ")"), std::string::npos) << name;
    const std::string& page = pages.at(name);
    for (const int r : pack.rules) {
      const RuleSpec& s = Bundled().rules[static_cast<std::size_t>(r)].spec;
      const std::size_t at = page.find("<a id=\"" + s.id + "\"></a>");
      ASSERT_NE(at, std::string::npos) << s.id;
      const std::size_t end = page.find("<a id=", at + 1);
      const std::string section = page.substr(at, end == std::string::npos ? end : end - at);
      EXPECT_NE(section.find(std::string("| 级别 level | ") + ToString(s.level)), std::string::npos)
          << s.id;
      if (!s.link.empty()) {
        EXPECT_NE(section.find(s.link), std::string::npos) << s.id;
      }
      // Every test text, under what it expects.
      for (const TestCase& t : s.tests) {
        const std::string first_line = t.text.substr(0, t.text.find('\n'));
        EXPECT_NE(section.find(first_line), std::string::npos) << s.id << ": " << first_line;
      }
      EXPECT_NE(section.find("通过 passes"), std::string::npos) << s.id;
      EXPECT_NE(section.find("不通过 fails"), std::string::npos) << s.id;
    }
  }
  EXPECT_EQ(pages.size(), Bundled().packs.size() + 1);
}

TEST(RulesDoc, BundledRulesGetTheirPageAsReference) {
  std::vector<RuleInfo> rules = ListRules(Bundled());
  AddReferences(Bundled(), "file:///src/docs/rules/", rules);
  for (const RuleInfo& r : rules) {
    EXPECT_EQ(r.reference, "file:///src/docs/rules/" + r.pack + ".md#" + r.id) << r.id;
  }
  rules = ListRules(Bundled());
  AddReferences(Bundled(), "", rules);
  EXPECT_TRUE(rules[0].reference.empty());
}

// A link is a URL; the bundled packs have one wherever their research notes give the document's.
TEST(PackLinks, AreUrlsAndEveryRuleOfALinkedPackHasOne) {
  const RE2 url(R"(https?://\S+)");
  int linked = 0;
  for (const Pack& pack : Bundled().packs) {
    std::set<std::string> links;
    for (const int r : pack.rules) {
      const std::string& link = Bundled().rules[static_cast<std::size_t>(r)].spec.link;
      if (!link.empty()) {
        EXPECT_TRUE(RE2::FullMatch(link, url)) << link;
      }
      links.insert(link);
    }
    if (!links.contains("")) ++linked;
  }
  EXPECT_GE(linked, 40);  // 45 of the 55 packs when this was written
}

TEST(PackLinks, ALinkThatIsNoUrlIsAnErrorAtItsPlace) {
  const std::string pack =
      "pack: t\ntitle: T\nissued: 2020\nlink: 《某办法》\nrules:\n"
      "  - id: t.topic.x\n    kind: topic\n    level: info\n    basis: b\n    mention: [甲]\n"
      "    tests: {pass: [甲], fail: [乙]}\n";
  try {
    BuildRulebook({{"t.yaml", pack, false}}, checks::CheckKinds());
    FAIL() << "a link that is no URL loaded";
  } catch (const RuleError& e) {
    EXPECT_NE(std::string(e.what()).find("t.yaml:4:7: 'link' must be an http:// or https:// URL"),
              std::string::npos)
        << e.what();
    EXPECT_NE(
        RuleErrorText(e.what(), report::Lang::kZh).find("应为依据原文的 http:// 或 https:// 网址"),
        std::string::npos)
        << RuleErrorText(e.what(), report::Lang::kZh);
  }
}

TEST(RuleErrorText, FixedPhrasesInChineseNamesAsWritten) {
  const std::string en =
      "2 rule pack errors:\nx.yaml:3:5: rule t.topic.x: unknown key 'mentoin' in a rule (did you "
      "mean 'mention'?); known keys: basis, id\ny.yaml: cannot read this rule pack";
  const std::string zh = RuleErrorText(en, report::Lang::kZh);
  EXPECT_EQ(zh.rfind("规则包有误", 0), 0u) << zh;
  EXPECT_NE(zh.find("共 2 处规则包错误："), std::string::npos) << zh;
  EXPECT_NE(zh.find("未知的键“mentoin”（是否为 mention？）"), std::string::npos) << zh;
  EXPECT_NE(zh.find("y.yaml：无法读取这个规则包"), std::string::npos) << zh;
  EXPECT_EQ(RuleErrorText(en, report::Lang::kEn), en);
}

TEST(ConfigTemplate, ParsesNamesEveryKeyAndChangesNothing) {
  const Config config = ParseConfig(ConfigTemplate(), ".plancheck.yaml", report::Lang::kEn);
  EXPECT_TRUE(config.rule_dirs.empty());
  EXPECT_EQ(config.builtin_rules, true);
  EXPECT_EQ(config.fail_on, report::FailOn::kError);
  EXPECT_FALSE(config.baseline || config.lang);
  EXPECT_TRUE(config.settings.disable.empty() && config.settings.select.empty() &&
              config.settings.levels.empty() && config.overrides.empty() &&
              config.against.empty() && config.settings.region.empty());
  const std::string text = ConfigTemplate();
  for (const std::string& key : ConfigKeys()) {
    EXPECT_TRUE(RE2::PartialMatch(text, "(?m)^(# )?" + key + ":")) << key;
  }
  // The commented-out keys, uncommented, are valid too.
  std::string uncommented;
  RE2::GlobalReplace(&(uncommented = text), "(?m)^# ((?:baseline|lang|region|period|date):)",
                     "\\1");
  RE2::GlobalReplace(&uncommented, "(?m)^overrides: \\[\\]\n", "overrides:\n");
  RE2::GlobalReplace(&uncommented, "(?m)^#(  (?: |-))", "\\1");
  const Config full = ParseConfig(uncommented, "repo/.plancheck.yaml", report::Lang::kEn);
  EXPECT_EQ(full.lang, "zh");
  EXPECT_EQ(full.settings.period, "2021-2025");
  ASSERT_EQ(full.overrides.size(), 1u);
  EXPECT_EQ(full.overrides[0].settings.region, "吉林省/长春市/绿园区");
}

}  // namespace
}  // namespace plancheck::cli
