#pragma once
// Where a pack applies (`applies_to`) and when a rule does (`when`): conditions on the plan's
// metadata. Every given key must hold; `any` holds when one of its alternatives does. A condition
// on something the plan does not state (no period, no date) does not hold, and says so.
// `issued_after`/`issued_before` read the 成文日期, or without one the writing window
// (metadata.written): a plan that cites something dated X was written no earlier than X.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "checker/document/metadata.h"
#include "checker/rulebook/yaml_map.h"

namespace plancheck {

struct Conditions {
  std::vector<std::string> province;  // names or GB/T 2260 codes; one of them must match
  std::vector<std::string> city;
  std::vector<std::string> county;
  std::vector<std::string> level;  // province | city | county
  std::optional<std::pair<int, int>> period_overlaps;
  std::optional<int> period_from_at_least;
  std::optional<int> period_to_at_most;
  std::optional<std::string> issued_after;  // YYYY-MM-DD (YYYY and YYYY-MM widened)
  std::optional<std::string> issued_before;
  std::vector<std::string> kind;  // 规划, 实施方案 …: the plan's kind contains one of them
  std::optional<bool> draft;
  std::vector<Conditions> any;

  bool empty() const;
};

struct Verdict {
  bool holds = true;
  std::string why;  // what held or what did not, in words: "省份 上海市 ≠ 四川省"
};

// Reads an `applies_to` (allow_any=false) or `when` map. Validates values: levels, years, dates.
Conditions ReadConditions(YamlMap& map, bool allow_any);

Verdict Evaluate(const Conditions& conditions, const Metadata& metadata);

// "上海市" matches "上海" and "上海市"; a 6-digit code matches the region it or its parent names.
bool RegionMatches(const std::string& wanted, const std::string& name, const std::string& code);

// A date of a pack or condition: YYYY, YYYY-MM or YYYY-MM-DD. Returns it widened to YYYY-MM-DD at
// the start (`end`=false) or the end of the period it names, or "" when malformed.
std::string NormaliseDate(const std::string& text, bool end);

// Whether the conditions ask about the plan's time: a `period` or an `issued_after`/`issued_before`
// (also inside `any`). Such a rule checks something of its framework's time, so it does not apply
// to a plan written before the framework was issued (WrittenBefore).
bool DependsOnTime(const Conditions& conditions);

// holds when the plan was written before `issued` (a pack's date, YYYY[-MM[-DD]]): its 成文日期, or
// else the latest date of its writing window (metadata.written), ends before the day `issued`
// starts. `why` then says so: "本规划成文不晚于2020年10月（…），晚于其成文的《title》（2021-06）
// 不适用". An unknown or straddling window does not hold (the framework may apply).
Verdict WrittenBefore(const Metadata& metadata, const std::string& issued,
                      const std::string& title);

}  // namespace plancheck
