// Loaders that must stay cheap and clear on hostile or odd input: .docx numbering with huge
// w:start, YAML aliases and deep nesting in packs and the config, a backtracking-prone glob,
// UTF-16 without a BOM, and the messages for a broken baseline, the RE2 set budget and the zip
// total size. Every reproducer of the robustness issue is a fixture here.
#include <climits>
#include <fstream>
#include <iterator>
#include <random>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "checker/cli/baseline.h"
#include "checker/cli/config.h"
#include "checker/cli/glob.h"
#include "checker/cli/usage_error.h"
#include "checker/decode/decoded_text.h"
#include "checker/decode/input_error.h"
#include "checker/engine/checks/registry.h"
#include "checker/formats/docx/loader.h"
#include "checker/formats/docx/numbering.h"
#include "checker/formats/docx/package.h"
#include "checker/rulebook/rule_error.h"
#include "checker/rulebook/rulebook.h"
#include "checker/rulebook/rulebook_impl.h"
#include "checker/rulebook/yaml_safety.h"
#include "docx_testing.h"
#include "test_paths.h"

// Tests name only the parts they feed in: DocxParts{.body = …, .numbering = …}.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace plancheck {
namespace {

using report::Lang;
using ::testing::HasSubstr;
using ::testing::Not;

std::string FixturePath(const std::string& name) {
  return testing::SourcePath("tests/fixtures/robust/loaders/" + name);
}

std::string Fixture(const std::string& name) { return ReadFileBytes(FixturePath(name)); }

Document LoadFixtureDocx(const std::string& name) { return ParseDocx(name, Fixture(name)); }

// fuzz/regressions/docx_bytes: w:gridSpan 2147483647 after another cell overflowed the running
// grid column (UndefinedBehaviorSanitizer). The table still reads, its cells in order.
TEST(RobustDocxTable, HugeGridSpanIsBounded) {
  const std::string path =
      testing::SourcePath("fuzz/regressions/docx_bytes/gridspan-int-max-overflow.docx");
  const Document doc = ParseDocx(path, ReadFileBytes(path));
  // A span past Word's 63 columns is cut, so the row does not spread over millions of cells.
  for (const Table& table : doc.tables) {
    for (const auto& row : table.rows) EXPECT_LE(row.size(), 2048u);
  }
  EXPECT_FALSE(doc.blocks.empty());
}

// ---- .docx numbering ----------------------------------------------------------------------

// The repro: upperLetter from w:start 2000000000 built a label of 77 million letters per
// paragraph (2.3 GB for one paragraph, past 12 GB for forty).
TEST(RobustDocxNumbering, HugeLetterStartGivesShortDecimalLabels) {
  for (const char* name :
       {"oom-docx-numbering-letters-1para.docx", "oom-docx-numbering-letters-40para.docx"}) {
    const Document doc = LoadFixtureDocx(name);
    ASSERT_GE(doc.blocks.size(), 2u) << name;
    int numbered = 0;
    for (const Block& block : doc.blocks) {
      EXPECT_LE(block.text.size(), 128u) << name << ": a block of " << block.text.size();
      if (block.text.ends_with("任务")) {
        EXPECT_EQ(block.text, std::to_string(2000000000 + numbered) + ".任务") << name;
        ++numbered;
      }
    }
    EXPECT_EQ(numbered, std::string(name).find("40para") != std::string::npos ? 40 : 1) << name;
  }
}

// w:start = INT_MAX: the next paragraphs stay at INT_MAX (signed overflow before; the sanitizer
// build runs this test under UBSan).
TEST(RobustDocxNumbering, StartIntMaxSaturates) {
  const Document doc = LoadFixtureDocx("ubsan-numbering-start-intmax.docx");
  std::vector<std::string> labelled;
  for (const Block& block : doc.blocks) {
    if (block.text.ends_with("任务")) labelled.push_back(block.text);
  }
  EXPECT_EQ(labelled, std::vector<std::string>(3, "2147483647.任务"));
}

TEST(RobustDocxNumbering, EveryFormatWritesExtremeNumbersInAFewDozenBytes) {
  using docx::FormatNumber;
  for (const char* format :
       {"decimal", "upperLetter", "lowerLetter", "upperRoman", "lowerRoman", "chineseCounting",
        "chineseLegalSimplified", "ideographLegalTraditional", "ideographDigital",
        "decimalFullWidth", "decimalZero", "decimalEnclosedCircle", "ideographTraditional",
        "ideographZodiac", "ideographZodiacTraditional", "japaneseCounting"}) {
    for (const int n : {INT_MIN, -1, 0, 1, 26, 260, 261, 99999, 100000, INT_MAX}) {
      EXPECT_LE(FormatNumber(n, format).size(), 40u) << format << " " << n;
    }
  }
  EXPECT_EQ(FormatNumber(26 * docx::kMaxLetterRepeat, "upperLetter"),
            std::string(docx::kMaxLetterRepeat, 'Z'));
  EXPECT_EQ(FormatNumber(26 * docx::kMaxLetterRepeat + 1, "upperLetter"), "261");
  EXPECT_EQ(FormatNumber(2000000000, "lowerLetter"), "2000000000");
}

// A w:lvlText of a thousand %1 would repeat the number a thousand times in every label.
TEST(RobustDocxNumbering, LongLevelTextIsCut) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "%1第";
  const std::string numbering =
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
      "<w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"" +
      text +
      "\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
  const std::string numpr = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>";
  const Document doc = testing::LoadDocx(
      {.body = testing::P("标题") + testing::P("任务", numpr), .numbering = numbering});
  ASSERT_EQ(doc.blocks.size(), 2u);
  const std::string& block = doc.blocks[1].text;
  EXPECT_TRUE(block.ends_with("任务")) << block;
  EXPECT_LE(block.size(), docx::kMaxLabelBytes + 1 + std::string("任务").size()) << block;
  EXPECT_TRUE(block.starts_with("一第一第")) << block;
}

