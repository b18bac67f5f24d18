#include "checker/engine/checks/reference_check.h"

#include <tuple>

namespace plancheck::checks {
namespace {

constexpr std::string_view kOpen = "《";
constexpr std::string_view kClose = "》";

}  // namespace

std::unique_ptr<Check> ReferenceCheck::FromYaml(const RuleSpec&, YamlMap& map) {
  auto check = std::make_unique<ReferenceCheck>();
  check->documents_ = PatternList::Read(map, "documents", View::kNorm, true);
  check->in_ = RoleScope::Read(map);
  return check;
}

std::vector<Trigger> ReferenceCheck::Triggers() const {
  std::vector<Trigger> out;
  documents_.AppendTriggers(out);
  return out;
}

void ReferenceCheck::Evaluate(const CheckInput& input, ResultSink& sink) const {
  const Document& doc = input.doc;
  const Block* named = nullptr;
  std::size_t named_at = 0;
  const Block* outside = nullptr;  // a citation in a part that does not count
  std::size_t outside_at = 0;
  int last_block = -1;
  for (const Hit& hit : input.hits) {
    if (hit.block == last_block) continue;
    last_block = hit.block;
    const Block& block = doc.blocks[static_cast<std::size_t>(hit.block)];
    const std::string_view norm = block.norm;
    const bool counts = in_.Counts(doc.outline, block);
    // Each 《…》 title in the block (《》 are untouched by NFKC).
    for (std::size_t open = norm.find(kOpen); open != std::string_view::npos;
         open = norm.find(kOpen, open + kOpen.size())) {
      const std::size_t begin = open + kOpen.size();
      const std::size_t close = norm.find(kClose, begin);
      if (close == std::string_view::npos) break;
      if (documents_.Any(norm.substr(begin, close - begin)) && !counts) {
        if (outside == nullptr) std::tie(outside, outside_at) = std::pair(&block, open);
      } else if (documents_.Any(norm.substr(begin, close - begin))) {
        sink.AddAt(Status::kPass,
                   "引用了" + std::string(norm.substr(open, close + kClose.size() - open)), block,
                   open, View::kNorm);
        return;
      }
    }
    if (named == nullptr && counts) {
      const auto [at, end] = documents_.First(norm);
      if (at != std::string_view::npos) {
        named = &block;
        named_at = at;
      }
    }
  }
  if (outside != nullptr) {
    sink.AddAt(
        Status::kPartial,
        sink.Message("未作为依据引用", in_.OutsideMessage(doc.outline.RoleOf(outside->heading))),
        *outside, outside_at, View::kNorm);
    return;
  }
  if (named != nullptr) {
    sink.AddAt(Status::kPartial, sink.Message("未规范引用依据文件", "提及但未用书名号《》引用"),
               *named, named_at, View::kNorm);
    return;
  }
  std::string title;  // the document in words (a pattern in RE2 syntax is not for readers)
  for (std::size_t i = 0; i < documents_.size() && title.empty(); ++i) {
    title = PatternInWords(documents_.written(i));
  }
  sink.Add(Status::kFail, sink.Message("未引用依据文件",
                                       title.empty() ? std::string() : "未引用《" + title + "》"));
}

}  // namespace plancheck::checks
