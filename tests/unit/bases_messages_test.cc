// Issue 10 §3, bases and messages a reader can use: every bundled basis cites a document (no
// research tags, no notes files) and carries `source`; `rules lint` refuses a tagged basis; no
// message or suggestion shows RE2 syntax; quotations nest ‘’ inside “”; 来源 is 表格/正文 in
// Chinese; a substitution says what to write; the score is weighted by level and shown beside the
// failing rules per level; the audit lists plans by score, lowest first.
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <re2/re2.h>
#include <yaml-cpp/yaml.h>
#include <nlohmann/json.hpp>

#include "checker/cli/checking.h"
#include "checker/engine/checks/registry.h"
#include "checker/report/audit_model.h"
#include "checker/report/common.h"
#include "checker/rulebook/check.h"
#include "checker/rulebook/pattern.h"
#include "checker/rulebook/rulebook_impl.h"
#include "report_test_support.h"
#include "test_paths.h"

namespace plancheck {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::SourcePath;

std::vector<fs::path> BundledPackFiles() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(SourcePath("rules"))) {
    if (entry.is_regular_file() && entry.path().extension() == ".yaml") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// True when a quotation opens inside another: “…“…”…” (the inner one must be ‘…’).
bool NestedDoubleQuotes(std::string_view text) {
  int depth = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::string_view rest = text.substr(pos);
    if (rest.starts_with("“")) {
      if (++depth > 1) return true;
      pos += std::string_view("“").size();
    } else if (rest.starts_with("”")) {
      depth = depth > 0 ? depth - 1 : 0;
      pos += std::string_view("”").size();
    } else {
      ++pos;
    }
  }
  return false;
}

// RE2 syntax a reader should never see in a message or a suggestion.
bool LooksLikeRegex(std::string_view text) {
  static const RE2 syntax(R"(\(\?|\||\\|\[\^|\]\{|\)\?|\.\*|\.\{\d|\{\d+,\d*\})");
  return RE2::PartialMatch(text, syntax);
}

// --- the bundled packs -------------------------------------------------------------------------

TEST(BasesMessages, EveryBundledRuleHasASourceAndABasisFreeOfResearchNotes) {
  // Read the YAML itself: `source` must be written in every bundled rule, not only defaulted.
  static const RE2 tag(R"(\[(?i:std|sec|corpus|exec|unverified)|UNCONFIRMED|\.md\b|DESIGN)");
  // Bases that rest on a fact or a drafting convention rather than on a document.
  const std::set<std::string> no_document = {
      "drafting.unit.lost-in-image",
      "drafting.period.target-year",
      "drafting.count.declared",
      "drafting.timeliness.party-congress",
      "drafting.typo.jiezhi",
      "drafting.numbers.zero-as-circle",
      "jilin.topic.twelve-character-goal"};  // a formula Jilin's plans cite, from no one document
  int rules = 0, secondary = 0;
  for (const fs::path& file : BundledPackFiles()) {
    const YAML::Node pack = YAML::LoadFile(file.string());
    for (const YAML::Node& rule : pack["rules"]) {
      ++rules;
      const std::string id = rule["id"].as<std::string>();
      const std::string basis = rule["basis"].as<std::string>();
      SCOPED_TRACE(file.filename().string() + " " + id);
      ASSERT_TRUE(rule["source"]) << "no 'source'";
      const std::string source = rule["source"].as<std::string>();
      EXPECT_TRUE(source == "text" || source == "secondary") << source;
      secondary += source == "secondary";
      EXPECT_FALSE(RE2::PartialMatch(basis, tag)) << basis;
      EXPECT_EQ(BasisResearchNote(basis), "") << basis;
      EXPECT_FALSE(NestedDoubleQuotes(basis)) << basis;
      if (!no_document.count(id)) {
        EXPECT_TRUE(basis.find("《") != std::string::npos || basis.starts_with("GB/T") ||
                    basis.starts_with("GF "))
            << "the basis names no document: " << basis;
      }
      for (const char* key : {"message", "suggestion"}) {
        if (!rule[key]) continue;
        const std::string text = rule[key].as<std::string>();
        EXPECT_FALSE(LooksLikeRegex(text)) << key << ": " << text;
        EXPECT_FALSE(NestedDoubleQuotes(text)) << key << ": " << text;
        EXPECT_THAT(text, Not(HasSubstr("建议的写法"))) << "say what to write";
      }
    }
  }
  EXPECT_GE(rules, 80);
  EXPECT_GT(secondary, 0);
  EXPECT_LT(secondary, rules);
}

