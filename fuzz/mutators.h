#pragma once
// Structure-aware mutations (LLVMFuzzerCustomMutator) for what random byte changes take ages to
// build: very long paragraphs, tables of huge numbers, plan headings (the text targets); anchors,
// aliases, alias cycles, alias bombs, huge numbers and pathological globs (the YAML targets).
// Half of the calls are libFuzzer's own mutations (with the dictionary, -dict=fuzz/plan.dict).
#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <string_view>
#include <vector>

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

namespace plancheck::fuzz {

// Numbers no plan has: past int and double range, full-width, with thousands separators.
inline constexpr std::array<std::string_view, 16> kHugeNumbers = {
    "99999999999999999999999999",
    "1e400",
    "2147483648",
    "-2147483649",
    "4294967296",
    "9223372036854775808",
    "0.0000000000000000000000001",
    "１２３４５６７８９０１２３４５６７８９０",
    "1,000,000,000,000,000,000,000",
    "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000"
    "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
    "99999999999999999999万",
    "20252025202520252025",
    "999999999999999999999%",
    "-0",
    ".inf",
    "0x7fffffffffffffff",
};

// Line starts that make a heading, a caption or a box in a plan.
inline constexpr std::array<std::string_view, 14> kPlanLineStarts = {
    "一、",   "（一）", "(二)",   "1.", "（1）", "第一章 ", "第一节 ",
    "专栏1 ", "表1 ",   "附件：", "# ", "## ",   "十、",    "第十二条 ",
};

// Indicator-shaped sentences.
inline constexpr std::array<std::string_view, 8> kTargets = {
    "到2025年，值班律师法律帮助覆盖率达到100%。",
    "每万人拥有律师数达到3名以上。",
    "法律援助案件数增长10%。",
    "群众满意率不低于95%。",
    "每十万人口公证员数≥18名。",
    "“十四五”期间，公共法律服务实体平台建成率（%）100，约束性。",
    "到2035年，村（社区）法律顾问覆盖率保持100%。",
    "人民调解成功率提高5个百分点。",
};

class Mutation {
 public:
  Mutation(std::uint8_t* data, std::size_t size, std::size_t max_size, unsigned seed)
      : data_(data), max_size_(max_size), rng_(seed), text_(reinterpret_cast<char*>(data), size) {}

  std::size_t Pick(std::size_t n) { return n == 0 ? 0 : rng_() % n; }
  std::string& text() { return text_; }
  std::size_t max_size() const { return max_size_; }

  // Byte offsets just after each '\n' (and 0).
  std::vector<std::size_t> LineStarts() const {
    std::vector<std::size_t> starts = {0};
    for (std::size_t i = 0; i < text_.size(); ++i) {
      if (text_[i] == '\n') starts.push_back(i + 1);
    }
    return starts;
  }
  std::size_t RandomLineStart() {
    const std::vector<std::size_t> starts = LineStarts();
    return starts[Pick(starts.size())];
  }
  std::size_t LineEnd(std::size_t start) const {
    const std::size_t end = text_.find('\n', start);
    return end == std::string::npos ? text_.size() : end;
  }
  // A position in the text that does not split a UTF-8 sequence.
  std::size_t RandomBoundary() {
    std::size_t at = Pick(text_.size() + 1);
    while (at < text_.size() && (static_cast<unsigned char>(text_[at]) & 0xC0) == 0x80) ++at;
    return at;
  }
  // Replaces a run of ASCII digits with `number`; false when there is none.
  bool ReplaceNumber(std::string_view number) {
    std::vector<std::size_t> runs;
    for (std::size_t i = 0; i < text_.size(); ++i) {
      if (std::isdigit(static_cast<unsigned char>(text_[i])) &&
          (i == 0 || !std::isdigit(static_cast<unsigned char>(text_[i - 1])))) {
        runs.push_back(i);
      }
    }
    if (runs.empty()) return false;
    const std::size_t at = runs[Pick(runs.size())];
    std::size_t end = at;
    while (end < text_.size() && std::isdigit(static_cast<unsigned char>(text_[end]))) ++end;
    text_.replace(at, end - at, number);
    return true;
  }

