#include "checker/engine/checks/forbid_check.h"

#include <set>
#include <string_view>

#include "checker/decode/utf8.h"

namespace plancheck::checks {

std::unique_ptr<Check> ForbidCheck::FromYaml(const RuleSpec&, YamlMap& map) {
  auto check = std::make_unique<ForbidCheck>();
  const View view = map.OptionalBool("raw").value_or(false) ? View::kText : View::kNorm;
  check->patterns_ = PatternList::Read(map, "patterns", view, true);
  check->within_ = PatternList::Read(map, "within", View::kNorm, false);
  check->unless_ = PatternList::Read(map, "unless", view, false);
  check->except_ = PatternList::Read(map, "except", view, false);
  if (map.Has("in")) check->in_ = RoleScope::Read(map);
  if (map.Has("replace")) check->replace_ = Replacement::Read(map, view);
  return check;
}

std::vector<Trigger> ForbidCheck::Triggers() const {
  std::vector<Trigger> out;
  patterns_.AppendTriggers(out);
  return out;
}

void ForbidCheck::Evaluate(const CheckInput& input, ResultSink& sink) const {
  const Document& doc = input.doc;
  const View view = patterns_.view();
  const std::vector<bool> scope = HeadingsInScope(doc.outline, within_);
  if (!unless_.empty()) {
    for (const Block& block : doc.blocks) {
      if (InScope(block, scope, within_) && unless_.Any(ViewOf(block, view))) {
        sink.Add(Status::kPass, "未发现（有“" + unless_.written(0) + "”等表述）");
        return;
      }
    }
  }
  std::set<std::pair<int, std::size_t>> seen;  // (block, offset): patterns may overlap
  for (const Hit& hit : input.hits) {
    const Block& block = doc.blocks[static_cast<std::size_t>(hit.block)];
    if (!InScope(block, scope, within_)) continue;
    if (in_ && !in_->Counts(doc.outline, block)) continue;
    const std::string_view text = ViewOf(block, view);
    const RE2& re = patterns_.at(static_cast<std::size_t>(hit.trigger));
    re2::StringPiece piece;
    for (std::size_t from = 0;
         from <= text.size() && re.Match(text, from, text.size(), RE2::UNANCHORED, &piece, 1);) {
      const std::string_view match(piece.data(), piece.size());
      const auto begin = static_cast<std::size_t>(match.data() - text.data());
      from = begin + (match.empty() ? (begin < text.size() ? utf8::SequenceLength(text[begin]) : 1)
                                    : match.size());
      if (except_.AnyFull(match) || !seen.insert({hit.block, begin}).second) continue;
      Result& r =
          sink.AddAt(Status::kFail, sink.Message("不应出现的表述", "“" + std::string(match) + "”"),
                     block, begin, view, match.size());
      // A fix only where one is certain: it changes the hit and the mistake is gone ("，。"
      // has no one right answer and keeps only its comment).
      if (std::string fixed = replace_.Apply(match); fixed != match && !patterns_.Any(fixed))
        SetFix(r, std::move(fixed));
    }
  }
  if (sink.size() == 0) sink.Add(Status::kPass, "未发现");
}

}  // namespace plancheck::checks
