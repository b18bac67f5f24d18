// Indicator extraction measured against tests/gold/*.json `indicators` (issue 3's acceptance).
// A reported indicator matches a gold one on the same value within three lines; each is used
// once. The figures are printed per plan and overall.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "checker/document/document.h"
#include "checker/formats/format.h"
#include "checker/indicators/indicator.h"
#include "tests/unit/test_paths.h"

namespace plancheck {
namespace {

struct Tally {
  int table_gold = 0;
  int table_found = 0;
  int table_fields = 0;  // matched table rows with op, value, unit and nature all right
  int prose_gold = 0;
  int prose_found = 0;
  int reported = 0;
  int reported_matched = 0;

  void Add(const Tally& t) {
    table_gold += t.table_gold;
    table_found += t.table_found;
    table_fields += t.table_fields;
    prose_gold += t.prose_gold;
    prose_found += t.prose_found;
    reported += t.reported;
    reported_matched += t.reported_matched;
  }
};

double Ratio(int a, int b) { return b == 0 ? 1.0 : static_cast<double>(a) / b; }

std::string Str(const nlohmann::json& j) { return j.is_string() ? j.get<std::string>() : ""; }

bool FieldsRight(const Indicator& got, const nlohmann::json& gold) {
  return got.op == Str(gold["op"]) && got.value == gold["value"].get<double>() &&
         got.unit == Str(gold["unit"]) && got.nature == Str(gold["nature"]);
}

// The unused reported indicator for `gold`: same value, within three lines; the same source
// and the nearest line first.
int FindMatch(const std::vector<Indicator>& got, const std::vector<bool>& used,
              const nlohmann::json& gold) {
  int best = -1;
  std::pair<bool, int> best_key{true, 99};
  for (std::size_t i = 0; i < got.size(); ++i) {
    const int distance = std::abs(got[i].line - gold["line"].get<int>());
    if (used[i] || distance > 3 || std::abs(got[i].value - gold["value"].get<double>()) > 1e-9) {
      continue;
    }
    const std::pair<bool, int> key{got[i].source != Str(gold["source"]), distance};
    if (best < 0 || key < best_key) {
      best = static_cast<int>(i);
      best_key = key;
    }
  }
  return best;
}

// `without_outline`: as if the outline builder had found no headings (background sections are
// then recognised from the text).
Tally Measure(const std::string& stem, bool without_outline) {
  std::ifstream in(testing::GoldPath(stem));
  const nlohmann::json gold = nlohmann::json::parse(in);
  Document doc = LoadDocument(testing::CorpusPath(stem));
  if (without_outline) {
    doc.outline.headings.clear();
    for (Block& block : doc.blocks) block.heading = -1;
  }
  const std::vector<Indicator> got = ExtractIndicators(doc).items;
  std::vector<bool> used(got.size(), false);
  Tally t;
  t.reported = static_cast<int>(got.size());
  for (const nlohmann::json& g : gold["indicators"]) {
    const bool table = g["source"] == "table";
    (table ? t.table_gold : t.prose_gold)++;
    const int match = FindMatch(got, used, g);
    if (match < 0) {
      std::printf("    missed: line %d %s %s\n", g["line"].get<int>(), Str(g["source"]).c_str(),
                  Str(g["text"]).c_str());
      continue;
    }
    used[static_cast<std::size_t>(match)] = true;
    (table ? t.table_found : t.prose_found)++;
    if (table && FieldsRight(got[static_cast<std::size_t>(match)], g)) ++t.table_fields;
  }
  for (std::size_t i = 0; i < got.size(); ++i) {
    if (used[i]) {
      ++t.reported_matched;
    } else {
      std::printf("    not in gold: line %d %s %s %g %s\n", got[i].line, got[i].source.c_str(),
                  got[i].op.c_str(), got[i].value, got[i].name.c_str());
    }
  }
  return t;
}

void Print(const std::string& label, const Tally& t) {
  std::printf(
      "  %-40s table recall %2d/%2d = %.3f (fields right %2d/%2d = %.3f)  prose recall %2d/%2d = "
      "%.3f  precision %2d/%2d = %.3f\n",
      label.c_str(), t.table_found, t.table_gold, Ratio(t.table_found, t.table_gold),
      t.table_fields, t.table_found, Ratio(t.table_fields, t.table_found), t.prose_found,
      t.prose_gold, Ratio(t.prose_found, t.prose_gold), t.reported_matched, t.reported,
      Ratio(t.reported_matched, t.reported));
}

Tally MeasureCorpus(bool without_outline) {
  Tally all;
  for (const std::string& stem : testing::CorpusStems()) {
    const Tally t = Measure(stem, without_outline);
    Print(stem, t);
    all.Add(t);
  }
  Print("overall", all);
  return all;
}

void ExpectAcceptance(const Tally& all) {
  EXPECT_GE(Ratio(all.table_found, all.table_gold), 0.95);
  EXPECT_GE(Ratio(all.table_fields, all.table_found), 0.90);
  EXPECT_GE(Ratio(all.prose_found, all.prose_gold), 0.75);
  EXPECT_GE(Ratio(all.reported_matched, all.reported), 0.85);
}

TEST(IndicatorsGold, MeetsTheAcceptanceFigures) {
  std::printf("indicators against tests/gold (match: same value, line within 3):\n");
  ExpectAcceptance(MeasureCorpus(false));
}

TEST(IndicatorsGold, MeetsThemWithoutAnOutline) {
  std::printf("the same with the outline emptied:\n");
  ExpectAcceptance(MeasureCorpus(true));
}

}  // namespace
}  // namespace plancheck
