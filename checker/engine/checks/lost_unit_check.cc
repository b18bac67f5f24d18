#include "checker/engine/checks/lost_unit_check.h"

#include "checker/decode/utf8.h"
#include "checker/rulebook/evidence.h"

namespace plancheck::checks {
namespace {

bool IsDigit(char32_t cp) { return (cp >= '0' && cp <= '9') || (cp >= U'０' && cp <= U'９'); }

bool IsSpace(char32_t cp) { return cp == U' ' || cp == U'\t' || cp == U'\u3000'; }

// What sits before the artefact at `raw_offset`: "number", "unit-bracket" or "".
std::string Context(std::string_view raw, std::size_t raw_offset) {
  std::vector<char32_t> before;
  for (std::size_t pos = 0; pos < raw_offset && pos < raw.size();)
    before.push_back(utf8::Next(raw, pos));
  while (!before.empty() && IsSpace(before.back())) before.pop_back();
  if (before.empty()) return "";
  if (IsDigit(before.back())) return "number";
  if (before.back() != U'（' && before.back() != U'(') return "";
  before.pop_back();
  const std::u32string name(before.begin(), before.end());
  for (const std::u32string_view end : {U"率", U"比例", U"比重", U"占比", U"覆盖面"}) {
    if (name.ends_with(end)) return "unit-bracket";
  }
  return "";
}

}  // namespace

std::unique_ptr<Check> LostUnitCheck::FromYaml(const RuleSpec&, YamlMap&) {
  return std::make_unique<LostUnitCheck>();
}

void LostUnitCheck::Evaluate(const CheckInput& input, ResultSink& sink) const {
  const Document& doc = input.doc;
  for (const Artefact& artefact : doc.artefacts) {
    if (artefact.kind != Artefact::Kind::kImage) continue;
    const Block* block = doc.BlockAtLine(artefact.pos.line);
    if (block == nullptr) continue;
    const std::size_t raw_offset =
        utf8::ByteOffset(block->raw, static_cast<std::size_t>(artefact.pos.column - 1));
    const std::string context = Context(block->raw, raw_offset);
    if (context.empty()) continue;
    // The place in the text view: the first text byte at or after the artefact.
    std::size_t text_offset = 0;
    while (text_offset + 1 < block->text_to_raw.size() &&
           block->text_to_raw[text_offset] < raw_offset) {
      ++text_offset;
    }
    const std::string detail =
        context == "number"
            ? "数字后的图片“" + artefact.text + "”处可能丢失了单位（通常为 %）"
            : "指标名称的单位括号内只有图片“" + artefact.text + "”，单位（通常为 %）可能丢失";
    Result& r = sink.AddAt(Status::kFail, sink.Message("单位丢失", detail), *block, text_offset);
    r.location.line = artefact.pos.line;
    r.location.column = artefact.pos.column;
  }
  if (sink.size() == 0) sink.Add(Status::kPass, "未发现丢失在图片中的单位");
}

}  // namespace plancheck::checks
