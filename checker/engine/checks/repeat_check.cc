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

namespace {

// Word boundaries of the clause around a code point, segmented on demand and kept while the scan
// stays in that clause. The ICU iterator is made on first use: most paragraphs need none.
class ClauseSegmenter {
 public:
  explicit ClauseSegmenter(const CodePoints& cps) : cps_(cps) {}

  const std::vector<std::size_t>& At(std::size_t i) {
    const std::size_t n = cps_.cp.size();
    if (i >= begin_ && i < end_) return boundaries_;
    begin_ = i;
    while (begin_ > 0 && !IsSentenceEnd(cps_.cp[begin_ - 1])) --begin_;
    end_ = i;
    while (end_ < n && !IsSentenceEnd(cps_.cp[end_])) ++end_;
    if (!words_) {
      UErrorCode status = U_ZERO_ERROR;
      words_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
      if (U_FAILURE(status)) throw std::runtime_error("ICU word break iterator is unavailable");
    }
    boundaries_ = WordBoundaries(*words_, cps_, begin_, end_);
    return boundaries_;
  }

 private:
  const CodePoints& cps_;
  std::unique_ptr<icu::BreakIterator> words_;
  std::vector<std::size_t> boundaries_;
  std::size_t begin_ = 0, end_ = 0;
};

bool Han(const CodePoints& cps, std::size_t i) {
  return i < cps.cp.size() && utf8::IsHan(cps.cp[i]);
}

// ABAB of Han with A != B, not 一X一X (一步一步).
bool DoubledWord(const CodePoints& cps, std::size_t i) {
  const auto& c = cps.cp;
  return i + 3 < c.size() && Han(cps, i) && Han(cps, i + 1) && c[i] != c[i + 1] &&
         c[i] == c[i + 2] && c[i + 1] == c[i + 3] && c[i] != U'一';
}

// The doubled pair at i is half of an AABB reduplication (方方面面, 的的确确).
bool HalfOfAabb(const CodePoints& cps, std::size_t i) {
  const auto& c = cps.cp;
  const bool first =
      i + 3 < c.size() && c[i + 2] == c[i + 3] && c[i + 2] != c[i] && Han(cps, i + 2);
  const bool second = i >= 2 && c[i - 2] == c[i - 1] && c[i - 1] != c[i] && Han(cps, i - 2);
  return first || second;
}

}  // namespace

// Only the few starts that could cover [begin, end) are tried: a long paragraph with many
// repeats must not be searched from its start for each.
bool RepeatCheck::Allowed(std::string_view text, std::size_t begin, std::size_t end) const {
  for (const std::string& word : allow_) {
    if (word.size() < end - begin) continue;
    for (std::size_t at = end - std::min(end, word.size()); at <= begin; ++at) {
      if (text.substr(at, word.size()) == word) return true;
    }
  }
  return false;
}

std::vector<RepeatCheck::Finding> RepeatCheck::Scan(std::string_view text) const {
  const CodePoints cps = Decode(text);
  const auto& o = cps.offset;
  ClauseSegmenter segment(cps);
  std::vector<Finding> out;
  for (std::size_t i = 0; i + 1 < cps.cp.size(); ++i) {
    // A doubled word the segmenter reads as two equal words: 服务|服务.
    if (DoubledWord(cps, i) && !Allowed(text, o[i], o[i + 4])) {
      const auto& b = segment.At(i);
      if (IsBoundary(b, i) && IsBoundary(b, i + 2) && IsBoundary(b, i + 4)) {
        out.push_back({o[i + 2], std::string(text.substr(o[i], o[i + 2] - o[i]))});
        i += 3;
        continue;
      }
    }
    if (!Han(cps, i) || cps.cp[i] != cps.cp[i + 1]) continue;
    if (HalfOfAabb(cps, i) || Allowed(text, o[i], o[i + 2])) continue;
    // A stray character: ICU reads "提|提供" - the first is a word of its own and the second
    // starts a longer word. "学习|习近平" or a reduplication the dictionary knows (常常) is fine.
    const auto& b = segment.At(i);
    if (!(IsBoundary(b, i) && IsBoundary(b, i + 1) && NextBoundary(b, i + 1) >= i + 3)) continue;
    // A suffix morpheme ending the word before, then a word that starts with it: 委员会|会议,
    // 司法所|所长, 市场化|化解. The segmenter does not know every such word; the pack lists them.
    if (i > 0 && Han(cps, i - 1) && suffixes_.find(cps.cp[i]) != std::u32string::npos) continue;
    out.push_back({o[i + 1], std::string(text.substr(o[i], o[i + 1] - o[i]))});
  }
  return out;
}

void RepeatCheck::Evaluate(const CheckInput& input, ResultSink& sink) const {
  for (const Block& block : input.doc.blocks) {
    for (const Finding& f : Scan(block.text)) {
      sink.AddAt(Status::kFail, sink.Message("字词重复", "“" + f.repeated + "”重复"), block,
                 f.offset, View::kText, f.repeated.size());
    }
  }
  if (sink.size() == 0) sink.Add(Status::kPass, "未发现重复的字词");
}

}  // namespace plancheck::checks
