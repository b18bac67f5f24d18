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

// Whether a place sits inside a 《title》 (after a 《 with no 》 since), for places in ascending
// order: the text between one place and the next is read once, however many years a paragraph
// holds.
class TitleTracker {
 public:
  explicit TitleTracker(std::string_view text) : text_(text) {}

  bool Inside(std::size_t at) {
    static constexpr std::string_view kOpen = "《";
    static constexpr std::string_view kClose = "》";
    for (; next_ <= at && next_ < text_.size(); ++next_) {
      const std::string_view rest = text_.substr(next_);
      if (rest.starts_with(kOpen)) open_ = next_;
      if (rest.starts_with(kClose)) close_ = next_;
    }
    return open_ != std::string_view::npos && (close_ == std::string_view::npos || close_ < open_);
  }

 private:
  std::string_view text_;
  std::size_t next_ = 0;
  std::size_t open_ = std::string_view::npos;
  std::size_t close_ = std::string_view::npos;
};

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
    TitleTracker titles(text);
    re2::StringPiece piece;
    int year = 0;
    for (std::size_t from = 0;
         TargetYear().Match(text, from, text.size(), RE2::UNANCHORED, &piece, 1);) {
      const std::string_view match(piece.data(), piece.size());
      const auto at = static_cast<std::size_t>(match.data() - text.data());
      from = at + match.size();
      RE2::PartialMatch(match, TargetYear(), &year);
      if (year <= period.to || IsLongRange(year) || titles.Inside(at)) continue;
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
