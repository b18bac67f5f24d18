#include "checker/engine/checks/repeat_check.h"

#include <algorithm>
#include <iterator>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "checker/decode/utf8.h"

namespace plancheck::checks {
namespace {

struct CodePoints {
  std::vector<char32_t> cp;
  std::vector<std::size_t> offset;  // byte offset of each code point, plus the end
};

CodePoints Decode(std::string_view text) {
  CodePoints out;
  for (std::size_t pos = 0; pos < text.size();) {
    out.offset.push_back(pos);
    out.cp.push_back(utf8::Next(text, pos));
  }
  out.offset.push_back(text.size());
  return out;
}

// Word boundaries of the code points [begin, end), as code point indices, by ICU's dictionary
// segmentation of Chinese.
std::vector<std::size_t> WordBoundaries(icu::BreakIterator& words, const CodePoints& cps,
                                        std::size_t begin, std::size_t end) {
  icu::UnicodeString u;
  std::vector<std::size_t> unit_to_cp;  // UTF-16 index -> code point index
  for (std::size_t i = begin; i < end; ++i) {
    const int32_t before = u.length();
    u.append(static_cast<UChar32>(cps.cp[i]));
    for (int32_t k = before; k < u.length(); ++k) unit_to_cp.push_back(i);
  }
  unit_to_cp.push_back(end);
  words.setText(u);
  std::vector<std::size_t> out;
  for (int32_t b = words.first(); b != icu::BreakIterator::DONE; b = words.next()) {
    out.push_back(unit_to_cp[static_cast<std::size_t>(b)]);
  }
  return out;
}

bool IsBoundary(const std::vector<std::size_t>& boundaries, std::size_t i) {
  return std::binary_search(boundaries.begin(), boundaries.end(), i);
}

// The next boundary after `i`.
std::size_t NextBoundary(const std::vector<std::size_t>& boundaries, std::size_t i) {
  const auto it = std::upper_bound(boundaries.begin(), boundaries.end(), i);
  return it == boundaries.end() ? i : *it;
}

bool IsSentenceEnd(char32_t cp) {
  return cp == U'。' || cp == U'！' || cp == U'？' || cp == U'；' || cp == U'，';
}

}  // namespace

std::unique_ptr<Check> RepeatCheck::FromYaml(const RuleSpec&, YamlMap& map) {
  auto check = std::make_unique<RepeatCheck>();
  check->allow_ = map.OptionalList("allow");
  for (const std::string& suffix : map.OptionalList("suffixes")) {
    if (utf8::CodePoints(suffix) != 1)
      map.Fail(map.Get("suffixes"), "'suffixes' lists single characters, not \"" + suffix + "\"");
    std::size_t pos = 0;
    check->suffixes_ += utf8::Next(suffix, pos);
  }
  return check;
}

std::vector<RepeatCheck::Finding> RepeatCheck::Scan(std::string_view text) const {
  const CodePoints cps = Decode(text);
  const std::size_t n = cps.cp.size();
  auto han = [&](std::size_t i) { return i < n && utf8::IsHan(cps.cp[i]); };
  auto allowed = [&](std::size_t first, std::size_t last) {  // code points [first, last]
    for (const std::string& word : allow_) {
      for (std::size_t at = text.find(word); at != std::string_view::npos;
           at = text.find(word, at + 1)) {
        if (at <= cps.offset[first] && at + word.size() >= cps.offset[last + 1]) return true;
      }
    }
    return false;
  };
  std::vector<Finding> out;
  std::unique_ptr<icu::BreakIterator> words;
  std::vector<std::size_t> boundaries;
  std::size_t clause_begin = n, clause_end = n;  // the clause segmented last
  auto segment = [&](std::size_t i) -> const std::vector<std::size_t>& {
    if (i >= clause_begin && i < clause_end) return boundaries;
    clause_begin = i;
    while (clause_begin > 0 && !IsSentenceEnd(cps.cp[clause_begin - 1])) --clause_begin;
    clause_end = i;
    while (clause_end < n && !IsSentenceEnd(cps.cp[clause_end])) ++clause_end;
    if (!words) {
      UErrorCode status = U_ZERO_ERROR;
      words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
      if (U_FAILURE(status)) throw std::runtime_error("ICU word break iterator is unavailable");
    }
    boundaries = WordBoundaries(*words, cps, clause_begin, clause_end);
    return boundaries;
  };
  for (std::size_t i = 0; i + 1 < n; ++i) {
    // A doubled word ABAB (服务服务), not 一步一步 and not AAAA.
    if (i + 3 < n && han(i) && han(i + 1) && cps.cp[i] != cps.cp[i + 1] &&
        cps.cp[i] == cps.cp[i + 2] && cps.cp[i + 1] == cps.cp[i + 3] && cps.cp[i] != U'一' &&
        !allowed(i, i + 3)) {
      const auto& b = segment(i);
      if (IsBoundary(b, i) && IsBoundary(b, i + 2) && IsBoundary(b, i + 4)) {
        out.push_back({cps.offset[i + 2],
                       std::string(text.substr(cps.offset[i], cps.offset[i + 2] - cps.offset[i]))});
        i += 3;
        continue;
      }
    }
    if (!han(i) || cps.cp[i] != cps.cp[i + 1]) continue;
    // Reduplication: AA in AABB (方方面面, 的的确确), BB in AABB, AAA runs.
    const bool aabb_first =
        i + 3 < n && cps.cp[i + 2] == cps.cp[i + 3] && cps.cp[i + 2] != cps.cp[i] && han(i + 2);
    const bool aabb_second =
        i >= 2 && cps.cp[i - 2] == cps.cp[i - 1] && cps.cp[i - 1] != cps.cp[i] && han(i - 2);
    if (aabb_first || aabb_second || allowed(i, i + 1)) continue;
    // A stray character: ICU reads "提|提供" - the first is a word of its own and the second
    // starts a longer word. "学习|习近平" or a reduplication the dictionary knows (常常) is fine.
    const auto& b = segment(i);
    if (!(IsBoundary(b, i) && IsBoundary(b, i + 1) && NextBoundary(b, i + 1) >= i + 3)) continue;
    // A suffix morpheme ending the word before, then a word that starts with it: 委员会|会议,
    // 司法所|所长, 市场化|化解. The segmenter does not know every such word, so the pack lists
    // them.
    if (i > 0 && utf8::IsHan(cps.cp[i - 1]) && suffixes_.find(cps.cp[i]) != std::u32string::npos)
      continue;
    out.push_back({cps.offset[i + 1],
                   std::string(text.substr(cps.offset[i], cps.offset[i + 1] - cps.offset[i]))});
  }
  return out;
}

void RepeatCheck::Evaluate(const CheckInput& input, ResultSink& sink) const {
  for (const Block& block : input.doc.blocks) {
    for (const Finding& f : Scan(block.text)) {
      sink.AddAt(Status::kFail, sink.Message("字词重复", "“" + f.repeated + "”重复"), block,
                 f.offset);
    }
  }
  if (sink.size() == 0) sink.Add(Status::kPass, "未发现重复的字词");
}

}  // namespace plancheck::checks
