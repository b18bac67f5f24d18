// 衔接审核 (issue 13): a higher-level plan derived into a rule pack, and lower plans checked with
// it.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <yaml-cpp/yaml.h>
#include <nlohmann/json.hpp>

#include "checker/derive/derive_pack.h"
#include "checker/engine/checks/registry.h"
#include "checker/engine/evaluate.h"
#include "checker/engine/self_test.h"
#include "checker/formats/format.h"
#include "checker/indicators/indicator.h"
#include "checker/rulebook/rulebook_impl.h"
#include "test_paths.h"

namespace plancheck {
namespace {

namespace fs = std::filesystem;
using testing::CorpusPath;
using testing::CorpusStems;
using testing::SourcePath;

derive::DerivedPack DeriveOf(const Document& higher) {
  return derive::DerivePack(higher, ExtractIndicators(higher));
}

std::shared_ptr<const Rulebook> BookOf(const derive::DerivedPack& pack) {
  return BuildRulebook({{"derived:" + pack.name + ".yaml", pack.yaml, false}},
                       checks::CheckKinds());
}

// The derived rules' results on `plan`, by rule id: the worst result of each.
std::map<std::string, Result> Check(const Rulebook& book, const Document& plan) {
  const DocumentReport report = Evaluate(book, plan, ExtractIndicators(plan));
  std::map<std::string, Result> worst;
  for (const Result& r : report.results) {
    auto [it, added] = worst.emplace(r.rule, r);
    const auto rank = [](Status s) {
      return s == Status::kFail ? 3 : s == Status::kPartial ? 2 : 1;
    };
    if (!added && rank(r.status) > rank(it->second.status)) it->second = r;
  }
  return worst;
}

TEST(DerivePack, EveryCorpusPlanGivesAPackThatLoadsLintsAndPassesItsOwnTests) {
  for (const std::string& stem : CorpusStems()) {
    SCOPED_TRACE(stem);
    const Document higher = LoadDocument(CorpusPath(stem));
    const derive::DerivedPack pack = DeriveOf(higher);
    const auto book = BookOf(pack);
    EXPECT_EQ(book->packs.size(), 1u);
    EXPECT_TRUE(LintErrors(*book).empty());
    const SelfTestReport tests = RunSelfTests(*book);
    for (const SelfTestFailure& f : tests.failures) {
      ADD_FAILURE() << f.rule << ": expected " << f.expected << ", got " << f.got << "\n  "
                    << f.text;
    }
    EXPECT_GT(tests.cases, 0);
    std::cout << stem << ": " << pack.name;
    for (const auto& [kind, n] : pack.counts) std::cout << " " << kind << " " << n;
    std::cout << " (brands " << pack.brands << ")\n";
  }
}

TEST(DerivePack, CityPlanIndicatorsAndTaskAreasBecomeRules) {
  const Document city = LoadDocument(CorpusPath("jiangsu-lianyungang-2023-2025"));
  const derive::DerivedPack pack = DeriveOf(city);
  EXPECT_EQ(pack.name, "against-" + city.metadata.region.code);
  // The corpus copy starts at the preamble, with no title: cited by its file's name.
  EXPECT_EQ(pack.group, "与“jiangsu-lianyungang-2023-2025”衔接");
  // Every target of the indicator table (18 rows) and the prose targets outside the background.
  EXPECT_GE(pack.counts.at("counterpart"), 18);
  EXPECT_GE(pack.counts.at("topic"), 8);
  EXPECT_NE(pack.yaml.find("约束性"), std::string::npos);
  EXPECT_NE(pack.yaml.find("level: error"), std::string::npos);       // 约束性 targets
  EXPECT_NE(pack.yaml.find("乡村振兴·法治同行"), std::string::npos);  // a quoted brand
  EXPECT_NE(pack.yaml.find("city: 连云港市"), std::string::npos);
}

// The rules of a pack as YAML text each, by id, leaving out their bases when asked.
std::map<std::string, std::string> RulesOf(const std::string& yaml, bool bases) {
  std::map<std::string, std::string> out;
  for (YAML::Node rule : YAML::Load(yaml)["rules"]) {
    const std::string id = rule["id"].as<std::string>();
    if (!bases) rule.remove("basis");
    YAML::Emitter text;
    text << rule;
    out[id] = text.c_str();
  }
  return out;
}

// Every corpus plan that tests/fixtures has as a .docx and as a .pdf (the PDF printed from the
// .docx by LibreOffice) derives the same pack from both, byte for byte: the PDF's line breaks
// (inside “一网通办” in 松江's) and its list numbers change nothing.
TEST(DerivePack, TheSamePlanAsDocxAndPdfGivesTheSamePack) {
  int pairs = 0, exact = 0;
  for (const std::string& stem : CorpusStems()) {
    const std::string docx = SourcePath("tests/fixtures/docx/" + stem + ".docx");
    const std::string pdf = SourcePath("tests/fixtures/formats/pdf/" + stem + ".pdf");
    if (!fs::exists(docx) || !fs::exists(pdf)) continue;
    SCOPED_TRACE(stem);
    ++pairs;
    const Document docx_doc = LoadDocument(docx);
    const Document pdf_doc = LoadDocument(pdf);
    const std::string from_docx = DeriveOf(docx_doc).yaml;
    const std::string from_pdf = DeriveOf(pdf_doc).yaml;
    // The indicators and the quoted brands do not depend on the outline: the same from both.
    const auto outline_free = [](const std::string& yaml) {
      std::map<std::string, std::string> rules = RulesOf(yaml, false);
      std::erase_if(rules, [](const auto& rule) {
        return rule.first.find(".indicator.") == std::string::npos &&
               rule.first.find(".brand.") == std::string::npos;
      });
      return rules;
    };
    EXPECT_EQ(outline_free(from_docx), outline_free(from_pdf));
    // The rest is the outline's (task areas, what counts as the tasks, the places the bases
    // cite): the same where the PDF prints the headings the .docx has. 五通桥's PDF prints
    // 第一节…第三节 under 第二章 as 第二章…第七章 (LibreOffice's rendering of its list
    // numbering), a flat outline of chapters, and that is what it reads.
    const auto numbers = [](const Document& d) {
      std::vector<std::pair<std::string, int>> out;
      for (const Heading& h : d.outline.headings) out.emplace_back(h.title, h.level);
      return out;
    };
    if (numbers(docx_doc) == numbers(pdf_doc)) {
      ++exact;
      EXPECT_EQ(from_docx, from_pdf);
    }
  }
  EXPECT_EQ(pairs, static_cast<int>(CorpusStems().size()));
  EXPECT_GE(exact, pairs - 1);
}

// District copies of the city plan (tests/derive/make-district-copies), each checked against it.
TEST(DerivePack, DistrictCopiesOfTheCityPlanShowEachChangeAndNothingElse) {
  const fs::path out = fs::path(PLANCHECK_BINARY).parent_path() / "derive-district-copies";
  const std::string command = "python3 '" + SourcePath("tests/derive/make-district-copies") +
                              "' '" + CorpusPath("jiangsu-lianyungang-2023-2025") + "' '" +
                              out.string() + "'";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  std::ifstream in(out / "manifest.json");
  const nlohmann::json manifest = nlohmann::json::parse(in);
  const Document city = LoadDocument(CorpusPath("jiangsu-lianyungang-2023-2025"));
  const auto book = BookOf(DeriveOf(city));
  ASSERT_GE(manifest.size(), 6u);
  for (const auto& [file, changes] : manifest.items()) {
    SCOPED_TRACE(file);
    const Document copy = LoadDocument((out / file).string());
    ASSERT_EQ(copy.metadata.region.city, "连云港市");
    const std::map<std::string, Result> results = Check(*book, copy);
    ASSERT_EQ(results.size(), book->rules.size());
    int changed = 0;
    for (const auto& [rule, r] : results) {
      const std::string higher = r.counterpart ? r.counterpart->higher_name : "";
      if (changes.contains(higher)) {
        ++changed;
        const nlohmann::json& want = changes[higher];
        EXPECT_EQ(ToString(r.status), want["status"].get<std::string>())
            << rule << " " << r.message;
        EXPECT_EQ(r.counterpart->direction, want["direction"].get<std::string>()) << r.message;
        if (want.contains("lower_name")) {
          EXPECT_EQ(r.counterpart->lower_name, want["lower_name"].get<std::string>());
        }
        if (want.contains("explanation")) {
          EXPECT_NE(r.counterpart->explanation.find(want["explanation"].get<std::string>()),
                    std::string::npos)
              << r.message;
        }
        continue;
      }
      EXPECT_EQ(r.status, Status::kPass) << rule << " " << r.message;  // nothing unchanged faulted
    }
    EXPECT_EQ(changed, static_cast<int>(changes.size()));
    std::cout << file << ":";
    for (const auto& [rule, r] : results) {
      if (r.status != Status::kPass) std::cout << " " << rule << " " << ToString(r.status);
    }
    std::cout << "\n";
  }
}

// 松江's annex table read as a Shanghai-level plan (the 十四五 indicators it restates), against
// 普陀.
TEST(DerivePack, SongjiangAnnexAsAShanghaiPlanAgainstPutuo) {
  Document shanghai = LoadDocument(CorpusPath("shanghai-songjiang-2023-2025"));
  shanghai.metadata.region = {"上海市", "", "", "310000"};
  shanghai.metadata.level = "province";
  shanghai.metadata.period =
      Period{2021, 2025, "十四五"};  // the period of the indicators it restates
  const derive::DerivedPack pack = DeriveOf(shanghai);
  EXPECT_NE(pack.yaml.find("province: 上海市"), std::string::npos);
  EXPECT_EQ(pack.yaml.find("county:"), std::string::npos);
  const auto book = BookOf(pack);
  const Document putuo = LoadDocument(CorpusPath("shanghai-putuo-2020-2022"));
  const std::map<std::string, Result> results = Check(*book, putuo);
  int unset = 0, topics = 0;
  for (const auto& [rule, r] : results) {
    if (r.counterpart) {
      // 普陀's plan sets no quantified targets at all: each of 松江's is 未设定.
      EXPECT_EQ(r.status, Status::kFail) << rule;
      EXPECT_EQ(r.counterpart->direction, "未设定");
      ++unset;
    } else if (r.status == Status::kPass) {
      ++topics;
    }
  }
  EXPECT_GE(unset, 25);
  EXPECT_GT(topics, 0);  // the areas both plans deploy
}

// 松江 sets 每万人拥有律师数量 7 against the city's 15 on purpose, and says why in the 备注 under
// its table: the partial result quotes it, so the reviewer decides.
TEST(DerivePack, ALowerTargetWithTheLowerPlansOwnNoteQuotesIt) {
  const Document shanghai =
      LoadDocument(SourcePath("tests/fixtures/derive/shanghai-14th-quoted.txt"));
  const auto book = BookOf(DeriveOf(shanghai));
  ASSERT_EQ(book->rules.size(), 2u);
  const Document songjiang = LoadDocument(CorpusPath("shanghai-songjiang-2023-2025"));
  const DocumentReport report = Evaluate(*book, songjiang, ExtractIndicators(songjiang));
  ASSERT_EQ(report.results.size(), 2u);
  for (const Result& r : report.results) {
    ASSERT_TRUE(r.counterpart) << r.rule;
    if (r.counterpart->higher_name.find("律师") != std::string::npos) {
      EXPECT_EQ(r.status, Status::kPartial) << r.message;
      EXPECT_EQ(r.counterpart->direction, "低于");
      EXPECT_NE(r.counterpart->explanation.find("松江则预期7名"), std::string::npos) << r.message;
      EXPECT_NE(r.message.find("本规划的说明"), std::string::npos);
    } else {
      EXPECT_EQ(r.status, Status::kPass) << r.message;  // 180 per 100,000 against 150
      EXPECT_EQ(r.counterpart->direction, "高于");
    }
  }
}

}  // namespace
}  // namespace plancheck
