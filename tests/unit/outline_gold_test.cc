// The outline of the five corpus plans against the hand-made gold labels (tests/gold/*.json).
// Acceptance (issue 2): heading recall >= 0.97, precision >= 0.95, titles agreeing >= 0.95.
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <string>
#include <utility>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "checker/document/document.h"
#include "checker/formats/format.h"
#include "test_paths.h"

namespace plancheck {
namespace {

using testing::CorpusPath;
using testing::CorpusStems;
using testing::GoldPath;

// Gold and found headings are the same when they sit on the same line with the same number,
// half- and full-width brackets alike ("(二)" = "（二）").
std::string SameNumber(std::string number) {
  for (const auto& [from, to] : {std::pair<std::string, std::string>{"（", "("}, {"）", ")"}}) {
    for (std::size_t at = number.find(from); at != std::string::npos; at = number.find(from)) {
      number.replace(at, from.size(), to);
    }
  }
  return number;
}

bool TitlesAgree(const std::string& a, const std::string& b) {
  return a.starts_with(b) || b.starts_with(a);
}

struct Tally {
  int gold = 0;
  int found = 0;
  int matched = 0;
  int titles = 0;  // matched headings whose titles agree
  int levels = 0;  // matched headings at the gold level

  void Add(const Tally& t) {
    gold += t.gold;
    found += t.found;
    matched += t.matched;
    titles += t.titles;
    levels += t.levels;
  }
  double Recall() const { return gold == 0 ? 1.0 : static_cast<double>(matched) / gold; }
  double Precision() const { return found == 0 ? 1.0 : static_cast<double>(matched) / found; }
  double TitleAgreement() const {
    return matched == 0 ? 1.0 : static_cast<double>(titles) / matched;
  }
  double LevelAgreement() const {
    return matched == 0 ? 1.0 : static_cast<double>(levels) / matched;
  }
};

Tally Compare(const std::string& stem) {
  std::ifstream in(GoldPath(stem));
  const nlohmann::json gold = nlohmann::json::parse(in);
  const Document doc = LoadDocument(CorpusPath(stem));
  std::map<std::pair<int, std::string>, const Heading*> found;
  for (const Heading& h : doc.outline.headings) found[{h.line, SameNumber(h.number)}] = &h;

  Tally tally;
  tally.found = static_cast<int>(doc.outline.headings.size());
  for (const nlohmann::json& g : gold.at("outline")) {
    ++tally.gold;
    const std::string number = g.at("number").get<std::string>();
    const std::string title = g.at("title").get<std::string>();
    const int line = g.at("line").get<int>();
    const auto it = found.find({line, SameNumber(number)});
    if (it == found.end()) {
      std::cout << "  " << stem << ": missed " << number << " " << title << " at line " << line
                << '\n';
      continue;
    }
    ++tally.matched;
    if (TitlesAgree(it->second->title, title)) {
      ++tally.titles;
    } else {
      std::cout << "  " << stem << ":" << line << " title '" << it->second->title << "', gold '"
                << title << "'\n";
    }
    if (it->second->level == g.at("level").get<int>()) ++tally.levels;
    found.erase(it);
  }
  for (const auto& [key, heading] : found) {
    std::cout << "  " << stem << ": extra heading " << heading->number << " " << heading->title
              << " at line " << key.first << '\n';
  }
  return tally;
}

void Print(const std::string& name, const Tally& t) {
  std::cout << std::left << std::setw(42) << name << std::right << std::fixed
            << std::setprecision(3) << "gold " << std::setw(3) << t.gold << "  found "
            << std::setw(3) << t.found << "  recall " << t.Recall() << "  precision "
            << t.Precision() << "  titles " << t.TitleAgreement() << "  levels "
            << t.LevelAgreement() << '\n';
}

TEST(OutlineGold, CorpusMeetsAcceptance) {
  Tally overall;
  for (const std::string& stem : CorpusStems()) {
    const Tally tally = Compare(stem);
    Print(stem, tally);
    overall.Add(tally);
  }
  Print("overall", overall);
  EXPECT_GE(overall.Recall(), 0.97);
  EXPECT_GE(overall.Precision(), 0.95);
  EXPECT_GE(overall.TitleAgreement(), 0.95);
  EXPECT_GE(overall.LevelAgreement(), 0.95);
}

}  // namespace
}  // namespace plancheck
