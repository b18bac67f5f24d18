#include "checker/engine/checks/lost_unit_check.h"

#include <algorithm>

#include "checker/decode/utf8.h"
#include "checker/rulebook/evidence.h"

namespace plancheck::checks {
namespace {

bool IsDigit(char32_t cp) { return (cp >= '0' && cp <= '9') || (cp >= U'０' && cp <= U'９'); }

bool IsSpace(char32_t cp) { return cp == U' ' || cp == U'\t' || cp == U'\u3000'; }

// The code point that ends right before byte `pos`; moves `pos` to its start.
char32_t Previous(std::string_view s, std::size_t& pos) {
  std::size_t start = pos - 1;
  while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
    --start;
  }
  pos = start;
  return utf8::Next(s, start);
}

// What sits before the artefact at `raw_offset`: "number", "unit-bracket" or "". Read backwards
// from the artefact: a line may hold many of them.
std::string Context(std::string_view raw, std::size_t raw_offset) {
  std::size_t pos = std::min(raw_offset, raw.size());
  char32_t last = 0;
  do {
    if (pos == 0) return "";
    last = Previous(raw, pos);
  } while (IsSpace(last));
  if (IsDigit(last)) return "number";
  if (last != U'（' && last != U'(') return "";
  std::u32string name;  // the last three code points of the name before the bracket
  while (name.size() < 3 && pos > 0) name.insert(name.begin(), Previous(raw, pos));
  for (const std::u32string_view end : {U"率", U"比例", U"比重", U"占比", U"覆盖面"}) {
    if (name.ends_with(end)) return "unit-bracket";
  }
  return "";
}

// Byte offsets of code point indices of one block's raw text, for indices that mostly ascend
// (the artefacts of a line come in order): the walk goes on from the previous one.
class ColumnWalker {
 public:
  std::size_t ByteOf(const Block& block, std::size_t index) {
    if (&block != block_ || index < index_) {
      block_ = &block;
      index_ = 0;
      byte_ = 0;
    }
    const std::string& raw = block.raw;
    for (; index_ < index && byte_ < raw.size(); ++index_) {
      byte_ += utf8::SequenceLength(static_cast<unsigned char>(raw[byte_]));
    }
    return std::min(byte_, raw.size());
  }

 private:
  const Block* block_ = nullptr;
  std::size_t index_ = 0;
  std::size_t byte_ = 0;
};

// The place in the text view: the first text byte at or after `raw_offset`, at most the last.
std::size_t TextOffsetOfRaw(const Block& block, std::size_t raw_offset) {
  const std::vector<std::uint32_t>& map = block.text_to_raw;
  if (map.empty()) return 0;
  return static_cast<std::size_t>(std::lower_bound(map.begin(), map.end() - 1, raw_offset) -
                                  map.begin());
}

}  // namespace

std::unique_ptr<Check> LostUnitCheck::FromYaml(const RuleSpec&, YamlMap&) {
  return std::make_unique<LostUnitCheck>();
}

void LostUnitCheck::Evaluate(const CheckInput& input, ResultSink& sink) const {
  const Document& doc = input.doc;
  ColumnWalker columns;
  for (const Artefact& artefact : doc.artefacts) {
    if (artefact.kind != Artefact::Kind::kImage) continue;
    const Block* block = doc.BlockAtLine(artefact.pos.line);
    if (block == nullptr) continue;
    const std::size_t raw_offset =
        columns.ByteOf(*block, static_cast<std::size_t>(artefact.pos.column - 1));
    const std::string context = Context(block->raw, raw_offset);
    if (context.empty()) continue;
    const std::size_t text_offset = TextOffsetOfRaw(*block, raw_offset);
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
