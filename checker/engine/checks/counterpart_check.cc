#include "checker/engine/checks/counterpart_check.h"

#include <cmath>

#include <re2/re2.h>

#include "checker/derive/name_match.h"
#include "checker/document/normalise.h"
#include "checker/engine/checks/indicator_check.h"
#include "checker/rulebook/evidence.h"

namespace plancheck::checks {
namespace {

constexpr double kEpsilon = 1e-9;
// How many blocks (table cells count one each) after a lowered indicator its plan's note may be:
// 松江's 备注 follows its 30-row table.
constexpr int kNoteReach = 300;

std::string OpText(const std::string& op) {
  if (op == ">=") return "≥";
  if (op == "<=") return "≤";
  if (op == "=") return "";
  return op;
}

std::string TargetOf(const Indicator& ind) {
  const std::string sign = ind.kind == "change" ? "+" : "";
  if (ind.op == "range") {
    return FormatNumber(ind.value) + "～" + FormatNumber(ind.value_max.value_or(ind.value)) +
           ind.unit;
  }
  return OpText(ind.op) + sign + FormatNumber(ind.value) + ind.unit;
}

// The plan's own words on why a target is lower: a note (备注, 说明, 注：) or a sentence that says
// it is lower or adjusted, naming the indicator, in its block or soon after it.
std::string NoteOn(const Document& doc, const Indicator& ind) {
  static const RE2 why("(备注|说明|注[:：]|低于|调整|结合.{0,6}实际|实事求是)");
  if (ind.block < 0) return "";
  const std::string name = Nfkc(ind.name);
  const std::size_t first = static_cast<std::size_t>(ind.block);
  const std::size_t last = std::min(doc.blocks.size(), first + kNoteReach);
  for (std::size_t b = first; b < last; ++b) {
    const Block& block = doc.blocks[b];
    for (std::size_t at = block.norm.find(name); at != std::string::npos;
         at = block.norm.find(name, at + name.size())) {
      const std::string sentence = SentenceAt(block.norm, at, 200);
      // Quoted as the plan writes it (full-width punctuation and all), not in the matching view.
      if (sentence != Nfkc(ind.evidence) && RE2::PartialMatch(sentence, why)) {
        return SentenceAt(block.text, block.norm_to_text[at], 200);
      }
    }
  }
  return "";
}

}  // namespace

std::unique_ptr<Check> CounterpartCheck::FromYaml(const RuleSpec&, YamlMap& map) {
  auto check = std::make_unique<CounterpartCheck>();
  check->name_ = map.RequiredString("name");
  check->category_ = map.OptionalString("category").value_or("");
  check->change_ = map.OptionalBool("change").value_or(false);
  check->min_score_ = map.OptionalNumber("min_score").value_or(derive::kMatchThreshold);
  if (check->min_score_ <= 0 || check->min_score_ > 1) {
    map.Fail(map.Get("min_score"), "'min_score' must be above 0 and at most 1");
  }
  YamlMap expect(map.Required("expect"), map.source(), "'expect'");
  IndicatorCheck::Expect& e = check->expect_;
  e.op = expect.RequiredString("op");
  if (e.op != ">=" && e.op != ">" && e.op != "=" && e.op != "<=" && e.op != "<") {
    expect.Fail(expect.Get("op"), "'op' must be >=, >, =, <= or <, not \"" + e.op + "\"");
  }
  const std::optional<double> value = expect.OptionalNumber("value");
  if (!value) expect.Fail("'expect' needs 'value'");
  e.value = *value;
  check->unit_ = expect.OptionalString("unit").value_or("");
  expect.RejectUnknownKeys();
  const std::optional<Unit> unit = ParseUnit(check->unit_);
  check->unit_parsed_ = unit.has_value() && !check->change_;
  e.unit = unit.value_or(Unit{"", 0, check->unit_});
  check->target_ =
      OpText(e.op) + (check->change_ ? "+" : "") + FormatNumber(e.value) + check->unit_;
  return check;
}

CounterpartCheck::Found CounterpartCheck::BestMatch(const Indicators& indicators) const {
  Found best;
  const derive::NameSide higher{name_, unit_, category_};
  for (const Indicator& ind : indicators.items) {
    const std::string_view unit = ind.normalised_unit.empty() ? ind.unit : ind.normalised_unit;
    const double score = derive::MatchScore(higher, {ind.name, unit, ind.category});
    if (score >= min_score_ && score > best.score + kEpsilon) best = {&ind, score};
  }
  return best;
}

std::pair<std::string, std::optional<double>> CounterpartCheck::Compare(
    const Indicator& lower) const {
  if ((lower.kind == "change") != change_) return {"无法比较", std::nullopt};
  std::optional<double> short_by;
  double value = lower.value;
  if (unit_parsed_) {
    short_by = IndicatorCheck::Shortfall(lower, expect_);
    if (lower.normalised && expect_.unit.rate()) value = *lower.normalised;
    if (const std::optional<Unit> from =
            ParseUnit(value == lower.value ? lower.unit : lower.normalised_unit);
        from && Comparable(*from, expect_.unit)) {
      value = Convert(value, *from, expect_.unit);
    }
  } else if (Nfkc(lower.unit) == Nfkc(unit_) ||
             derive::UnitClass(lower.unit) == derive::UnitClass(unit_)) {
    // A unit plancheck cannot convert (人/中心), or a change: compared as written.
    Indicator bare = lower;
    bare.unit.clear();
    bare.normalised.reset();
    bare.kind = "level";
    IndicatorCheck::Expect e = expect_;
    e.unit = Unit{};
    short_by = IndicatorCheck::Shortfall(bare, e);
  }
  if (!short_by) return {"无法比较", std::nullopt};
  if (std::fabs(value - expect_.value) < kEpsilon) return {"持平", short_by};
  return {value > expect_.value ? "高于" : "低于", short_by};
}

void CounterpartCheck::Evaluate(const CheckInput& input, ResultSink& sink) const {
  Result::Counterpart side{name_, target_, "", "", "未设定", 0, ""};
  const Found found = BestMatch(input.indicators);
  if (found.indicator == nullptr) {
    Result& r = sink.Add(
        Status::kFail, sink.Message("未设定上级规划指标", "上级指标“" + name_ + "”目标 " + target_ +
                                                              "，本规划未设定相应指标（未设定）"));
    r.counterpart = side;
    return;
  }
  const Indicator& ind = *found.indicator;
  const auto [direction, short_by] = Compare(ind);
  side.lower_name = ind.name;
  side.lower_target = TargetOf(ind);
  side.direction = direction;
  side.score = found.score;
  std::string detail = "上级指标“" + name_ + "”目标 " + target_ + "；本规划“" + ind.name +
                       "”目标 " + side.lower_target + "（" + direction + "，名称匹配度 " +
                       FormatNumber(std::round(found.score * 100) / 100) + "）";
  Status status = Status::kPass;
  if (!short_by || *short_by > 0) {
    status = Status::kPartial;
    if (short_by) detail += "，差 " + DescribeDifference(*short_by, expect_.unit);
    side.explanation = NoteOn(input.doc, ind);
    if (!side.explanation.empty()) detail += "；本规划的说明：“" + side.explanation + "”";
  }
  Result& r = PlaceAtIndicator(
      sink.Add(status, status == Status::kPass ? detail : sink.Message("低于上级规划指标", detail)),
      input.doc, ind);
  r.counterpart = side;
}

}  // namespace plancheck::checks