  // Writes the result back; libFuzzer's own mutation when it does not fit or nothing changed.
  std::size_t Finish(bool changed) {
    if (!changed || text_.empty() || text_.size() > max_size_) {
      return LLVMFuzzerMutate(data_, Original(), max_size_);
    }
    std::memcpy(data_, text_.data(), text_.size());
    return text_.size();
  }
  void SetOriginalSize(std::size_t size) { original_size_ = size; }

 private:
  std::size_t Original() const { return original_size_; }

  std::uint8_t* data_;
  std::size_t max_size_;
  std::minstd_rand rng_;
  std::string text_;
  std::size_t original_size_ = 0;
};

// Plan text: headings, indicator tables of huge numbers, very long paragraphs, huge numbers.
inline std::size_t MutatePlanText(std::uint8_t* data, std::size_t size, std::size_t max_size,
                                  unsigned seed) {
  Mutation m(data, size, max_size, seed);
  m.SetOriginalSize(size);
  std::string& t = m.text();
  switch (m.Pick(10)) {
    case 0: {  // a heading, caption or box label at a line start
      t.insert(m.RandomLineStart(), kPlanLineStarts[m.Pick(kPlanLineStarts.size())]);
      return m.Finish(true);
    }
    case 1: {  // a target sentence
      t.insert(m.RandomBoundary(), kTargets[m.Pick(kTargets.size())]);
      return m.Finish(true);
    }
    case 2: {  // an indicator table (TAB-led cells, rows split by blank lines) of huge numbers
      std::string table = "\n表1 主要指标\n\n\t指标\n\t2020年\n\t2025年\n\t属性\n";
      const std::size_t rows = 1 + m.Pick(6);
      for (std::size_t r = 0; r < rows; ++r) {
        table += "\n\t法律援助覆盖率（%）\n\t";
        table += kHugeNumbers[m.Pick(kHugeNumbers.size())];
        table += "\n\t";
        table += kHugeNumbers[m.Pick(kHugeNumbers.size())];
        table += m.Pick(2) ? "\n\t约束性\n" : "\n\t预期性\n";
      }
      t.insert(m.RandomLineStart(), table);
      return m.Finish(true);
    }
    case 3: {  // a very long paragraph: one line repeated without a line break, up to max_size
      const std::size_t start = m.RandomLineStart();
      std::string line = t.substr(start, m.LineEnd(start) - start);
      if (line.empty()) line = std::string(kTargets[m.Pick(kTargets.size())]);
      const std::size_t room = m.max_size() > t.size() ? m.max_size() - t.size() : 0;
      const std::size_t want = room >> m.Pick(8);  // all the room, half of it, a quarter…
      std::string longer;
      while (longer.size() + line.size() <= want) longer += line;
      t.insert(start, longer);
      return m.Finish(!longer.empty());
    }
    case 4: {  // line breaks removed: a span of lines becomes one paragraph
      const std::size_t from = m.RandomBoundary();
      const std::size_t to = std::min(t.size(), from + 1 + m.Pick(t.size() + 1));
      bool changed = false;
      for (std::size_t i = from; i < to; ++i) {
        if (t[i] == '\n') {
          t[i] = m.Pick(4) ? '\t' : ' ';
          changed = true;
        }
      }
      return m.Finish(changed);
    }
    case 5:  // a huge number in place of a number
      return m.Finish(m.ReplaceNumber(kHugeNumbers[m.Pick(kHugeNumbers.size())]));
    default:
      return LLVMFuzzerMutate(data, size, max_size);
  }
}

// YAML (rule packs and .plancheck.yaml): anchors and aliases, alias cycles, alias bombs, huge
// numbers, flow collections, and (`globs`) pathological glob patterns.
inline std::size_t MutateYaml(std::uint8_t* data, std::size_t size, std::size_t max_size,
                              unsigned seed, bool globs) {
  Mutation m(data, size, max_size, seed);
  m.SetOriginalSize(size);
  std::string& t = m.text();
  // Lines with "key: value" (the value's offset) and list items "- value".
  std::vector<std::size_t> values;
  for (const std::size_t start : m.LineStarts()) {
    const std::size_t end = m.LineEnd(start);
    const std::size_t colon = t.find(": ", start);
    if (colon != std::string::npos && colon < end) values.push_back(colon + 2);
    const std::size_t dash = t.find("- ", start);
    if (dash != std::string::npos && dash < end && t.find_first_not_of(' ', start) == dash) {
      values.push_back(dash + 2);
    }
  }
  std::sort(values.begin(), values.end());  // a "- key: value" line gives two, out of order
  values.erase(std::unique(values.begin(), values.end()), values.end());
  const std::string anchor = "a" + std::to_string(m.Pick(4));
  const auto replace_value = [&](std::size_t at, const std::string& with) {
    t.replace(at, m.LineEnd(at) - at, with);
  };
  switch (m.Pick(globs ? 11 : 10)) {
    case 0: {  // an anchor on one value, an alias to it in another place
      if (values.size() < 2) return m.Finish(false);
      std::size_t a = m.Pick(values.size()), b = m.Pick(values.size());
      if (a > b) std::swap(a, b);
      if (a == b) return m.Finish(false);
      replace_value(values[b], "*" + anchor);
      t.insert(values[a], "&" + anchor + " ");
      return m.Finish(true);
    }
    case 1: {  // a value that contains an alias of itself (a cycle)
      if (values.empty()) return m.Finish(false);
      const std::size_t at = values[m.Pick(values.size())];
      const std::string old = t.substr(at, m.LineEnd(at) - at);
      replace_value(at, m.Pick(2) ? "&" + anchor + " [*" + anchor + ", " + old + "]"
                                  : "&" + anchor + " {k: *" + anchor + ", v: " + old + "}");
      return m.Finish(true);
    }
    case 2: {  // an alias bomb: each level lists the one before ten times
      if (values.empty()) return m.Finish(false);
      const std::size_t levels = 3 + m.Pick(7);
      std::string bomb = "[&b0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]";
      for (std::size_t l = 1; l < levels; ++l) {
        bomb += ", &b" + std::to_string(l) + " [";
        for (int k = 0; k < 10; ++k) bomb += (k ? ", *b" : "*b") + std::to_string(l - 1);
        bomb += "]";
      }
      bomb += ", *b" + std::to_string(levels - 1) + "]";
      replace_value(values[m.Pick(values.size())], bomb);
      return m.Finish(true);
    }
    case 3: {  // a merge key from an anchored map
      if (values.empty()) return m.Finish(false);
      replace_value(values[m.Pick(values.size())],
                    "&" + anchor + " {<<: *" + anchor + ", id: x.y.z}");
      return m.Finish(true);
    }
    case 4:  // a huge number
      if (!values.empty() && m.Pick(2)) {
        replace_value(values[m.Pick(values.size())],
                      std::string(kHugeNumbers[m.Pick(kHugeNumbers.size())]));
        return m.Finish(true);
      }
      return m.Finish(m.ReplaceNumber(kHugeNumbers[m.Pick(kHugeNumbers.size())]));
    case 5: {  // a flow collection, an empty one or a null in place of a value
      static constexpr std::array<std::string_view, 8> kValues = {
          "[]",
          "{}",
          "~",
          "null",
          "[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]",
          "{a: {b: {c: {d: []}}}}",
          "\"\"",
          "|\n  block\n  text"};
      if (values.empty()) return m.Finish(false);
      replace_value(values[m.Pick(values.size())], std::string(kValues[m.Pick(kValues.size())]));
      return m.Finish(true);
    }
    case 10: {  // a glob that backtracks: many stars, ** in a row, a path that almost matches
      static constexpr std::array<std::string_view, 6> kGlobs = {
          "\"*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b\"",
          "\"**/**/**/**/**/**/**/**/**/**/**/**/x\"",
          "\"**a**a**a**a**a**a**a**a**a**a**a**b\"",
          "\"*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*q\"",
          "\"d*r*a*f*t*i*n*g*.*t*y*p*o*.*z*z*z*z*z\"",
          "[\"a/**/b/**/c/**/d/**/e/**/f/**/g\", \"**/*-draft*-draft*-draft*.txt\"]",
      };
      if (values.empty()) return m.Finish(false);
      replace_value(values[m.Pick(values.size())], std::string(kGlobs[m.Pick(kGlobs.size())]));
      return m.Finish(true);
    }
    default:
      return LLVMFuzzerMutate(data, size, max_size);
  }
}

}  // namespace plancheck::fuzz
