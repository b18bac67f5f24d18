// 衔接审核 (issue 13): what a derived pack asks a lower plan to name — the brands the higher plan
// quotes and the institutions and mechanisms its tasks name — on the five corpus plans.
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <set>

#include <re2/re2.h>

#include "checker/derive/derived_rule.h"
#include "checker/formats/format.h"
#include "test_paths.h"

namespace plancheck {
namespace {

using testing::CorpusPath;
using testing::CorpusStems;

// The name a brand or institution rule asks for: its basis ends “：name” / “：“name””.
std::string NameOf(const derive::DerivedRule& rule) {
  std::string name = rule.basis.substr(rule.basis.rfind("：") + std::string("：").size());
  if (name.starts_with("“") && name.ends_with("”")) {
    name = name.substr(std::string("“").size(),
                       name.size() - std::string("“").size() - std::string("”").size());
  }
  return name;
}

std::set<std::string> Names(const std::vector<derive::DerivedRule>& rules) {
  std::set<std::string> out;
  for (const derive::DerivedRule& rule : rules) out.insert(NameOf(rule));
  return out;
}

std::set<std::string> BrandsOf(const std::string& stem) {
  return Names(derive::BrandRules(LoadDocument(CorpusPath(stem))));
}

std::set<std::string> InstitutionsOf(const std::string& stem) {
  return Names(derive::InstitutionRules(LoadDocument(CorpusPath(stem))));
}

void Print(const std::string& stem, const char* what, const std::set<std::string>& names) {
  std::cout << stem << " " << what << " (" << names.size() << "):";
  for (const std::string& n : names) std::cout << " " << n;
  std::cout << "\n";
}

TEST(DeriveBrands, QuotedSlogansFormulasPeriodsAndGeneralWordsAreNoBrands) {
  for (const char* slogan :
       {"十四五", "两个确立", "四个意识", "三个坚持", "谁执法谁普法", "谁服务谁普法", "放管服",
        "最多跑一次", "一网通办", "全业务", "家门口", "科创、人文、生态",
        "一口受理、一口分流、一口反馈", "12348", "7×24", "数字政府"}) {
    EXPECT_FALSE(derive::IsBrand(slogan)) << slogan;
  }
  for (const char* brand : {"乡村振兴·法治同行", "法援惠民生", "法律明白人", "枫桥经验", "法治体检",
                            "小城杯", "名优工程", "网格+调解", "一村(社区)一法律顾问"}) {
    EXPECT_TRUE(derive::IsBrand(brand)) << brand;
  }
}

TEST(DeriveBrands, EachCorpusPlansBrandsAreNamedProjectsNotItsSlogans) {
  static const RE2 noise(
      "^(十[一二三四五六七八九]五|[一二两三四五六七八九十]+个.*|.*谁.+谁.+|.*[、,].*)$");
  std::size_t total = 0;
  for (const std::string& stem : CorpusStems()) {
    SCOPED_TRACE(stem);
    const std::set<std::string> brands = BrandsOf(stem);
    Print(stem, "brands", brands);
    total += brands.size();
    for (const std::string& b : brands) EXPECT_FALSE(RE2::FullMatch(b, noise)) << b;
    for (const char* slogan : {"十四五", "放管服", "最多跑一次", "一网通办", "四个意识"}) {
      EXPECT_EQ(brands.count(slogan), 0u) << slogan;
    }
  }
  EXPECT_GT(total, 20u);
  // The projects each plan's tasks quote are still there.
  EXPECT_EQ(BrandsOf("jiangsu-lianyungang-2023-2025").count("乡村振兴·法治同行"), 1u);
  EXPECT_EQ(BrandsOf("jiangsu-lianyungang-2023-2025").count("法援惠民生"), 1u);
  EXPECT_EQ(BrandsOf("shanghai-songjiang-2023-2025").count("枫桥经验"), 1u);
  EXPECT_EQ(BrandsOf("sichuan-leshan-wutongqiao-2021-2025").count("枫桥式司法所"), 1u);
}

// Every name ends as an institution or mechanism does, holds a word of the field, and starts
// neither with a verb of the sentence nor with a level ("推动乡镇公共法律服务中心" names 公共法律
// 服务中心).
TEST(DeriveInstitutions, EachCorpusPlansNamesAreInstitutionsWithoutTheirSentence) {
  static const RE2 ending("^.{4,14}(中心|站|室|平台|机制|制度)$");
  static const RE2 field(
      "(法律|法援|调解|纠纷|争议|公证|仲裁|律师|鉴定|普法|法治|矫正|复议|司法|帮教|援助)");
  static const RE2 sentence(
      "^(推动|推进|建立|加强|完善|打造|依托|提升|深化|强化|落实|各级|全市|全区|乡镇|镇街|区|县|"
      "市)");
  std::size_t total = 0;
  for (const std::string& stem : CorpusStems()) {
    SCOPED_TRACE(stem);
    const std::set<std::string> names = InstitutionsOf(stem);
    Print(stem, "institutions", names);
    total += names.size();
    EXPECT_GE(names.size(), 5u);
    for (const std::string& n : names) {
      EXPECT_TRUE(RE2::FullMatch(n, ending)) << n;
      EXPECT_TRUE(RE2::PartialMatch(n, field)) << n;
      EXPECT_FALSE(RE2::PartialMatch(n, sentence)) << n;
      EXPECT_EQ(n.find("以人民为中心"), std::string::npos);
    }
  }
  EXPECT_GT(total, 50u);
  const std::set<std::string> city = InstitutionsOf("jiangsu-lianyungang-2023-2025");
  for (const char* name : {"公共法律服务中心", "公共法律服务工作站", "法律援助工作站",
                           "连云港国际商事调解中心", "法律援助异地协作机制", "家庭法律顾问制度"}) {
    EXPECT_EQ(city.count(name), 1u) << name;
  }
  // A mechanism named by the field's own words alone (法律服务机制, 法律援助制度) names nothing.
  EXPECT_EQ(city.count("法律服务机制"), 0u);
  EXPECT_EQ(city.count("法律援助制度"), 0u);
  const std::set<std::string> county = InstitutionsOf("sichuan-leshan-wutongqiao-2021-2025");
  for (const char* name : {"矛盾纠纷多元化解中心", "行政争议多元化解中心", "公共法律服务工作室"}) {
    EXPECT_EQ(county.count(name), 1u) << name;
  }
}

// Only the tasks count: the same name in the background or the safeguards gives no rule, and a
// quoted name is a brand, not an institution.
TEST(DeriveInstitutions, OnlyTheTasksUnquotedNamesGiveRules) {
  const std::string text =
      "一、发展基础\n已建成区法律援助工作站。\n\n二、主要任务\n"
      "（一）推进矛盾纠纷多元化解。建设一站式非诉讼纠纷化解中心，推动乡镇公共法律服务中心"
      "提质增效，打造“家事调解工作室”。\n\n三、保障措施\n健全公共法律服务经费保障机制。\n";
  const Document doc = LoadDocumentBytes("tasks.txt", text);
  const std::set<std::string> names = Names(derive::InstitutionRules(doc));
  EXPECT_EQ(names, (std::set<std::string>{"一站式非诉讼纠纷化解中心", "公共法律服务中心"}));
}

}  // namespace
}  // namespace plancheck