TEST(BasesMessages, BundledRulesLintCleanAndCarryTheirSourceToResults) {
  const auto book = LoadRulebook({});
  EXPECT_THAT(LintErrors(*book), ::testing::IsEmpty());
  const Rule* hearsay = book->Find("national.topic.plea-leniency");
  const Rule* law = book->Find("national.topic.legal-aid-funding");
  ASSERT_NE(hearsay, nullptr);
  ASSERT_NE(law, nullptr);
  EXPECT_EQ(hearsay->spec.basis_source, BasisSource::kSecondary);
  EXPECT_EQ(law->spec.basis_source, BasisSource::kText);
  for (const RuleInfo& info : ListRules(*book)) {
    if (info.id == "national.topic.plea-leniency") {
      EXPECT_EQ(info.source, BasisSource::kSecondary);
    }
  }
}

// --- lint --------------------------------------------------------------------------------------

TEST(BasesMessages, LintRefusesATaggedBasisNamingTheRuleAndTheFix) {
  const std::string path = SourcePath("tests/fixtures/rules/bad/tagged-basis.yaml");
  const auto book = LoadRulebook({{path}, false});  // it loads: lint is what refuses it
  const std::vector<std::string> errors = LintErrors(*book);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_THAT(errors[0], HasSubstr(path + ":10: rule tagged.topic.hotline:"));
  EXPECT_THAT(errors[0], HasSubstr("\"[std, 目录]\""));
  EXPECT_THAT(errors[0], HasSubstr("source: text"));
  EXPECT_THAT(errors[1], HasSubstr(path + ":18: rule tagged.topic.notes:"));
  EXPECT_THAT(errors[1], HasSubstr("\"anchors-cn.md\""));
  EXPECT_THAT(errors[1], HasSubstr("cite the document and its article or section"));
}

TEST(BasesMessages, ResearchNotesAreFoundAndCitationsAreNot) {
  EXPECT_EQ(BasisResearchNote("《法律援助法》第四条 [std]"), "[std]");
  EXPECT_EQ(BasisResearchNote("中办发〔2019〕44号 [sec, 新闻发布会摘要]"), "[sec, 新闻发布会摘要]");
  EXPECT_EQ(BasisResearchNote("仅见于松江区规划 [corpus]"), "[corpus]");
  EXPECT_EQ(BasisResearchNote("目标 UNCONFIRMED"), "UNCONFIRMED");
  EXPECT_EQ(BasisResearchNote("（frameworks.md N6）"), "frameworks.md");
  EXPECT_EQ(BasisResearchNote("见 DESIGN 一节"), "DESIGN");
  EXPECT_EQ(BasisResearchNote("《中华人民共和国法律援助法》第二十五条"), "");
  EXPECT_EQ(BasisResearchNote("GB/T 15834-2011《标点符号用法》4.11"), "");
  EXPECT_EQ(BasisResearchNote("GB/T 9704-2012《党政机关公文格式》7.2.5：用六角括号“〔〕”括入"), "");
}

TEST(BasesMessages, SourceMustBeTextOrSecondary) {
  const std::string pack = R"(pack: p
title: 测试
issued: 2021
rules:
  - id: p.topic.a
    kind: topic
    level: info
    basis: 《测试》第一条
    source: maybe
    patterns: [法律援助]
    tests: {pass: [法律援助], fail: [公证]}
)";
  try {
    BuildRulebook({{"inline.yaml", pack, false}}, checks::CheckKinds());
    ADD_FAILURE() << "source: maybe loaded";
  } catch (const std::exception& e) {
    EXPECT_THAT(e.what(), HasSubstr("inline.yaml:9:13"));
    EXPECT_THAT(e.what(), HasSubstr("'source' must be text"));
  }
}

// --- messages ----------------------------------------------------------------------------------

TEST(BasesMessages, PatternsAppearInMessagesOnlyAsWords) {
  EXPECT_EQ(PatternInWords("基本原则"), "基本原则");
  EXPECT_EQ(PatternInWords("覆盖率（%）"), "覆盖率（%）");
  EXPECT_EQ(PatternInWords(R"(覆盖率\(%\))"), "覆盖率(%)");
  EXPECT_EQ(PatternInWords("(?:遵循|主要|总体|建设)原则"), "");
  EXPECT_EQ(PatternInWords("法律援助(?:工作)?站"), "");
  EXPECT_EQ(PatternInWords(R"(\d{4}年目标)"), "");
  EXPECT_EQ(PatternInWords("[村居]法律顾问"), "");
  EXPECT_EQ(PatternInWords("12348.{0,6}法网"), "");
}