// ---- YAML: aliases and nesting ------------------------------------------------------------

std::string RulebookError(const std::string& path) {
  try {
    LoadRulebook({{path}, false});
  } catch (const RuleError& e) {
    return e.what();
  }
  return "";
}

// The repro: `when: &w {any: [*w]}` recursed until the stack overflowed (a segfault).
TEST(RobustYaml, AliasCycleInAPackIsRefusedAtTheAlias) {
  const std::string path = FixturePath("yaml-alias-cycle-any.yaml");
  const std::string error = RulebookError(path);
  EXPECT_THAT(error, HasSubstr(path + ":9:21: YAML aliases are not supported (*w)")) << error;
  const std::string min = FixturePath("yaml-alias-cycle-any.min.yaml");
  EXPECT_THAT(RulebookError(min), HasSubstr(min + ":4:65: YAML aliases are not supported (*w)"));
}

// The repro: 760 bytes of nested aliases in `when: any:` expand to 10^9 conditions (3 GB).
TEST(RobustYaml, BillionLaughsInAPackIsRefusedAtTheFirstAlias) {
  const std::string path = FixturePath("yaml-billion-laughs-when-any.yaml");
  const std::string error = RulebookError(path);
  EXPECT_THAT(error, HasSubstr(path + ":9:131: YAML aliases are not supported (*c0)")) << error;
}

// A pack nested past kMaxYamlDepth: refused with the place instead of yaml-cpp's "bad file".
TEST(RobustYaml, DeepNestingInAPackIsRefusedWithThePlace) {
  std::string when;
  for (int i = 0; i < 40; ++i) when += "{any: [";
  when += "{level: county}";
  for (int i = 0; i < 40; ++i) when += "]}";
  const std::string pack =
      "pack: deep\ntitle: t\nrules:\n  - id: deep.topic.a\n    kind: topic\n    level: info\n"
      "    basis: b\n    patterns: [法律援助]\n    when: " +
      when + "\n    tests:\n      pass: [法律援助]\n      fail: [其他]\n";
  try {
    BuildRulebook({{"deep.yaml", pack, false}}, checks::CheckKinds());
    FAIL() << "a pack nested 80 deep loaded";
  } catch (const RuleError& e) {
    // Depth 64 is reached in the 31st {any: [ of the rule (pack map, rules list, rule map: 3).
    EXPECT_THAT(e.what(), HasSubstr("deep.yaml:9:"));
    EXPECT_THAT(e.what(), HasSubstr("YAML nested deeper than 64 levels"));
    EXPECT_THAT(e.what(), Not(HasSubstr("bad file")));
  }
}

