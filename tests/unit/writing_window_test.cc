// The writing window (metadata.written): when a plan was written, from what it cites (the table
// rules/events/dated-events.tsv, cited 文号, dates in the text), what it still looks forward to,
// the plenums its guidance formula lists, its 成文日期 and its period; and what the window decides:
// a rule that depends on time does not apply to a plan written before its framework, issued_after
// and issued_before read the window, --period/--date and the config override the text.
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <re2/re2.h>

#include "checker/cli/checking.h"
#include "checker/cli/config.h"
#include "checker/cli/period_option.h"
#include "checker/cli/usage_error.h"
#include "checker/document/builders.h"
#include "checker/document/document.h"
#include "checker/document/writing_window.h"
#include "checker/engine/checks/registry.h"
#include "checker/engine/evaluate.h"
#include "checker/formats/format.h"
#include "checker/indicators/indicator.h"
#include "checker/report/common.h"
#include "checker/report/json_model.h"
#include "checker/rulebook/conditions.h"
#include "checker/rulebook/rule_error.h"
#include "checker/rulebook/rulebook_impl.h"
#include "report_test_support.h"
#include "test_paths.h"

namespace plancheck {
namespace {

using testing::CorpusPath;
using testing::CorpusStems;
using ::testing::HasSubstr;
using ::testing::Not;
using Bound = WrittenEvidence::Bound;
using Basis = Written::BeforeBasis;

Document Parse(const std::string& text) { return ParseText("plan.txt", text, "UTF-8"); }

std::string First(const Written& w) { return WidenDate(w.after, false); }
std::string Last(const Written& w) { return WidenDate(w.before, true); }

const WrittenEvidence* EvidenceFor(const Written& w, Bound bound) {
  for (const WrittenEvidence& e : w.evidence) {
    if (e.bound == bound) return &e;
  }
  return nullptr;
}

// ---------------------------------------------------------------------------------------------
// The five corpus plans: printed, and every evidence line is a real citation at that line.

class CorpusWindows : public ::testing::Test {
 protected:
  static const Document& Of(const std::string& stem) {
    static std::map<std::string, Document> docs;
    auto it = docs.find(stem);
    if (it == docs.end()) it = docs.emplace(stem, LoadDocument(CorpusPath(stem))).first;
    return it->second;
  }
};

TEST_F(CorpusWindows, PrintsEveryWindowWithItsEvidence) {
  for (const std::string& stem : CorpusStems()) {
    const Document& doc = Of(stem);
    const Written& w = doc.metadata.written;
    std::printf("%-40s | %s\n", stem.c_str(), WrittenWords(w, true).c_str());
    std::printf("%-40s | %s\n", "", WrittenWords(w, false).c_str());
    EXPECT_TRUE(w.known()) << stem;
    for (const WrittenEvidence& e : w.evidence) {
      if (e.line <= 0) continue;  // the plan's own 发文字号: no place in the body
      const Block* block = doc.BlockAtLine(e.line);
      ASSERT_NE(block, nullptr) << stem << ": line " << e.line;
      EXPECT_THAT(block->text, HasSubstr(e.text)) << stem << ": line " << e.line;
      std::printf("%-40s |   line %d: %s (%s, %s)\n", "", e.line, e.text.c_str(), e.name.c_str(),
                  e.date.c_str());
    }
  }
}

// 普陀 implements 沪委办发〔2020〕20号 and lists the plenums up to 十九届四中全会, not 五中全会.
TEST_F(CorpusWindows, PutuoWasWrittenIn2020BeforeTheFifthPlenum) {
  const Written& w = Of("shanghai-putuo-2020-2022").metadata.written;
  EXPECT_GE(First(w), "2019-10-01");
  EXPECT_EQ(w.after, "2020");
  EXPECT_LT(Last(w), "2021-01-01");
  EXPECT_EQ(w.before, "2020-10");
  EXPECT_EQ(w.before_basis, Basis::kPlenums);
  const WrittenEvidence* after = EvidenceFor(w, Bound::kAfter);
  ASSERT_NE(after, nullptr);
  EXPECT_EQ(after->line, 5);
  EXPECT_THAT(after->text, HasSubstr("加快推进公共法律服务体系建设的实施意见"));
  EXPECT_THAT(after->name, HasSubstr("沪委办发〔2020〕20号"));
  const WrittenEvidence* before = EvidenceFor(w, Bound::kBefore);
  ASSERT_NE(before, nullptr);
  EXPECT_EQ(before->line, 9);
  EXPECT_EQ(before->text, "十九届二中、三中、四中全会");
  EXPECT_EQ(before->name, "党的十九届五中全会");
}

// 松江 quotes the 二十大 report of 2022年10月16日 (line 14); its period starts in 2023.
TEST_F(CorpusWindows, SongjiangFollowsTheTwentiethCongress) {
  const Written& w = Of("shanghai-songjiang-2023-2025").metadata.written;
  EXPECT_EQ(w.after, "2022-10-16");
  EXPECT_EQ(EvidenceFor(w, Bound::kAfter)->line, 14);
  EXPECT_EQ(w.before, "2023");
  EXPECT_EQ(w.before_basis, Basis::kPeriod);
}

// 连云港 cites 党的二十大报告 (line 12) and the 江苏 regulation of 2022-09-29 (line 1).
TEST_F(CorpusWindows, LianyungangFollowsTheTwentiethCongress) {
  const Written& w = Of("jiangsu-lianyungang-2023-2025").metadata.written;
  EXPECT_EQ(w.after, "2022-10");
  EXPECT_EQ(EvidenceFor(w, Bound::kAfter)->line, 12);
  EXPECT_EQ(EvidenceFor(w, Bound::kAfter)->name, "党的二十大");
  EXPECT_EQ(w.before, "2023");
}

// 五通桥 prints its 成文日期 (2022年6月16日) and cites the national plan of 2021-12-30.
TEST_F(CorpusWindows, WutongqiaoHasAPrintedDate) {
  const Written& w = Of("sichuan-leshan-wutongqiao-2021-2025").metadata.written;
  EXPECT_EQ(w.before, "2022-06-16");
  EXPECT_EQ(w.before_basis, Basis::kDate);
  EXPECT_EQ(w.after, "2021-12-30");
  EXPECT_THAT(EvidenceFor(w, Bound::kAfter)->text, HasSubstr("全国公共法律服务体系建设规划"));
}

// 绿园 cites 长府办发〔2022〕10号 and still guides itself by 十九届历次全会: before 党的二十大.
TEST_F(CorpusWindows, LvyuanWasWrittenIn2022BeforeTheTwentiethCongress) {
  const Written& w = Of("jilin-changchun-lvyuan-2021-2025-draft").metadata.written;
  EXPECT_EQ(w.after, "2022");
  EXPECT_EQ(EvidenceFor(w, Bound::kAfter)->kind, WrittenEvidence::Kind::kDocNumber);
  EXPECT_EQ(w.before, "2022-10");
  EXPECT_EQ(w.before_basis, Basis::kPlenums);
  EXPECT_EQ(EvidenceFor(w, Bound::kBefore)->text, "十九届历次全会");
}

// ---------------------------------------------------------------------------------------------
// What the window decides, on the corpus with the bundled rules.

struct RuleOutcome {
  Status status = Status::kNa;
  std::string message;
  bool present = false;
};

std::map<std::string, RuleOutcome> Check(const Document& doc) {
  static const std::shared_ptr<const Rulebook> book = LoadRulebook({});
  const DocumentReport report = Evaluate(*book, doc, ExtractIndicators(doc));
  std::map<std::string, RuleOutcome> out;
  const auto rank = [](Status s) {
    return s == Status::kFail ? 3 : s == Status::kPartial ? 2 : s == Status::kPass ? 1 : 0;
  };
  for (const Result& r : report.results) {
    RuleOutcome& o = out[r.rule];
    if (!o.present || rank(r.status) > rank(o.status)) o.status = r.status;
    if (!o.present) o.message = r.message;
    o.present = true;
  }
  return out;
}

TEST_F(CorpusWindows, FrameworksIssuedAfterPutuoWasWrittenDoNotApplyToItsTimedRules) {
  const auto outcomes = Check(Of("shanghai-putuo-2020-2022"));
  for (const char* rule :
       {"national.indicator.legal-understanding-persons", "national.topic.pufa-8th",
        "national.reference.national-plan", "national.topic.legal-aid-funding",
        "national.reference.legal-aid-law", "shanghai.topic.legal-query"}) {
    const auto it = outcomes.find(rule);
    ASSERT_NE(it, outcomes.end()) << rule;
    EXPECT_EQ(it->second.status, Status::kNa) << rule;
    EXPECT_THAT(it->second.message, HasSubstr("本规划成文不晚于2020年10月")) << rule;
    EXPECT_THAT(it->second.message, HasSubstr("晚于其成文的《")) << rule;
    EXPECT_THAT(it->second.message, Not(HasSubstr("规划期起始年份未知"))) << rule;
  }
  EXPECT_THAT(
      outcomes.at("national.topic.pufa-8th").message,
      HasSubstr("《关于开展法治宣传教育的第八个五年规划（2021—2025年）》（2021-06）不适用"));
  // A standing requirement the framework restates still applies (the reviewer's verdicts): the
  // plan's platforms and its 谁执法谁普法 are checked.
  EXPECT_EQ(outcomes.at("national.topic.entity-platforms").status, Status::kPass);
  EXPECT_EQ(outcomes.at("national.topic.pufa-responsibility").status, Status::kPass);
  // A framework issued before it applies, date printed or not.
  EXPECT_EQ(outcomes.at("shanghai.reference.implementing-opinion").status, Status::kPass);
}

// Neither 松江 nor 连云港 prints a date, but both cite 党的二十大: the citation rule for the
// national plan (issued_after 2021-12-30) applies, and both fail it.
TEST_F(CorpusWindows, IssuedAfterHoldsForPlansThatCiteLaterEvents) {
  for (const char* stem : {"shanghai-songjiang-2023-2025", "jiangsu-lianyungang-2023-2025"}) {
    const auto outcomes = Check(Of(stem));
    EXPECT_EQ(outcomes.at("national.reference.national-plan").status, Status::kFail) << stem;
  }
}

// ---------------------------------------------------------------------------------------------
// Reading the text.

TEST(WritingWindow, AMentionOfTheFutureBoundsTheWindowFromAbove) {
  for (const char* line : {"以优异成绩迎接党的二十大胜利召开。", "喜迎党的二十大，奋进新征程。",
                           "认真做好即将召开的党的二十大的各项保障工作。"}) {
    const Written w = Parse(std::string("一、总体要求\n") + line + "\n").metadata.written;
    EXPECT_EQ(w.after, "") << line;
    EXPECT_EQ(w.before, "2022-10") << line;
    EXPECT_EQ(w.before_basis, Basis::kLooksForward) << line;
    EXPECT_EQ(EvidenceFor(w, Bound::kBefore)->kind, WrittenEvidence::Kind::kLooksForward);
  }
  // The same congress in the past tense dates the plan after it.
  const Written past = Parse("一、总体要求\n党的二十大胜利召开以来，全区上下……\n").metadata.written;
  EXPECT_EQ(past.after, "2022-10");
  EXPECT_EQ(past.before, "");
  // A law still to be made is not cited: 推动《法律援助法》尽快出台.
  const Written law = Parse("一、主要任务\n积极推动《法律援助法》尽快出台。\n").metadata.written;
  EXPECT_EQ(law.after, "");
  EXPECT_EQ(law.before, "2021-08-20");
  const Written in_force =
      Parse("一、主要任务\n全面贯彻实施《法律援助法》，扩大援助范围。\n").metadata.written;
  EXPECT_EQ(in_force.after, "2021-08-20");
}

TEST(WritingWindow, ThePlenumsOfTheGuidanceFormulaBoundTheWindow) {
  const Written w =
      Parse("（一）指导思想\n全面贯彻党的二十大和二十届二中、三中全会精神。\n").metadata.written;
  EXPECT_EQ(w.after, "2024");         // 二十届三中全会 (2024)
  EXPECT_EQ(w.before, "2025-10-23");  // before 二十届四中全会
  EXPECT_EQ(w.before_basis, Basis::kPlenums);
  // The last plenum the table knows no successor of bounds nothing.
  const Written open =
      Parse("（一）指导思想\n全面贯彻党的二十大和二十届二中、三中、四中全会精神。\n")
          .metadata.written;
  EXPECT_EQ(open.after, "2025-10-23");
  EXPECT_EQ(open.before, "");
}

// A 2026–2030 plan whose guidance stops at 十九届 is stale, not written in 2022: the text's bound
// yields to the period, so the rules for plans of its time still apply (and report it).
TEST(WritingWindow, GuidanceTooOldForThePeriodBoundsNothing) {
  const std::string guidance =
      "（一）指导思想\n全面贯彻党的十九大和十九届二中、三中、四中全会精神。\n";
  const Written stale =
      Parse("示范区公共法律服务体系建设规划（2026—2030年）\n" + guidance).metadata.written;
  EXPECT_EQ(stale.before, "2026");
  EXPECT_EQ(stale.before_basis, Basis::kPeriod);
  // For a plan of that time, the same words still bound the window.
  const Written then =
      Parse("示范区公共法律服务体系建设规划（2020—2022年）\n" + guidance).metadata.written;
  EXPECT_EQ(then.before_basis, Basis::kPlenums);
}

TEST(WritingWindow, ACitedDocNumberAndANarratedDateAreEarliestDates) {
  const Written w =
      Parse(
          "根据《长春市规划》（长府办发〔2022〕10号），制定本规划。\n"
          "2023年3月5日，区委召开全面依法治区委员会会议。\n到2025年12月31日前全部完成。\n")
          .metadata.written;
  EXPECT_EQ(w.after, "2023-03-05");  // the deadline of 2025 is not a past event
  EXPECT_EQ(EvidenceFor(w, Bound::kAfter)->kind, WrittenEvidence::Kind::kDate);
  const Written n = Parse("根据长府办发〔2022〕10号文件精神，制定本方案。\n").metadata.written;
  EXPECT_EQ(n.after, "2022");
}

TEST(WritingWindow, APrintedDateIsTheLatestAndDropsLaterCitations) {
  const Document doc = Parse(
      "某区公共法律服务实施方案\n一、总体要求\n全面贯彻党的二十大精神，落实《法律援助法》。\n"
      "某区司法局\n2022年6月1日\n");
  EXPECT_EQ(doc.metadata.date, "2022-06-01");
  const Written& w = doc.metadata.written;
  EXPECT_EQ(w.before, "2022-06-01");
  EXPECT_EQ(w.before_basis, Basis::kDate);
  EXPECT_EQ(w.after, "2021-08-20");  // 党的二十大 (2022-10) cannot be cited by a plan of 2022-06
}

TEST(WritingWindow, TheOwnDocNumberAndThePeriodArePlausibleLatestDates) {
  const Written own =
      Parse("五府办发〔2022〕13号\n关于印发《某区规划》的通知\n一、总体要求\n正文。\n")
          .metadata.written;
  EXPECT_EQ(own.before, "2022");
  EXPECT_EQ(own.before_basis, Basis::kDocNumber);
  EXPECT_EQ(own.after, "");  // the plan's own number is not a citation
  // A later citation overrides the period's start: 十四五 plans were often written in 2022.
  const Written late =
      Parse("某区“十四五”规划（2021—2025年）\n一、总体要求\n落实《上海市公共法律服务办法》。\n")
          .metadata.written;
  EXPECT_EQ(late.after, "2022-01-30");
  EXPECT_EQ(late.before, "");
  const Written early =
      Parse("某区“十四五”规划（2021—2025年）\n一、总体要求\n正文。\n").metadata.written;
  EXPECT_EQ(early.before, "2021");
  EXPECT_EQ(early.before_basis, Basis::kPeriod);
}

TEST(WritingWindow, Words) {
  Written w;
  w.after = "2022-10";
  w.evidence.push_back({Bound::kAfter, WrittenEvidence::Kind::kCites, 14, "党的二十大",
                        "党的二十大", "the 20th Party Congress", "2022-10"});
  w.before = "2023";
  w.before_basis = Basis::kPeriod;
  EXPECT_EQ(WrittenWords(w, true),
            "不早于2022年10月（第14行引用党的二十大）；不晚于2023年（规划期始于2023年）");
  EXPECT_EQ(WrittenWords(w, false),
            "not before 2022-10 (line 14 cites the 20th Party Congress); not after 2023 (the "
            "period starts in 2023)");
  EXPECT_EQ(WrittenWords(Written{}, true), "");
  EXPECT_EQ(WidenDate("2024-02", true), "2024-02-29");
  EXPECT_EQ(WidenDate("2023-02", true), "2023-02-28");
  EXPECT_EQ(WidenDate("2022", false), "2022-01-01");
  EXPECT_EQ(WidenDate("2022-13", false), "");
}

// Every row of the table has a date, a name in both languages and a researched source.
TEST(WritingWindow, EveryRowOfTheTableNamesItsSource) {
  std::ifstream in(testing::SourcePath("rules/events/dated-events.tsv"));
  ASSERT_TRUE(in);
  std::string line;
  int rows = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    ++rows;
    std::vector<std::string> f;
    std::stringstream s(line);
    for (std::string field; std::getline(s, field, '\t');) f.push_back(field);
    ASSERT_EQ(f.size(), 6u) << line;
    EXPECT_NE(WidenDate(f[0], false), "") << line;
    EXPECT_TRUE(
        RE2::PartialMatch(f[5], R"((?:frameworks|provinces|national-2023-2026|anchors-cn)\.md §)"))
        << line;
    EXPECT_TRUE(RE2::PartialMatch(f[5], R"(\[(?:std|sec)\])")) << line;
    EXPECT_THAT(f[5], Not(HasSubstr("UNCONFIRMED"))) << line;
  }
  EXPECT_GT(rows, 20);
}

// ---------------------------------------------------------------------------------------------
// Conditions: issued_after / issued_before and the framework's date against the window.

Metadata WithWindow(std::string after, std::string before) {
  Metadata m;
  m.written.after = std::move(after);
  m.written.before = std::move(before);
  m.written.before_basis = m.written.before.empty() ? Basis::kNone : Basis::kPlenums;
  return m;
}

TEST(WritingWindowConditions, IssuedAfterAndBeforeReadTheWindow) {
  Conditions after;
  after.issued_after = "2021-12-30";
  Conditions before;
  before.issued_before = "2021-01-01";
  const Metadata later = WithWindow("2022-10", "2023");
  EXPECT_TRUE(Evaluate(after, later).holds);
  EXPECT_FALSE(Evaluate(before, later).holds);
  const Metadata earlier = WithWindow("2020", "2020-10");
  const Verdict v = Evaluate(after, earlier);
  EXPECT_FALSE(v.holds);
  EXPECT_THAT(v.why, HasSubstr("成文不晚于2020年10月"));
  EXPECT_TRUE(Evaluate(before, earlier).holds);
  const Verdict straddles = Evaluate(after, WithWindow("2021", "2022"));
  EXPECT_FALSE(straddles.holds);
  EXPECT_THAT(straddles.why, HasSubstr("不能确定是否晚于 2021-12-30"));
  EXPECT_THAT(Evaluate(after, Metadata{}).why, HasSubstr("成文日期未知"));
  // A printed date decides as before.
  Metadata dated = WithWindow("2020", "2022-06-16");
  dated.date = "2022-06-16";
  EXPECT_TRUE(Evaluate(after, dated).holds);
}

TEST(WritingWindowConditions, WrittenBeforeAFramework) {
  const Verdict v = WrittenBefore(WithWindow("2020", "2020-10"), "2021-11",
                                  "乡村“法律明白人”培养工作规范（试行）");
  EXPECT_TRUE(v.holds);
  EXPECT_EQ(v.why,
            "本规划成文不晚于2020年10月，晚于其成文的《乡村“法律明白人”培养工作规范（试行）》（2021"
            "-11）不适用");
  EXPECT_FALSE(WrittenBefore(WithWindow("2020", "2021-11"), "2021-11", "x").holds);  // straddles
  EXPECT_FALSE(WrittenBefore(WithWindow("2022", ""), "2021-11", "x").holds);
  EXPECT_FALSE(WrittenBefore(WithWindow("2020", "2020"), "unknown", "x").holds);
  Metadata dated;
  dated.date = "2020-06-01";
  EXPECT_THAT(WrittenBefore(dated, "2021-12-30", "全国公共法律服务体系建设规划（2021—2025年）").why,
              HasSubstr("本规划成文不晚于2020年6月1日（成文日期）"));
  Conditions timed;
  timed.period_overlaps = std::make_pair(2021, 2025);
  Conditions placed;
  placed.level = {"county"};
  EXPECT_TRUE(DependsOnTime(timed));
  EXPECT_FALSE(DependsOnTime(placed));
  placed.any.push_back(timed);
  EXPECT_TRUE(DependsOnTime(placed));
}

// ---------------------------------------------------------------------------------------------
// Every pack carries `issued`.

std::string PackError(const std::string& header) {
  const std::string pack = header +
                           "rules:\n  - id: p.topic.a\n    kind: topic\n    level: info\n"
                           "    basis: b\n    patterns: [法律援助]\n    tests:\n"
                           "      pass: [法律援助]\n      fail: [其他]\n";
  try {
    BuildRulebook({{"p.yaml", pack, false}}, checks::CheckKinds());
  } catch (const RuleError& e) {
    return e.what();
  }
  return "";
}

TEST(WritingWindowPacks, APackWithoutIssuedIsRefused) {
  EXPECT_THAT(PackError("pack: p\ntitle: t\n"), HasSubstr("p.yaml:1:1: pack 'p' has no 'issued'"));
  EXPECT_THAT(PackError("pack: p\ntitle: t\n"), HasSubstr("issued: unknown"));
  EXPECT_EQ(PackError("pack: p\ntitle: t\nissued: 2021-06\n"), "");
  EXPECT_EQ(PackError("pack: p\ntitle: t\nissued: unknown\n"), "");
  EXPECT_THAT(PackError("pack: p\ntitle: t\nissued: 2021-6\n"), HasSubstr("'issued' must be"));
}

TEST(WritingWindowPacks, EveryBundledPackIsDatedOrSaysItIsNot) {
  const auto book = LoadRulebook({});
  for (const PackInfo& p : ListPacks(*book)) {
    EXPECT_TRUE(p.issued == kUnknownIssued || !WidenDate(p.issued, false).empty()) << p.name;
    if (p.issued == kUnknownIssued)
      std::printf("undated pack: %s (%s)\n", p.name.c_str(), p.title.c_str());
  }
}

// ---------------------------------------------------------------------------------------------
// --period, --date and the config.

TEST(WritingWindowOptions, PeriodAndDateOverrideTheTextAndTheWindow) {
  Document doc = LoadDocument(CorpusPath("shanghai-putuo-2020-2022"));
  cli::ApplyPeriodAndDate("2020-2022", "", doc, report::Lang::kZh);
  ASSERT_TRUE(doc.metadata.period);
  EXPECT_EQ(doc.metadata.period->from, 2020);
  EXPECT_EQ(doc.metadata.period->to, 2022);
  EXPECT_EQ(doc.metadata.written.before, "2020-10");  // the plenums are still the tightest
  cli::ApplyPeriodAndDate("", "2020-06-01", doc, report::Lang::kZh);
  EXPECT_EQ(doc.metadata.date, "2020-06-01");
  EXPECT_EQ(doc.metadata.written.before, "2020-06-01");
  EXPECT_EQ(doc.metadata.written.before_basis, Basis::kDate);
  const auto usage = [](auto fn) {
    try {
      fn();
    } catch (const cli::UsageError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  EXPECT_THAT(usage([] { cli::ParsePeriodOption("2022-2020", "--period", report::Lang::kEn); }),
              HasSubstr("--period: not a period '2022-2020'"));
  EXPECT_THAT(usage([] { cli::ParseDateOption("2020-02-30", "--date", report::Lang::kEn); }),
              HasSubstr("--date: not a date '2020-02-30'"));
  EXPECT_EQ(cli::ParsePeriodOption("2023", "--period", report::Lang::kEn).from, 2023);
  EXPECT_EQ(cli::ParsePeriodOption("2021—2025", "--period", report::Lang::kEn).to, 2025);
}

TEST(WritingWindowOptions, TheConfigGivesAPeriodAndADatePerFile) {
  const cli::Config config = cli::ParseConfig(
      "period: 2021-2025\noverrides:\n  - files: [\"old/*.txt\"]\n    period: 2020-2022\n"
      "    date: 2020-06-01\n",
      "repo/.plancheck.yaml", report::Lang::kEn);
  EXPECT_EQ(config.settings.period, "2021-2025");
  EXPECT_EQ(config.For("repo/new/plan.txt").period, "2021-2025");
  EXPECT_EQ(config.For("repo/old/plan.txt").period, "2020-2022");
  EXPECT_EQ(config.For("repo/old/plan.txt").date, "2020-06-01");
  EXPECT_EQ(config.For("repo/new/plan.txt").date, "");
  try {
    cli::ParseConfig("date: 2020-6-1\n", "repo/.plancheck.yaml", report::Lang::kEn);
    FAIL() << "a malformed date was accepted";
  } catch (const cli::UsageError& e) {
    EXPECT_THAT(e.what(), HasSubstr("repo/.plancheck.yaml:1:7: not a date '2020-6-1'"));
  }
}

// --date on the command line: 松江 dated before the national plan no longer fails its citation.
TEST(WritingWindowOptions, CheckPlansAppliesTheOptions) {
  cli::CheckRequest request;
  request.files = {CorpusPath("shanghai-songjiang-2023-2025")};
  request.date = "2021-06-01";
  const report::CheckRun run = cli::CheckPlans(request);
  ASSERT_EQ(run.plans.size(), 1u);
  const Metadata& m = run.plans[0].document->metadata;
  EXPECT_EQ(m.date, "2021-06-01");
  EXPECT_EQ(m.written.before, "2021-06-01");
  for (const Result& r : run.plans[0].report.results) {
    if (r.rule != "national.reference.national-plan") continue;
    EXPECT_EQ(r.status, Status::kNa);
    EXPECT_THAT(r.message, HasSubstr("成文日期"));
  }
}

// ---------------------------------------------------------------------------------------------
// Reports.

TEST(WritingWindowReports, HeadersShowTheWindowAndAnUnknownStartIsUnknown) {
  report::CheckRun run;
  run.version = "9.9.9";
  run.plans.push_back(testing::MakePlan("corpus/songjiang.txt", "txt", {}));
  auto doc = std::const_pointer_cast<Document>(run.plans[0].document);
  doc->metadata.period = Period{0, 2022, "到2022年"};
  doc->metadata.written.after = "2022-10";
  doc->metadata.written.evidence.push_back({Bound::kAfter, WrittenEvidence::Kind::kCites, 14,
                                            "党的二十大", "党的二十大", "the 20th Party Congress",
                                            "2022-10"});
  report::RenderOptions zh;
  zh.lang = report::Lang::kZh;
  report::RenderOptions en;
  en.lang = report::Lang::kEn;
  const std::string text = report::RenderText(run, zh);
  EXPECT_THAT(text, HasSubstr("成文时间：不早于2022年10月（第14行引用党的二十大）"));
  EXPECT_THAT(text, HasSubstr(" · 至2022"));
  EXPECT_THAT(text, Not(HasSubstr("0–2022")));
  EXPECT_THAT(report::RenderText(run, en),
              HasSubstr("written: not before 2022-10 (line 14 cites the 20th Party Congress)"));
  EXPECT_THAT(report::RenderText(run, en), HasSubstr("to 2022"));
  EXPECT_THAT(report::RenderMarkdown(run, zh), HasSubstr("| 成文时间 | 不早于2022年10月"));
  EXPECT_THAT(report::RenderHtml(run, zh), HasSubstr("<th>成文时间</th><td>不早于2022年10月"));
  const report::Json meta = report::MetadataJson(doc->metadata);
  EXPECT_TRUE(meta["period"]["from"].is_null());
  EXPECT_EQ(meta["written"]["after"], "2022-10");
  EXPECT_TRUE(meta["written"]["before"].is_null());
  EXPECT_EQ(meta["written"]["evidence"][0]["line"], 14);
  EXPECT_EQ(meta["written"]["evidence"][0]["text"], "党的二十大");
  EXPECT_EQ(meta["written"]["evidence"][0]["bound"], "after");
}

}  // namespace
}  // namespace plancheck