TEST(BasesMessages, QuotationsInsideQuotationsTakeSingleQuotes) {
  EXPECT_EQ(NestQuotes("指标“每个村（社区）骨干“法律明白人””目标 ≥3名"),
            "指标“每个村（社区）骨干‘法律明白人’”目标 ≥3名");
  EXPECT_EQ(NestQuotes("未提及““八五”普法”等内容"), "未提及“‘八五’普法”等内容");
  EXPECT_EQ(NestQuotes("“公正处”应为“公证处”"), "“公正处”应为“公证处”");
  EXPECT_EQ(NestQuotes("没有引号"), "没有引号");
}

// Every corpus plan, every bundled rule, passes and n/a included: the rendered messages and
// suggestions show no RE2 syntax and no “ inside “”; a substitution says what to write.
TEST(BasesMessages, CorpusReportsShowNoRegexAndNestQuotesRight) {
  cli::CheckRequest request;
  for (const std::string& stem : testing::CorpusStems()) {
    request.files.push_back(testing::CorpusPath(stem));
  }
  const report::CheckRun run = cli::CheckPlans(request);
  ASSERT_EQ(run.plans.size(), testing::CorpusStems().size());
  report::RenderOptions options;
  options.show_passed = true;
  const nlohmann::json json = nlohmann::json::parse(report::RenderJson(run, options));
  int results = 0, substitutions = 0;
  for (const nlohmann::json& doc : json["documents"]) {
    for (const nlohmann::json& r : doc["results"]) {
      ++results;
      SCOPED_TRACE(doc["path"].get<std::string>() + " " + r["rule"].get<std::string>());
      for (const char* key : {"message", "suggestion", "basis"}) {
        const std::string text = r[key];
        if (std::string(key) != "basis") {
          EXPECT_FALSE(LooksLikeRegex(text)) << key << ": " << text;
        }
        EXPECT_FALSE(NestedDoubleQuotes(text)) << key << ": " << text;
        EXPECT_THAT(text, Not(HasSubstr("建议的写法")));
      }
      EXPECT_TRUE(r["source"] == "text" || r["source"] == "secondary");
      if (!r["fix"].is_null()) {
        ++substitutions;
        EXPECT_EQ(r["suggestion"], "改为“" + r["fix"].get<std::string>() + "”");
      }
    }
  }
  EXPECT_GT(results, 300);
  EXPECT_GT(substitutions, 0) << "the corpus has typos the substitution rules find";
  // The human formats: no 改为 line repeating what the suggestion already says.
  const std::string text = report::RenderText(run, options);
  EXPECT_THAT(text, HasSubstr("建议：改为“"));
  EXPECT_THAT(text, Not(HasSubstr("改为：")));
  EXPECT_THAT(text, HasSubstr("（依据取自二手资料）"));
  for (const char* syntax : {"(?:", "|主要|", "(?:站|"}) EXPECT_THAT(text, Not(HasSubstr(syntax)));
}

// --- the source of a basis and of an indicator, in the reports ---------------------------------

report::CheckRun RunWithSecondaryBasis() {
  report::CheckRun run = testing::SampleRun();
  run.plans[0].report.results[0].source = BasisSource::kSecondary;  // the doubled punctuation
  run.rules[0].source = BasisSource::kSecondary;
  Indicator prose;
  prose.name = "法律援助案件";
  prose.op = ">=";
  prose.value = 500;
  prose.unit = "件";
  prose.source = "prose";
  prose.line = 60;
  prose.column = 1;
  run.plans[0].report.indicators.items.push_back(prose);
  return run;
}

TEST(BasesMessages, ASecondaryBasisIsMarkedDiscreetlyInEveryFormat) {
  const report::CheckRun run = RunWithSecondaryBasis();
  report::RenderOptions en;
  en.lang = report::Lang::kEn;
  const std::string text = report::RenderText(run, {});
  EXPECT_THAT(
      text, HasSubstr("依据：《全国公共法律服务体系建设规划（2021—2025年）》（依据取自二手资料）"));
  EXPECT_EQ(text.find("（依据取自二手资料）"), text.rfind("（依据取自二手资料）"))
      << "only the secondary basis is marked";
  EXPECT_THAT(report::RenderText(run, en), HasSubstr("(basis from a secondary source)"));
  EXPECT_THAT(report::RenderMarkdown(run, {}), HasSubstr("（依据取自二手资料）"));
  EXPECT_THAT(report::RenderHtml(run, {}),
              HasSubstr("<span class=\"muted\">（依据取自二手资料）</span>"));
  const nlohmann::json json = nlohmann::json::parse(report::RenderJson(run, {}));
  EXPECT_EQ(json["documents"][0]["results"][0]["source"], "secondary");
  EXPECT_EQ(json["documents"][0]["results"][1]["source"], "text");
  const nlohmann::json sarif = nlohmann::json::parse(report::RenderSarif(run, {}));
  const nlohmann::json& rules = sarif["runs"][0]["tool"]["driver"]["rules"];
  EXPECT_EQ(rules[0]["properties"]["source"], "secondary");
  EXPECT_EQ(rules[1]["properties"]["source"], "text");
}