TEST(RobustYaml, SafeLoadAllowsDepthUpToTheLimitAndPlainYaml) {
  std::string ok;
  for (int i = 0; i < kMaxYamlDepth; ++i) ok += "[";
  for (int i = 0; i < kMaxYamlDepth; ++i) ok += "]";
  EXPECT_NO_THROW(SafeYamlLoad(ok));
  EXPECT_THROW(SafeYamlLoad("[" + ok + "]"), UnsafeYaml);
  EXPECT_EQ(SafeYamlLoad("a: &x 1\nb: [2]").size(), 2u) << "an anchor alone is harmless";
}

TEST(RobustYaml, EveryAliasIsRefusedIncludingMergeKeys) {
  try {
    SafeYamlLoad("base: &b {x: 1}\nuse:\n  <<: *b\n");
    FAIL() << "a merge key alias loaded";
  } catch (const UnsafeYaml& e) {
    EXPECT_EQ(e.mark().line, 2);
    EXPECT_EQ(e.mark().column, 6);
    EXPECT_THAT(e.en(), HasSubstr("(*b)"));
    EXPECT_THAT(e.zh(), HasSubstr("YAML 别名（*b）不受支持"));
  }
}

std::string ConfigError(const std::string& yaml, Lang lang) {
  try {
    cli::ParseConfig(yaml, "repo/.plancheck.yaml", lang);
  } catch (const cli::UsageError& e) {
    return e.what();
  }
  return "";
}

TEST(RobustYaml, ConfigRefusesAliasesAndDeepNestingInBothLanguages) {
  const std::string alias = "disable: &d [a.b]\noverrides:\n  - files: x\n    disable: *d\n";
  EXPECT_THAT(ConfigError(alias, Lang::kEn),
              HasSubstr("repo/.plancheck.yaml:4:14: YAML aliases are not supported (*d)"));
  EXPECT_THAT(ConfigError(alias, Lang::kZh),
              HasSubstr("repo/.plancheck.yaml:4:14: YAML 别名（*d）不受支持"));
  const std::string deep = "disable: " + std::string(100, '[') + std::string(100, ']') + "\n";
  EXPECT_THAT(ConfigError(deep, Lang::kEn),
              HasSubstr("repo/.plancheck.yaml:1:73: YAML nested deeper than 64 levels"));
  EXPECT_THAT(ConfigError(deep, Lang::kZh), HasSubstr("YAML 嵌套超过 64 层"));
}

// ---- config globs -------------------------------------------------------------------------

// The glob matcher before it became a table: exponential on "**a**a…x", exact on small input.
bool BacktrackingGlob(std::string_view pattern, std::string_view text, bool path) {
  if (pattern.empty()) return text.empty();
  if (pattern.substr(0, 2) == "**") {
    std::string_view rest = pattern.substr(2);
    if (!rest.empty() && rest[0] == '/' && BacktrackingGlob(rest.substr(1), text, path))
      return true;
    for (std::size_t i = 0; i <= text.size(); ++i) {
      if (BacktrackingGlob(rest, text.substr(i), path)) return true;
    }
    return false;
  }
  if (pattern[0] == '*') {
    for (std::size_t i = 0; i <= text.size(); ++i) {
      if (BacktrackingGlob(pattern.substr(1), text.substr(i), path)) return true;
      if (i < text.size() && path && text[i] == '/') break;
    }
    return false;
  }
  if (text.empty()) return false;
  if (pattern[0] == '?') {
    if (path && text[0] == '/') return false;
    std::size_t length = 1;
    while (length < text.size() && (static_cast<unsigned char>(text[length]) & 0xC0) == 0x80) {
      ++length;
    }
    return BacktrackingGlob(pattern.substr(1), text.substr(length), path);
  }
  return pattern[0] == text[0] && BacktrackingGlob(pattern.substr(1), text.substr(1), path);
}

