#include "checker/engine/checks/numbering_check.h"

#include <algorithm>
#include <map>
#include <optional>

#include "checker/decode/utf8.h"

namespace plancheck::checks {
namespace {

bool Sequenced(NumberStyle style) {
  return style != NumberStyle::kAnnex && style != NumberStyle::kUnnumbered;
}

// Numbered across the whole document rather than within a parent: 专栏1…N, 表1…N.
bool DocumentWide(NumberStyle style) {
  return style == NumberStyle::kBox || style == NumberStyle::kTable;
}

bool Parenthesised(NumberStyle style) {
  return style == NumberStyle::kHanParen || style == NumberStyle::kArabicParen;
}

const Block* BlockOf(const Document& doc, const Heading& h) {
  if (h.block < 0 || static_cast<std::size_t>(h.block) >= doc.blocks.size()) return nullptr;
  return &doc.blocks[static_cast<std::size_t>(h.block)];
}

// Byte offset in the block's text where the heading's number starts.
std::size_t NumberOffset(const Block& block, const Heading& h) {
  const std::size_t at = block.text.find(h.number);
  if (at != std::string::npos) return at;
  const std::string_view trimmed = utf8::Trim(block.text);
  return static_cast<std::size_t>(trimmed.data() - block.text.data());
}

// The character right after the number ("、", ".", "．", …), or 0.
char32_t DelimiterAfter(const Block& block, const Heading& h) {
  const std::size_t at = block.text.find(h.number);
  if (at == std::string::npos) return 0;
  std::size_t pos = at + h.number.size();
  if (pos >= block.text.size()) return 0;
  return utf8::Next(block.text, pos);
}

// Whether the delimiter after a number is the standard one for its style (GB/T 9704 7.3.3):
// 一、 （一） 1. （1）; nullopt when there is none to judge.
std::optional<bool> StandardDelimiter(NumberStyle style, char32_t d) {
  switch (style) {
    case NumberStyle::kHanComma:
      if (d == U'、') return true;
      if (d == U'.' || d == U'．' || d == U'，' || d == U',') return false;
      return std::nullopt;
    case NumberStyle::kArabicDot:
      if (d == U'.' || d == U'．') return true;
      if (d == U'、' || d == U'，' || d == U',') return false;
      return std::nullopt;
    case NumberStyle::kHanParen:
    case NumberStyle::kArabicParen:
      if (d == U'、' || d == U'，' || d == U',' || d == U'.' || d == U'．') return false;
      return std::nullopt;
    default:
      return std::nullopt;
  }
}

std::string Shown(const Heading& h) {
  return h.number + (h.title.empty() ? "" : h.title.substr(0, utf8::ByteOffset(h.title, 12)));
}

// A finding at the heading's number; with `fix`, on exactly the number, which `fix` replaces.
Result& AddAtHeading(ResultSink& sink, const Document& doc, const Heading& h, std::string message,
                     std::string fix = {}) {
  const Block* block = BlockOf(doc, h);
  const std::size_t length = fix.empty() ? 0 : h.number.size();
  Result& r = block ? sink.AddAt(Status::kFail, std::move(message), *block, NumberOffset(*block, h),
                                 View::kText, length)
                    : sink.Add(Status::kFail, std::move(message));
  r.location.line = h.line;
  if (block == nullptr) r.location.column = h.column;
  if (block != nullptr && !fix.empty()) SetFix(r, std::move(fix));
  return r;
}

}  // namespace

std::unique_ptr<Check> NumberingCheck::FromYaml(const RuleSpec&, YamlMap& map) {
  auto check = std::make_unique<NumberingCheck>();
  if (map.Has("replace")) check->replace_ = Replacement::Read(map, View::kText);
  return check;
}

// The number with its half-width brackets made full-width, when it is written in the text (an
// automatic number from numbering.xml is not) and the replacement cures it; else "".
std::string NumberingCheck::BracketFix(const Document& doc, const Heading& h) const {
  const Block* block = BlockOf(doc, h);
  if (replace_.empty() || block == nullptr || h.number.empty() ||
      block->text.find(h.number) == std::string::npos) {
    return "";
  }
  std::string fixed = replace_.Apply(h.number);
  const bool cured = fixed.find('(') == std::string::npos && fixed.find(')') == std::string::npos;
  return fixed != h.number && cured ? fixed : "";
}

void NumberingCheck::CheckSequence(const Document& doc, ResultSink& sink) const {
  const auto& headings = doc.outline.headings;
  // Last ordinal seen per (parent, style), and per (level, style) across parents (run-on
  // numbering).
  std::map<std::pair<int, NumberStyle>, int> last_in_parent;
  std::map<std::pair<int, NumberStyle>, int> last_at_level;
  std::map<NumberStyle, int> last_in_document;
  for (const Heading& h : headings) {
    if (!Sequenced(h.style) || h.ordinal <= 0) continue;
    int previous = 0;
    std::vector<int> expected;
    if (DocumentWide(h.style)) {
      previous = last_in_document[h.style];
      expected = {previous + 1};
      last_in_document[h.style] = h.ordinal;
    } else {
      const auto key = std::make_pair(h.parent, h.style);
      const auto sibling = last_in_parent.find(key);
      if (sibling != last_in_parent.end()) {
        previous = sibling->second;
        expected = {previous + 1};
      } else {
        expected = {1};
        const auto run_on = last_at_level.find({h.level, h.style});
        if (run_on != last_at_level.end()) expected.push_back(run_on->second + 1);
      }
      last_in_parent[key] = h.ordinal;
      last_at_level[{h.level, h.style}] = h.ordinal;
    }
    if (std::find(expected.begin(), expected.end(), h.ordinal) != expected.end()) continue;
    std::string detail;
    if (previous > 0 && h.ordinal == previous) {
      detail = "编号重复：“" + Shown(h) + "”与上一个同级标题编号相同";
    } else if (h.ordinal > expected.back()) {
      detail = "编号不连续：“" + Shown(h) + "”前缺少第 " + std::to_string(expected.back()) +
               (h.ordinal - expected.back() > 1 ? "—" + std::to_string(h.ordinal - 1) : "") + " 项";
    } else {
      detail = "编号倒退：“" + Shown(h) + "”应为第 " + std::to_string(expected.back()) + " 项";
    }
    AddAtHeading(sink, doc, h, sink.Message("标题编号有误", detail));
  }
}

void NumberingCheck::CheckLevels(const Document& doc, ResultSink& sink) const {
  const auto& headings = doc.outline.headings;
  for (const Heading& h : headings) {
    if (h.parent < 0 || !Sequenced(h.style) || DocumentWide(h.style)) continue;
    const Heading& parent = headings[static_cast<std::size_t>(h.parent)];
    if (DocumentWide(parent.style) || !Sequenced(parent.style)) continue;
    if (h.level > parent.level + 1) {
      AddAtHeading(sink, doc, h,
                   sink.Message("标题层级跳跃", "“" + parent.number + "”下直接使用“" + h.number +
                                                    "”，跳过了中间一级"));
    }
  }
}

void NumberingCheck::CheckForms(const Document& doc, ResultSink& sink) const {
  const auto& headings = doc.outline.headings;
  // Per style: headings in a non-standard form, and whether the standard form occurs too.
  struct Odd {
    const Heading* heading;
    std::string problem;
    std::string fix;  // for half-width brackets, the full-width number
  };
  std::map<NumberStyle, std::vector<Odd>> odd;
  std::map<NumberStyle, bool> standard_seen;
  for (const Heading& h : headings) {
    const Block* block = BlockOf(doc, h);
    if (block == nullptr) continue;
    std::string problem, fix;
    if (Parenthesised(h.style)) {
      const bool half =
          h.number.find('(') != std::string::npos || h.number.find(')') != std::string::npos;
      if (half) problem = "使用半角括号“" + h.number + "”，应为全角“（）”";
      if (half) fix = BracketFix(doc, h);
    }
    const std::optional<bool> delimiter = StandardDelimiter(h.style, DelimiterAfter(*block, h));
    if (problem.empty() && delimiter == false) {
      std::string d;
      utf8::Append(d, DelimiterAfter(*block, h));
      problem = "编号“" + h.number + "”后用“" + d + "”";
    }
    if (problem.empty()) {
      if (delimiter == true || Parenthesised(h.style)) standard_seen[h.style] = true;
      continue;
    }
    odd[h.style].push_back({&h, std::move(problem), std::move(fix)});
  }
  for (const auto& [style, list] : odd) {
    if (standard_seen[style]) {
      for (const Odd& o : list) {
        AddAtHeading(sink, doc, *o.heading,
                     sink.Message("标题编号格式不一致", o.problem + "，与同级其他标题不一致"),
                     o.fix);
      }
    } else {
      // One finding stands for them all: a fix of the first alone would leave the rest.
      const Odd& first = list.front();
      AddAtHeading(sink, doc, *first.heading,
                   sink.Message("标题编号格式不规范", first.problem + "（全文同级标题共 " +
                                                          std::to_string(list.size()) + " 处）"),
                   list.size() == 1 ? first.fix : "");
    }
  }
}

void NumberingCheck::Evaluate(const CheckInput& input, ResultSink& sink) const {
  CheckSequence(input.doc, sink);
  CheckLevels(input.doc, sink);
  CheckForms(input.doc, sink);
  if (sink.size() == 0) {
    sink.Add(Status::kPass, "标题编号连续、格式一致（共 " +
                                std::to_string(input.doc.outline.headings.size()) + " 个标题）");
  }
}

}  // namespace plancheck::checks
