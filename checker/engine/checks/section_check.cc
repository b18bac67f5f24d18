#include "checker/engine/checks/section_check.h"

#include "checker/decode/utf8.h"

namespace plancheck::checks {
namespace {

int CountNonSpace(std::string_view text) {
  int n = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = utf8::Next(text, pos);
    if (cp != U' ' && cp != U'\t' && cp != U'\u3000') ++n;
  }
  return n;
}

}  // namespace

int BodyLength(const Document& doc, int heading) {
  const auto& headings = doc.outline.headings;
  const Heading& h = headings[static_cast<std::size_t>(heading)];
  int length = 0;
  if (h.block >= 0) {
    // Run-in body: what follows the title on the heading's own line.
    const Block& own = doc.blocks[static_cast<std::size_t>(h.block)];
    const std::size_t at = own.text.find(h.title);
    if (at != std::string::npos)
      length += CountNonSpace(std::string_view(own.text).substr(at + h.title.size()));
  }
  // The heading's extent ends at the next heading at its level or above.
  int end_line = 1 << 30;
  for (std::size_t i = static_cast<std::size_t>(heading) + 1; i < headings.size(); ++i) {
    if (headings[i].level <= h.level) {
      end_line = headings[i].line;
      break;
    }
  }
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
    const Block& block = doc.blocks[b];
    if (block.line <= h.line || block.line >= end_line) continue;
    if (block.kind == Block::Kind::kHeading) {
      const int index = block.heading;
      if (index >= 0) {
        const Heading& sub = headings[static_cast<std::size_t>(index)];
        length += CountNonSpace(block.text) - CountNonSpace(sub.number) - CountNonSpace(sub.title);
        continue;
      }
    }
    length += CountNonSpace(block.text);
  }
  return length;
}

std::unique_ptr<Check> SectionCheck::FromYaml(const RuleSpec&, YamlMap& map) {
  auto check = std::make_unique<SectionCheck>();
  check->heading_ = PatternList::Read(map, "heading", View::kNorm, true);
  check->at_level_ = map.OptionalInt("at_level", 1, 9).value_or(0);
  check->min_body_ = map.OptionalInt("min_body", 0, 100000).value_or(0);
  return check;
}

std::vector<Trigger> SectionCheck::Triggers() const {
  std::vector<Trigger> out;
  heading_.AppendTriggers(out);
  return out;
}

void SectionCheck::Evaluate(const CheckInput& input, ResultSink& sink) const {
  const Document& doc = input.doc;
  int short_heading = -1;
  const Block* mention = nullptr;
  for (const Hit& hit : input.hits) {
    const Block& block = doc.blocks[static_cast<std::size_t>(hit.block)];
    const int index = block.heading;
    const bool is_heading =
        block.kind == Block::Kind::kHeading && index >= 0 &&
        doc.outline.headings[static_cast<std::size_t>(index)].block == hit.block;
    if (!is_heading) {
      if (mention == nullptr) mention = &block;
      continue;
    }
    const Heading& h = doc.outline.headings[static_cast<std::size_t>(index)];
    if (!heading_.Any(TitleNorm(h))) {
      if (mention == nullptr) mention = &block;  // the words are in its run-in body
      continue;
    }
    if (at_level_ > 0 && h.level != at_level_) {
      if (mention == nullptr) mention = &block;
      continue;
    }
    if (min_body_ > 0 && BodyLength(doc, index) < min_body_) {
      if (short_heading < 0) short_heading = index;
      continue;
    }
    sink.AddAt(Status::kPass, "有“" + h.title + "”部分", block, 0).location.column = h.column;
    return;
  }
  if (short_heading >= 0) {
    const Heading& h = doc.outline.headings[static_cast<std::size_t>(short_heading)];
    const Block& block = doc.blocks[static_cast<std::size_t>(h.block)];
    sink.AddAt(Status::kPartial,
               sink.Message("章节内容过少",
                            "“" + h.title + "”正文不足 " + std::to_string(min_body_) + " 字"),
               block, 0);
    return;
  }
  if (mention != nullptr) {
    const auto [begin, end] = heading_.First(mention->norm);
    sink.AddAt(Status::kPartial,
               sink.Message("缺少相应章节", "相关内容只出现在正文中，没有单独的标题"), *mention,
               begin == std::string_view::npos ? 0 : begin, View::kNorm);
    return;
  }
  std::string wanted;  // the headings in words: patterns in RE2 syntax are not for readers
  for (std::size_t i = 0, shown = 0; i < heading_.size() && shown < 4; ++i) {
    const std::string words = PatternInWords(heading_.written(i));
    if (!words.empty()) wanted += (shown++ ? "/" : "") + words;
  }
  sink.Add(Status::kFail,
           sink.Message("缺少相应章节", wanted.empty() ? std::string("未找到相应标题")
                                                       : "未找到“" + wanted + "”等标题"));
}

}  // namespace plancheck::checks
