#include "checker/engine/checks/period_check.h"

#include "checker/rulebook/evidence.h"

namespace plancheck::checks {
namespace {

const RE2& TargetYear() {
  static const RE2 pattern(R"((?:到|力争|争取|确保)\s*(20\d\d)\s*年)");
  return pattern;
}

// The milestones of China's long-range goals: 2035 (基本实现社会主义现代化, the 远景目标 of the
// 14th five-year plans) and 2050 (本世纪中叶). A plan may look that far ahead on purpose.
bool IsLongRange(int year) { return year == 2035 || year == 2050; }

bool InsideTitle(std::string_view text, std::size_t at) {
  const std::size_t open = text.rfind("《", at);
  if (open == std::string_view::npos) return false;
  const std::size_t close = text.rfind("》", at);
  return close == std::string_view::npos || close < open;
}

std::string PeriodText(const Period& p) {
  if (p.from <= 0) return "（至 " + std::to_string(p.to) + " 年）";
  return "（" + std::to_string(p.from) + "—" + std::to_string(p.to) + " 年）";
}

}  // namespace

std::unique_ptr<Check> PeriodCheck::FromYaml(const RuleSpec&, YamlMap&) {
  return std::make_unique<PeriodCheck>();
}

std::vector<Trigger> PeriodCheck::Triggers() const {
  return {Trigger{TargetYear().pattern(), View::kNorm, {}, false}};
}

void PeriodCheck::Evaluate(const CheckInput& input, ResultSink& sink) const {
  const Document& doc = input.doc;
  if (!doc.metadata.period) {
    sink.Add(Status::kNa, "规划期未知，无法核对目标年份");
    return;
  }
  const Period& period = *doc.metadata.period;
  int last_block = -1;
  for (const Hit& hit : input.hits) {
    if (hit.block == last_block) continue;
    last_block = hit.block;
    const Block& block = doc.blocks[static_cast<std::size_t>(hit.block)];
    std::string_view text = block.norm;
    re2::StringPiece piece;
    int year = 0;
    for (std::size_t from = 0;
         TargetYear().Match(text, from, text.size(), RE2::UNANCHORED, &piece, 1);) {
      const std::string_view match(piece.data(), piece.size());
      const auto at = static_cast<std::size_t>(match.data() - text.data());
      from = at + match.size();
      RE2::PartialMatch(match, TargetYear(), &year);
      if (year <= period.to || IsLongRange(year) || InsideTitle(text, at)) continue;
      const auto [begin, end] = SentenceBounds(text, at);
      const std::string_view sentence = text.substr(begin, end - begin);
      if (sentence.find("远景") != std::string_view::npos ||
          sentence.find("展望") != std::string_view::npos) {
        continue;
      }
      sink.AddAt(Status::kFail,
                 sink.Message("目标年份超出规划期",
                              std::to_string(year) + " 年在规划期" + PeriodText(period) + "之外"),
                 block, at, View::kNorm);
    }
  }
  if (sink.size() == 0) sink.Add(Status::kPass, "目标年份均在规划期内");
}

}  // namespace plancheck::checks
