#include "checker/engine/checks/topic_check.h"

#include <tuple>

namespace plancheck::checks {

std::unique_ptr<Check> TopicCheck::FromYaml(const RuleSpec&, YamlMap& map) {
  auto check = std::make_unique<TopicCheck>();
  check->patterns_ = PatternList::Read(map, "patterns", View::kNorm, true);
  check->within_ = PatternList::Read(map, "within", View::kNorm, false);
  check->near_ = PatternList::Read(map, "near", View::kNorm, false);
  check->weaker_ = PatternList::Read(map, "weaker", View::kNorm, false);
  check->in_ = RoleScope::Read(map);
  check->min_ = map.OptionalInt("min", 1, 1000).value_or(1);
  return check;
}

std::vector<Trigger> TopicCheck::Triggers() const {
  std::vector<Trigger> out;
  patterns_.AppendTriggers(out);
  weaker_.AppendTriggers(out);
  return out;
}

void TopicCheck::Evaluate(const CheckInput& input, ResultSink& sink) const {
  const Document& doc = input.doc;
  const std::vector<bool> scope = HeadingsInScope(doc.outline, within_);
  int count = 0;
  const Block* first = nullptr;  // the first mention that counts: the evidence
  std::size_t first_at = 0;
  const Block* outside = nullptr;  // the first one in a part that does not count
  std::size_t outside_at = 0;
  const Block* weaker = nullptr;  // the first general statement where a specific one is asked
  std::size_t weaker_at = 0;
  int last_block = -1;
  for (const Hit& hit : input.hits) {
    if (hit.block == last_block) continue;  // several triggers fired in one block
    last_block = hit.block;
    const Block& block = doc.blocks[static_cast<std::size_t>(hit.block)];
    if (!InScope(block, scope, within_)) continue;
    const bool counts = in_.Counts(doc.outline, block);
    if (counts && weaker == nullptr && !weaker_.empty()) {
      const auto [at, end] = weaker_.First(block.norm);
      if (at != std::string_view::npos) std::tie(weaker, weaker_at) = std::pair(&block, at);
    }
    // Count non-overlapping mentions of any pattern in the block.
    MatchCursor mentions(patterns_, block.norm);
    for (std::size_t from = 0;;) {
      const auto [begin, end] = mentions.First(from);
      if (begin == std::string_view::npos) break;
      from = end > begin ? end : begin + 1;
      if (!NearEnough(near_, block.norm, begin)) continue;  // the words are about something else
      if (!counts) {
        if (outside == nullptr) std::tie(outside, outside_at) = std::pair(&block, begin);
        continue;
      }
      if (first == nullptr) std::tie(first, first_at) = std::pair(&block, begin);
      ++count;
    }
  }
  // What the rule looks for, in words (a pattern in RE2 syntax is not for readers).
  const auto in_words = [](const PatternList& list) {
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (std::string words = PatternInWords(list.written(i)); !words.empty()) return words;
    }
    return std::string();
  };
  const std::string within_words = in_words(within_);
  const std::string where = within_.empty()        ? "全文"
                            : within_words.empty() ? "指定部分"
                                                   : "“" + within_words + "”部分";
  if (count == 0 && weaker != nullptr) {
    sink.AddAt(Status::kPartial, sink.Message("表述不够具体", "只有较笼统的表述，未写明要求的内容"),
               *weaker, weaker_at, View::kNorm);
    return;
  }
  if (count == 0 && outside != nullptr) {
    sink.AddAt(
        Status::kPartial,
        sink.Message("未作为任务部署", in_.OutsideMessage(doc.outline.RoleOf(outside->heading))),
        *outside, outside_at, View::kNorm);
    return;
  }
  if (count == 0) {
    sink.Add(Status::kFail,
             sink.Message("未提及", where + "未提及" +
                                        (in_words(patterns_).empty()
                                             ? std::string("相关内容")
                                             : "“" + in_words(patterns_) + "”等内容")));
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
