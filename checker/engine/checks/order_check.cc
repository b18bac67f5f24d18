#include "checker/engine/checks/order_check.h"

namespace plancheck::checks {

std::unique_ptr<Check> OrderCheck::FromYaml(const RuleSpec&, YamlMap& map) {
  auto check = std::make_unique<OrderCheck>();
  const YAML::Node sequence = map.Required("sequence");
  if (!sequence.IsSequence() || sequence.size() < 2) {
    map.Fail(sequence,
             "'sequence' must list at least two sections, each a pattern or a list of them");
  }
  for (const YAML::Node& item : sequence) {
    // Read each item through a one-key map so it is validated like any pattern list.
    YAML::Node wrapper(YAML::NodeType::Map);
    wrapper["section"] = item;
    YamlMap one(wrapper, map.source(), "a 'sequence' item");
    check->sequence_.push_back(PatternList::Read(one, "section", View::kNorm, true));
  }
  return check;
}

std::vector<Trigger> OrderCheck::Triggers() const {
  std::vector<Trigger> out;
  for (const PatternList& item : sequence_) item.AppendTriggers(out);
  return out;
}

void OrderCheck::Evaluate(const CheckInput& input, ResultSink& sink) const {
  const Document& doc = input.doc;
  // For each item, the outermost (then first) heading whose title matches.
  std::vector<int> found(sequence_.size(), -1);
  for (const Hit& hit : input.hits) {
    const Block& block = doc.blocks[static_cast<std::size_t>(hit.block)];
    if (block.kind != Block::Kind::kHeading || block.heading < 0) continue;
    const Heading& h = doc.outline.headings[static_cast<std::size_t>(block.heading)];
    const std::string title = TitleNorm(h);
    for (std::size_t i = 0; i < sequence_.size(); ++i) {
      if (!sequence_[i].Any(title)) continue;
      int& best = found[i];
      if (best < 0 || h.level < doc.outline.headings[static_cast<std::size_t>(best)].level) {
        best = block.heading;
      }
    }
  }
  int previous = -1;
  int present = 0;
  for (std::size_t i = 0; i < sequence_.size(); ++i) {
    if (found[i] < 0) continue;
    ++present;
    if (previous >= 0 && found[i] < previous) {
      const Heading& h = doc.outline.headings[static_cast<std::size_t>(found[i])];
      const Heading& p = doc.outline.headings[static_cast<std::size_t>(previous)];
      Result& r = sink.AddAt(
          Status::kFail, sink.Message("章节顺序不当", "“" + h.title + "”应在“" + p.title + "”之后"),
          doc.blocks[static_cast<std::size_t>(h.block)], 0);
      r.location.column = h.column;
      continue;
    }
    previous = found[i];
  }
  if (sink.size() == 0) {
    sink.Add(Status::kPass, "章节顺序正确（找到 " + std::to_string(present) + "/" +
                                std::to_string(sequence_.size()) + " 个）");
  }
}

}  // namespace plancheck::checks
