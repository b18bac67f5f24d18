#include "checker/engine/checks/topic_check.h"

namespace plancheck::checks {

std::unique_ptr<Check> TopicCheck::FromYaml(const RuleSpec&, YamlMap& map) {
  auto check = std::make_unique<TopicCheck>();
  check->patterns_ = PatternList::Read(map, "patterns", View::kNorm, true);
  check->within_ = PatternList::Read(map, "within", View::kNorm, false);
  check->min_ = map.OptionalInt("min", 1, 1000).value_or(1);
  return check;
}

std::vector<Trigger> TopicCheck::Triggers() const {
  std::vector<Trigger> out;
  patterns_.AppendTriggers(out);
  return out;
}

void TopicCheck::Evaluate(const CheckInput& input, ResultSink& sink) const {
  const Document& doc = input.doc;
  const std::vector<bool> scope = HeadingsInScope(doc.outline, within_);
  int count = 0;
  const Block* first = nullptr;
  std::size_t first_at = 0;
  int last_block = -1;
  for (const Hit& hit : input.hits) {
    if (hit.block == last_block) continue;  // several triggers fired in one block
    last_block = hit.block;
    const Block& block = doc.blocks[static_cast<std::size_t>(hit.block)];
    if (!InScope(block, scope, within_)) continue;
    // Count non-overlapping mentions of any pattern in the block.
    MatchCursor mentions(patterns_, block.norm);
    for (std::size_t from = 0;;) {
      const auto [begin, end] = mentions.First(from);
      if (begin == std::string_view::npos) break;
      if (first == nullptr) {
        first = &block;
        first_at = begin;
      }
      ++count;
      from = end > begin ? end : begin + 1;
    }
  }
  const std::string where = within_.empty() ? "全文" : "“" + within_.written(0) + "”部分";
  if (count == 0) {
    sink.Add(Status::kFail,
             sink.Message("未提及", where + "未提及“" + patterns_.written(0) + "”等内容"));
    return;
  }
  const std::string counted = where + "提及 " + std::to_string(count) + " 次";
  if (count < min_) {
    sink.AddAt(Status::kPartial,
               sink.Message("提及次数不足", counted + "，要求至少 " + std::to_string(min_) + " 次"),
               *first, first_at, View::kNorm);
    return;
  }
  sink.AddAt(Status::kPass, counted, *first, first_at, View::kNorm);
}

}  // namespace plancheck::checks