TEST(BasesMessages, IndicatorSourceIsTableOrProseInChinese) {
  const report::CheckRun run = RunWithSecondaryBasis();
  report::RenderOptions en;
  en.lang = report::Lang::kEn;
  const std::string md = report::RenderMarkdown(run, {});
  EXPECT_THAT(md, HasSubstr("| 2025 | 表格 |"));
  EXPECT_THAT(md, HasSubstr("|  | 正文 |"));
  EXPECT_THAT(md, Not(HasSubstr("| table |")));
  const std::string html = report::RenderHtml(run, {});
  EXPECT_THAT(html, HasSubstr("<td>表格</td>"));
  EXPECT_THAT(html, HasSubstr("<td>正文</td>"));
  EXPECT_THAT(report::RenderMarkdown(run, en), HasSubstr("| 2025 | table |"));
  const nlohmann::json json = nlohmann::json::parse(report::RenderJson(run, {}));
  EXPECT_EQ(json["documents"][0]["indicators"][0]["source"], "table") << "JSON keeps the code";
  EXPECT_EQ(json["documents"][0]["indicators"][1]["source"], "prose");
}

// --- the score ---------------------------------------------------------------------------------

TEST(BasesMessages, ScoreIsWeightedByLevelPartialHalfNaNothing) {
  using testing::MakeResult;
  const std::vector<Result> results = {
      MakeResult("a.error.pass", Status::kPass, Severity::kError, 1, 1, "", "通过"),
      MakeResult("b.error.fail", Status::kFail, Severity::kError, 2, 1, "", "缺"),
      MakeResult("b.error.fail", Status::kPass, Severity::kError, 3, 1, "", "另一处通过"),
      MakeResult("c.warning.partial", Status::kPartial, Severity::kWarning, 4, 1, "", "部分"),
      MakeResult("d.info.fail", Status::kFail, Severity::kInfo, 5, 1, "", "缺"),
      MakeResult("e.info.na", Status::kNa, Severity::kInfo, 0, 0, "", "不适用"),
      MakeResult("f.warning.pass", Status::kPass, Severity::kWarning, 6, 1, "", "通过"),
  };
  const Summary s = Summarise(results);
  EXPECT_EQ(s.rules, 6);
  EXPECT_EQ(s.pass, 2);
  EXPECT_EQ(s.fail, 2);
  EXPECT_EQ(s.partial, 1);
  EXPECT_EQ(s.na, 1);
  EXPECT_EQ(s.failing.error, 1);
  EXPECT_EQ(s.failing.warning, 1);
  EXPECT_EQ(s.failing.info, 1);
  // error 3 + 3, warning 2 + 2, info 1 (n/a left out): earned 3 (error pass) + 1 (warning
  // partial) + 2 (warning pass) of 11.
  EXPECT_NEAR(s.score, 100.0 * (3 + 1 + 2) / 11, 1e-9);
  EXPECT_EQ(report::Summarise(results).score, s.score) << "one formula for engine and reports";
  // An error costs more than a warning, a warning more than an info.
  const auto one_fail = [](Severity level) {
    return Summarise({MakeResult("x.a.pass", Status::kPass, Severity::kWarning, 1, 1, "", ""),
                      MakeResult("x.b.fail", Status::kFail, level, 2, 1, "", "")})
        .score;
  };
  EXPECT_LT(one_fail(Severity::kError), one_fail(Severity::kWarning));
  EXPECT_LT(one_fail(Severity::kWarning), one_fail(Severity::kInfo));
  EXPECT_EQ(Summarise({}).score, 100.0);
  EXPECT_EQ(Summarise({MakeResult("x.c.na", Status::kNa, Severity::kError, 0, 0, "", "")}).score,
            100.0)
      << "n/a counts nothing";
}