// The repro: 11 "**a" before an x that never comes took hours; now it is a table of
// pattern × path cells (the ctest timeout is the bound; no timing assert).
TEST(RobustGlob, BacktrackingReproMatchesAndFailsQuickly) {
  const cli::Config config =
      cli::LoadConfig(FixturePath("hang-config-glob-backtracking.plancheck.yaml"), Lang::kEn);
  ASSERT_EQ(config.overrides.size(), 1u);
  const std::string& glob = config.overrides[0].files.at(0);
  const std::string many_a(200, 'a');
  EXPECT_FALSE(cli::GlobMatch(glob, many_a));
  EXPECT_FALSE(cli::GlobMatch(glob, many_a + ".txt"));
  EXPECT_TRUE(cli::GlobMatch(glob, many_a + "x"));
  EXPECT_TRUE(cli::GlobMatch(glob, "drafts/" + many_a + "/" + many_a + "x"));
  EXPECT_FALSE(cli::GlobMatch(glob, "aaaaaaaaaax")) << "only ten a";
  // Config::For applies it to a document path without hanging.
  EXPECT_TRUE(config.For(many_a + ".txt").disable.empty());
}

// The table matcher agrees with the backtracking one everywhere it is cheap to ask.
TEST(RobustGlob, AgreesWithTheBacktrackingMatcherOnRandomInput) {
  const std::vector<std::string> pattern_atoms = {"*", "**", "?", "a", "b", "/", "一", "**/"};
  const std::vector<std::string> text_atoms = {"a", "b", "/", "一", "\x80"};
  std::mt19937 random(20240601);
  const auto pick = [&](const std::vector<std::string>& atoms, int most) {
    std::string out;
    const int count = static_cast<int>(random() % static_cast<unsigned>(most + 1));
    for (int i = 0; i < count; ++i) out += atoms[random() % atoms.size()];
    return out;
  };
  for (int round = 0; round < 20000; ++round) {
    const std::string pattern = pick(pattern_atoms, 5);
    const std::string text = pick(text_atoms, 7);
    for (const bool path : {true, false}) {
      ASSERT_EQ(cli::GlobMatch(pattern, text, path), BacktrackingGlob(pattern, text, path))
          << "pattern '" << pattern << "' text '" << text << "' path " << path;
    }
  }
}

// ---- decode: UTF-16 without a BOM ---------------------------------------------------------

// The fixtures are the UTF-8 snippet (the start of a corpus plan) through iconv -t UTF-16LE/BE.
TEST(RobustDecode, Utf16WithoutBomReadsAsTheSameText) {
  const std::string utf8 = Decode(Fixture("snippet-utf8.txt"), "u").utf8;
  ASSERT_THAT(utf8, HasSubstr("一、规划背景"));
  const DecodedText le = Decode(Fixture("snippet-utf16le-nobom.txt"), "le.txt");
  EXPECT_EQ(le.encoding, "UTF-16LE without BOM");
  EXPECT_EQ(le.utf8, utf8);
  const DecodedText be = Decode(Fixture("snippet-utf16be-nobom.txt"), "be.txt");
  EXPECT_EQ(be.encoding, "UTF-16BE without BOM");
  EXPECT_EQ(be.utf8, utf8);
}

