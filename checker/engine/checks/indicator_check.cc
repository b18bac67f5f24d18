#include "checker/engine/checks/indicator_check.h"

#include <cmath>

#include "checker/document/normalise.h"
#include "checker/rulebook/evidence.h"

namespace plancheck::checks {
namespace {

constexpr double kEpsilon = 1e-9;

// The indicator's value in `to`'s unit, preferring the extractor's per-10,000 normalisation.
std::optional<std::pair<double, double>> ValuesIn(const Indicator& ind, const Unit& to) {
  std::optional<Unit> from = ParseUnit(ind.unit);
  double low = ind.value;
  double high = ind.value_max.value_or(ind.value);
  if (ind.normalised && !ind.normalised_unit.empty() && to.rate()) {
    from = ParseUnit(ind.normalised_unit);
    const double scale = ind.value != 0 ? *ind.normalised / ind.value : 1;
    low *= scale;
    high *= scale;
  }
  if (!from || !Comparable(*from, to)) return std::nullopt;
  return std::make_pair(Convert(low, *from, to), Convert(high, *from, to));
}

std::string OpText(const std::string& op) {
  if (op == ">=") return "≥";
  if (op == "<=") return "≤";
  return op;
}

std::string IndicatorTarget(const Indicator& ind) {
  if (ind.op == "range") {
    return FormatNumber(ind.value) + "～" + FormatNumber(ind.value_max.value_or(ind.value)) +
           ind.unit;
  }
  return OpText(ind.op) + FormatNumber(ind.value) + ind.unit;
}

}  // namespace

std::unique_ptr<Check> IndicatorCheck::FromYaml(const RuleSpec&, YamlMap& map) {
  auto check = std::make_unique<IndicatorCheck>();
  YamlMap name(map.Required("name"), map.source(), "'name'");
  check->all_ = PatternList::Read(name, "all", View::kNorm, false);
  check->any_ = PatternList::Read(name, "any", View::kNorm, false);
  check->none_ = PatternList::Read(name, "none", View::kNorm, false);
  if (check->all_.empty() && check->any_.empty()) name.Fail("'name' needs 'all' or 'any' words");
  name.RejectUnknownKeys();
  check->in_ = RoleScope::Read(map);
  if (map.Has("expect")) {
    YamlMap expect(map.Get("expect"), map.source(), "'expect'");
    Expect e;
    e.op = expect.RequiredString("op");
    if (e.op != ">=" && e.op != ">" && e.op != "=" && e.op != "<=" && e.op != "<") {
      expect.Fail(expect.Get("op"), "'op' must be >=, >, =, <= or <, not \"" + e.op + "\"");
    }
    const std::optional<double> value = expect.OptionalNumber("value");
    if (!value) expect.Fail("'expect' needs 'value'");
    e.value = *value;
    const std::string unit = expect.OptionalString("unit").value_or("");
    const std::optional<Unit> parsed = ParseUnit(unit);
    if (!parsed)
      expect.Fail(expect.Get("unit"), "unit \"" + unit + "\" is not one plancheck can convert");
    e.unit = *parsed;
    expect.RejectUnknownKeys();
    check->expect_ = e;
  }
  return check;
}

std::vector<Trigger> IndicatorCheck::Triggers() const {
  std::vector<Trigger> out;
  all_.AppendTriggers(out);
  any_.AppendTriggers(out);
  return out;
}

bool IndicatorCheck::NameMatches(const Indicator& ind) const {
  const std::string name = Nfkc(ind.name);
  const std::string with_category = name + "|" + Nfkc(ind.category);
  for (std::size_t i = 0; i < all_.size(); ++i) {
    if (!RE2::PartialMatch(with_category, all_.at(i))) return false;
  }
  if (!any_.empty() && !any_.Any(with_category)) return false;
  return !none_.Any(name);
}

bool IndicatorCheck::SentenceMentions(std::string_view sentence) const {
  for (std::size_t i = 0; i < all_.size(); ++i) {
    if (!RE2::PartialMatch(sentence, all_.at(i))) return false;
  }
  if (!any_.empty() && !any_.Any(sentence)) return false;
  return !none_.Any(sentence);
}

std::optional<double> IndicatorCheck::Shortfall(const Indicator& ind, const Expect& e) {
  if (ind.kind == "change") return std::nullopt;
  const auto values = ValuesIn(ind, e.unit);
  if (!values) return std::nullopt;
  const auto [low, high] = *values;
  const std::string& op = ind.op;
  const bool has_low = op == "=" || op == ">=" || op == ">" || op == "range";
  const bool has_high = op == "=" || op == "<=" || op == "<" || op == "range";
  const double x = e.value;
  if (e.op == ">=" || e.op == ">") {
    if (!has_low) return std::nullopt;
    // "> v" guarantees more than v: it meets ">= x" when v >= x.
    const bool strict_plan = op == ">";
    const bool meets = e.op == ">=" ? low >= x - kEpsilon
                                    : (low > x + kEpsilon || (strict_plan && low >= x - kEpsilon));
    return meets ? 0 : std::max(x - low, kEpsilon);
  }
  if (e.op == "<=" || e.op == "<") {
    if (!has_high) return std::nullopt;
    const bool strict_plan = op == "<";
    const bool meets = e.op == "<="
                           ? high <= x + kEpsilon
                           : (high < x - kEpsilon || (strict_plan && high <= x + kEpsilon));
    return meets ? 0 : std::max(high - x, kEpsilon);
  }
  // "=": the plan's target is the value, or guarantees at least it.
  if (op == "=") return std::fabs(low - x) < kEpsilon ? 0 : std::fabs(low - x);
  if (has_low) return low >= x - kEpsilon ? 0 : x - low;
  return std::nullopt;
}

std::string IndicatorCheck::ExpectText() const {
  if (!expect_) return "有量化目标";
  return OpText(expect_->op) + FormatNumber(expect_->value) + expect_->unit.written;
}

Result& PlaceAtIndicator(Result& r, const Document& doc, const Indicator& ind) {
  r.location.line = ind.line;
  r.location.column = ind.column;
  if (ind.block >= 0 && static_cast<std::size_t>(ind.block) < doc.blocks.size()) {
    r.location.section = doc.outline.Path(doc.blocks[static_cast<std::size_t>(ind.block)].heading);
  }
  r.evidence = ind.evidence;
  return r;
}

bool IndicatorCheck::Counts(const Document& doc, int block) const {
  return block < 0 || block >= static_cast<int>(doc.blocks.size()) ||
         in_.Counts(doc.outline, doc.blocks[static_cast<std::size_t>(block)]);
}

IndicatorCheck::Match IndicatorCheck::BestMatch(const Document& doc,
                                                const Indicators& indicators) const {
  Match best;
  for (const Indicator& ind : indicators.items) {
    if (!NameMatches(ind) || !Counts(doc, ind.block)) continue;
    const std::optional<double> short_by =
        expect_ ? Shortfall(ind, *expect_)
                : (ind.kind == "change" ? std::nullopt : std::optional<double>(0));
    if (short_by && *short_by == 0) return {&ind, 0, nullptr};
    if (short_by && (best.indicator == nullptr || *short_by < best.short_by)) {
      best.indicator = &ind;
      best.short_by = *short_by;
    } else if (!short_by && best.without_target == nullptr) {
      best.without_target = &ind;
    }
  }
  return best;
}

std::optional<IndicatorCheck::Mention> IndicatorCheck::FirstMention(const CheckInput& input,
                                                                    bool counted) const {
  int last_block = -1;
  for (const Hit& hit : input.hits) {
    if (hit.block == last_block) continue;
    last_block = hit.block;
    if (Counts(input.doc, hit.block) != counted) continue;
    const Block& block = input.doc.blocks[static_cast<std::size_t>(hit.block)];
    for (std::size_t at = 0; at < block.norm.size();) {
      const auto [begin, end] = SentenceBounds(block.norm, at);
      if (SentenceMentions(std::string_view(block.norm).substr(begin, end - begin))) {
        return Mention{&block, begin};
      }
      if (end <= at) break;
      at = end;
    }
  }
  return std::nullopt;
}

bool IndicatorCheck::AddMention(const CheckInput& input, ResultSink& sink) const {
  const std::optional<Mention> mention = FirstMention(input, true);
  if (!mention) return false;
  sink.AddAt(
      Status::kPartial,
      sink.Message("缺少量化指标", "提及相关内容，但未设定量化目标（要求 " + ExpectText() + "）"),
      *mention->block, mention->at, View::kNorm);
  return true;
}

bool IndicatorCheck::AddOutside(const CheckInput& input, ResultSink& sink) const {
  const Document& doc = input.doc;
  for (const Indicator& ind : input.indicators.items) {
    if (!NameMatches(ind) || Counts(doc, ind.block)) continue;
    const Block& block = doc.blocks[static_cast<std::size_t>(ind.block)];
    PlaceAtIndicator(
        sink.Add(Status::kPartial,
                 sink.Message("未设定为规划目标",
                              "指标“" + ind.name + "”" +
                                  in_.OutsideMessage(doc.outline.RoleOf(block.heading)))),
        doc, ind);
    return true;
  }
  const std::optional<Mention> mention = FirstMention(input, false);
  if (!mention) return false;
  sink.AddAt(Status::kPartial,
             sink.Message("未设定为规划目标",
                          in_.OutsideMessage(doc.outline.RoleOf(mention->block->heading))),
             *mention->block, mention->at, View::kNorm);
  return true;
}

void IndicatorCheck::Evaluate(const CheckInput& input, ResultSink& sink) const {
  const Document& doc = input.doc;
  const Match match = BestMatch(doc, input.indicators);
  if (match.indicator != nullptr && match.short_by == 0) {
    const Indicator& ind = *match.indicator;
    PlaceAtIndicator(sink.Add(Status::kPass, "指标“" + ind.name + "”目标 " + IndicatorTarget(ind) +
                                                 "，达到要求 " + ExpectText()),
                     doc, ind);
    return;
  }
  if (match.indicator != nullptr) {
    const Indicator& ind = *match.indicator;
    const std::string detail = "指标“" + ind.name + "”目标 " + IndicatorTarget(ind) +
                               "，低于要求 " + ExpectText() + "（差 " +
                               DescribeDifference(match.short_by, expect_->unit) + "）";
    PlaceAtIndicator(sink.Add(Status::kPartial, sink.Message("指标低于要求", detail)), doc, ind);
    return;
  }
  if (match.without_target != nullptr) {
    const Indicator& ind = *match.without_target;
    const std::string detail = "指标“" + ind.name + "”的目标 " + IndicatorTarget(ind) +
                               " 无法与要求 " + ExpectText() + " 比较";
    PlaceAtIndicator(sink.Add(Status::kPartial, sink.Message("指标低于要求", detail)), doc, ind);
    return;
  }
  if (AddMention(input, sink) || AddOutside(input, sink)) return;
  sink.Add(Status::kFail, sink.Message("缺少指标", "未提及，要求 " + ExpectText()));
}

}  // namespace plancheck::checks