TEST(BasesMessages, ScoreIsShownBesideTheFailingRulesPerLevel) {
  const report::CheckRun run = testing::SampleRun();
  // Plan 0: warning fail, error partial, error fail, info pass, info n/a.
  const Summary& s = run.plans[0].report.summary;
  EXPECT_NEAR(s.score, 100.0 * (3 * 0.5 + 1) / (2 + 3 + 3 + 1), 1e-9);
  report::RenderOptions en;
  en.lang = report::Lang::kEn;
  EXPECT_THAT(report::RenderText(run, {}),
              HasSubstr("5 条规则：1 通过，2 未通过，1 部分，1 不适用 · 有差距：错误 2，警告 1，"
                        "提示 0 · 问题：错误 2 处，警告 1 处，提示 0 处 · 得分 27.8"));
  EXPECT_THAT(report::RenderText(run, en),
              HasSubstr("failing: 2 error, 1 warning, 0 info · findings: 2 error, 1 warning, 0 "
                        "info · score 27.8"));
  EXPECT_THAT(report::RenderMarkdown(run, {}),
              HasSubstr("**得分 27.8** · 有差距：错误 2，警告 1，提示 0 · 5 条规则"));
  const std::string html = report::RenderHtml(run, {});
  EXPECT_THAT(html, HasSubstr("得分（按级别加权）<b>27.8</b>"));
  EXPECT_THAT(html, HasSubstr("错误级差距<b>2</b>"));
  const nlohmann::json json = nlohmann::json::parse(report::RenderJson(run, {}));
  const nlohmann::json& summary = json["documents"][0]["summary"];
  EXPECT_EQ(summary["failing"], (nlohmann::json{{"error", 2}, {"warning", 1}, {"info", 0}}));
  EXPECT_EQ(summary["score"], 27.8);
}

// --- the audit's order -------------------------------------------------------------------------

report::CheckRun ThreePlans() {
  using testing::MakePlan;
  using testing::MakeResult;
  report::CheckRun run = testing::SampleRun();
  run.plans.clear();
  const auto plan = [](const std::string& path, Status status) {
    return MakePlan(path, "txt",
                    {MakeResult("national.topic.hotline-12348", Status::kPass, Severity::kInfo, 1,
                                1, "", "通过"),
                     MakeResult("drafting.punctuation.doubled", status, Severity::kWarning, 2, 1,
                                "", "标点符号重复")});
  };
  run.plans.push_back(plan("corpus/c.txt", Status::kPass));     // 100
  run.plans.push_back(plan("corpus/b.txt", Status::kFail));     // 33.3
  run.plans.push_back(plan("corpus/a.txt", Status::kPass));     // 100, ties with c by path
  run.plans.push_back(plan("corpus/d.txt", Status::kPartial));  // 66.7
  return run;
}

TEST(BasesMessages, AuditListsPlansByScoreLowestFirstTiesByPath) {
  const report::CheckRun run = ThreePlans();
  EXPECT_EQ(report::PlanOrder(run), (std::vector<std::size_t>{1, 3, 2, 0}));
  const report::AuditLayout layout{{"c", "b", "a", "d"}};
  const std::string html = report::RenderIndexHtml(run, layout, {});
  const auto at = [&](const std::string& what, std::size_t from) {
    const std::size_t pos = html.find(what, from);
    EXPECT_NE(pos, std::string::npos) << what;
    return pos;
  };
  // index.html groups the plans by region and lists them by name (natural order), a scoring
  // order being one click on the score column away: one place and one title here, so by path.
  const std::size_t scores = at("id=\"plans\"", 0);
  EXPECT_LT(at("plans/a.report.html", scores), at("plans/b.report.html", scores));
  EXPECT_LT(at("plans/b.report.html", scores), at("plans/c.report.html", scores));
  EXPECT_LT(at("plans/c.report.html", scores), at("plans/d.report.html", scores));
  const std::size_t matrix = at("id=\"matrix\"", 0);
  EXPECT_LT(at("data-plan=\"corpus/a.txt\"", matrix), at("data-plan=\"corpus/b.txt\"", matrix));
  EXPECT_LT(at("data-plan=\"corpus/b.txt\"", matrix), at("data-plan=\"corpus/c.txt\"", matrix));
  EXPECT_LT(at("data-plan=\"corpus/c.txt\"", matrix), at("data-plan=\"corpus/d.txt\"", matrix));
  EXPECT_THAT(html, HasSubstr("错误级差距"));
  // matrix.csv lists by score, lowest first, ties by path.
  const std::string csv = report::RenderMatrixCsv(run, {});
  const std::size_t b = csv.find("corpus/b.txt"), d = csv.find("corpus/d.txt"),
                    a = csv.find("corpus/a.txt"), c = csv.find("corpus/c.txt");
  ASSERT_NE(c, std::string::npos);
  EXPECT_LT(b, d);
  EXPECT_LT(d, a);
  EXPECT_LT(a, c);
}

}  // namespace
}  // namespace plancheck