std::string DecodeError(std::string_view bytes) {
  try {
    Decode(bytes, "plan.txt");
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

TEST(RobustDecode, TruncatedUtf16SaysWhatItIsAndBinaryStaysBinary) {
  const std::string le = Fixture("snippet-utf16le-nobom.txt");
  const std::string cut = le.substr(0, 1001);  // half a code unit at the end
  EXPECT_THAT(DecodeError(cut),
              HasSubstr("plan.txt: looks like UTF-16LE text without a BOM, but is invalid at "
                        "byte 1000"));
  EXPECT_THAT(DecodeError(std::string("PK\3\4\0\0\x14\0binary", 14)),
              HasSubstr("binary data (a NUL byte) at byte 4"));
  EXPECT_THAT(DecodeError(std::string("abc\0def", 7)), HasSubstr("binary data"));
}

// ---- messages: baseline, RE2 set budget, zip total ----------------------------------------

std::string BaselineError(const std::string& json, Lang lang = Lang::kEn) {
  try {
    cli::Baseline::Parse(json, "ci/baseline.json", lang);
  } catch (const cli::UsageError& e) {
    return e.what();
  }
  return "";
}

TEST(RobustMessages, MalformedBaselineNamesTheFileLineAndColumn) {
  const std::string json =
      "{\n  \"tool\": \"plancheck\",\n  \"gaps\": [\n    {\"rule\": x}\n  ]\n}\n";
  const std::string error = BaselineError(json);
  EXPECT_THAT(error, HasSubstr("ci/baseline.json:4:14: not a plancheck baseline: JSON syntax "
                               "error: "))
      << error;
  EXPECT_THAT(error, HasSubstr("--write-baseline"));
  EXPECT_THAT(error, Not(HasSubstr("[json.exception")));
  EXPECT_THAT(BaselineError(json, Lang::kZh), HasSubstr("ci/baseline.json:4:14: 不是 plancheck"));
  // A column counts code points: the ? after 规则 is at column 16 (byte 20).
  EXPECT_THAT(BaselineError("{\"规则\": 1, \"a\": ?}"), HasSubstr("ci/baseline.json:1:16:"));
}

TEST(RobustMessages, BaselineNestingAndWrongTypesAreRefusedNotThrownThrough) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  EXPECT_THAT(BaselineError(deep), HasSubstr("ci/baseline.json:1:17: not a plancheck baseline: "
                                             "JSON nested deeper than 16"));
  EXPECT_THAT(BaselineError(R"({"tool": 1, "gaps": []})"), HasSubstr("ci/baseline.json: "));
  EXPECT_THAT(BaselineError(R"({"tool": "plancheck", "gaps": [{"rule": "a"}, 3]})"),
              HasSubstr("gaps[0]"));
}

TEST(RobustMessages, Re2SetBudgetNamesTheRuleAndTheLargestPatterns) {
  const std::string path = FixturePath("re2-set-budget.yaml");
  const std::string error = RulebookError(path);
  EXPECT_THAT(error, HasSubstr(path + ":73:15: rule budget.topic.r-big-eight: the rule patterns "
                                      "together exceed RE2's memory budget (64 MiB"))
      << error;
  EXPECT_THAT(error,
              HasSubstr("The largest patterns: rule budget.topic.r-big-one (" + path + ":17)"));
  EXPECT_THAT(error, HasSubstr("Split or shorten"));
}

// Small regular-expression rules after the overflowing one: the search for it cannot stop at the
// last pattern (the prefix without it still overflows) and must still name r-big-eight.
TEST(RobustMessages, Re2SetBudgetNamesTheOverflowingRuleWhenSmallerRulesFollow) {
  std::ifstream in(FixturePath("re2-set-budget.yaml"), std::ios::binary);
  std::string pack((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::size_t issued = pack.rfind("issued:");
  ASSERT_NE(issued, std::string::npos);
  std::string tail;
  for (const char* id : {"r-small-regex-one", "r-small-regex-two"}) {
    tail += std::string("  - id: budget.topic.") + id +
            "\n    kind: topic\n    level: info\n    basis: 测试\n"
            "    patterns: ['法律[援帮]助']\n    tests:\n      pass: [法律援助]\n"
            "      fail: [其他内容]\n";
  }
  pack.insert(issued, tail);
  try {
    BuildRulebook({{"budget.yaml", pack, false}}, checks::CheckKinds());
    FAIL() << "the over-budget pack loaded";
  } catch (const RuleError& e) {
    EXPECT_THAT(e.what(), HasSubstr("budget.yaml:73:15: rule budget.topic.r-big-eight: the rule "
                                    "patterns together exceed RE2's memory budget"))
        << e.what();
  }
}

std::string DocxError(std::string_view bytes, const DocxLimits& limits) {
  try {
    ParseDocx("plan.docx", bytes, limits);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

TEST(RobustMessages, ZipTotalRefusalQuotesTheTotalLimit) {
  const std::string bytes = testing::DocxBytes(
      {.body = testing::P(std::string(3000, 'x')), .styles = std::string(3000, ' ')});
  DocxLimits limits;
  limits.max_total_bytes = 5000;
  const std::string total = DocxError(bytes, limits);
  EXPECT_THAT(total, HasSubstr("plan.docx: part "));
  EXPECT_THAT(total, HasSubstr("(limit 5000 bytes in all)")) << total;
  EXPECT_THAT(total, Not(HasSubstr("a part"))) << total;
  limits = DocxLimits{};
  limits.max_part_bytes = 2000;
  const std::string part = DocxError(bytes, limits);
  EXPECT_THAT(part, HasSubstr("(limit 2000 bytes a part)")) << part;
  EXPECT_THAT(part, Not(HasSubstr("in all"))) << part;
}

}  // namespace
}  // namespace plancheck
