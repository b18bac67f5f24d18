#pragma once
#include <optional>
#include <string>
#include <vector>

#include "checker/document/document.h"

namespace plancheck {

// One quantitative target of the plan, from an indicator table or from a sentence.
struct Indicator {
  std::string name;      // table: the joined name cell; prose: the subject of the target
  std::string category;  // table: carried down from a merged category cell
  std::string op;        // "=", ">=", ">", "<=", "<", "range"
  double value = 0;
  std::optional<double> value_max;  // for "range"
  std::string unit;                 // raw unit: "%", "件", "名", "件/10万人"
  std::string nature;               // "约束性", "预期性" or ""
  std::optional<double> baseline;
  std::optional<int> baseline_year;
  std::optional<int> year;     // target year
  std::string source;          // "table" or "prose"
  std::string kind = "level";  // "level", or "change" for 增长10%, 提高5个百分点
  bool unit_inferred = false;  // unit lost in an [image: …] and inferred from the name (…率 -> %)
  // Per-population rates normalised to per 10,000 people (每十万人 180 件 -> 18 件/万人).
  std::optional<double> normalised;
  std::string normalised_unit;
  int line = 0;
  int column = 1;
  int block = -1;
  std::string evidence;  // the sentence or the table row, trimmed
};

struct Indicators {
  std::vector<Indicator> items;  // in document order
};

Indicators ExtractIndicators(const Document& doc);

}  // namespace plancheck
