#include "checker/indicators/comparators.h"

#include <re2/re2.h>

#include <memory>
#include <vector>

namespace plancheck::indicators {
namespace {

// Words between a cue and its number: "达到总量的90%", "不低于全省平均水平的" are fine; a cue
// with unrelated words after it is not a cue for this number.
constexpr std::string_view kFiller = R"((?:[^,;。:\d]{0,10}?的)?\s*$)";

struct CueWords {
  CueKind kind;
  const char* op;
  const char* words;
};

// Longer words first inside each group; groups are tried in this order, so "不低于" is found
// before "低于" and "不超过" before "超过".
const CueWords kCues[] = {
    {CueKind::kComparator, ">=",
     "不低于|不少于|不小于|不得低于|不得少于|不应低于|不应少于|大于或等于|大于等于|至少|最少|"
     "≥|>="},
    {CueKind::kComparator, "<=",
     "不超过|不高于|不多于|不大于|不得超过|不应超过|小于或等于|小于等于|最多|至多|控制在|"
     "≤|<="},
    {CueKind::kComparator, ">", "超过|突破|多于|高于|大于|>"},
    {CueKind::kComparator, "<", "低于|少于|小于|不足|不满|<"},
    {CueKind::kLevel, "=",
     "提高到|提高至|提升到|提升至|增加到|增加至|增长到|增长至|上升到|上升至|降低到|降低至|"
     "下降到|下降至|减少到|减少至|缩短到|缩短至|压缩到|压缩至|扩大到|扩大至|增至|升至|降至|"
     "保持在|稳定在|维持在|达到|达"},
    {CueKind::kChange, "=",
     "年均增长|年均提高|增长|提高|提升|增加|上升|下降|降低|减少|缩短|压缩|扩大"},
};

const RE2& CuePattern(std::size_t i) {
  static const std::vector<std::unique_ptr<RE2>> patterns = [] {
    std::vector<std::unique_ptr<RE2>> out;
    for (const CueWords& c : kCues) {
      // Appended, not "(" + std::string: GCC 12 -O2 warns (-Wrestrict) on that insert at 0.
      std::string pattern = "(";
      pattern.append(c.words).append(")").append(kFiller);
      out.push_back(std::make_unique<RE2>(pattern));
    }
    return out;
  }();
  return *patterns[i];
}

}  // namespace

std::string_view ActionVerbs() {
  return "建设|建成|打造|培育|培养|创建|设立|建立|新建|新增|组建|举办|开展|组织|引进|配备|配齐|"
         "选聘|招录|扶持|评选|推出|创作|开设|增设|聘请|设置|吸纳|招募|选派|认定|命名|收录|配置|建";
}

namespace {

// "打造1个", "培育1-2家", "举办一次": the verb right before the number.
const RE2& ActionPattern() {
  static const RE2 pattern("(" + std::string(ActionVerbs()) + ")\\s*$");
  return pattern;
}

// "新培养涉外律师20名", "设立法律援助工作站15个": verb, a short object, then the number.
const RE2& ActionObjectPattern() {
  static const RE2 pattern("(" + std::string(ActionVerbs()) +
                           ")([^,;。:\\d的、和及与]{1,12})\\s*$");
  return pattern;
}

const RE2& RatePattern() {
  static const RE2 pattern(R"((率|比例|覆盖面|占比|比重)\s*(?:为|是)?\s*$)");
  return pattern;
}

std::size_t Offset(std::string_view all, const re2::StringPiece& part) {
  return static_cast<std::size_t>(part.data() - all.data());
}

}  // namespace

Cue CueBefore(std::string_view left) {
  re2::StringPiece word;
  for (std::size_t i = 0; i < std::size(kCues); ++i) {
    if (RE2::PartialMatch(left, CuePattern(i), &word)) {
      return {kCues[i].kind, kCues[i].op, Offset(left, word), std::nullopt};
    }
  }
  if (RE2::PartialMatch(left, ActionPattern(), &word)) {
    Cue cue{CueKind::kAction, "=", Offset(left, word), std::nullopt};
    // "至少培养1名": the bound before the verb decides the comparator.
    const std::string_view before = left.substr(0, cue.begin);
    for (std::size_t i = 0; i < 4; ++i) {
      re2::StringPiece bound;
      if (RE2::PartialMatch(before, CuePattern(i), &bound) &&
          Offset(before, bound) + bound.size() == before.size()) {
        cue.op = kCues[i].op;
        cue.begin = Offset(before, bound);
      }
    }
    return cue;
  }
  if (RE2::PartialMatch(left, RatePattern(), &word)) {
    return {CueKind::kRate, "=", Offset(left, word) + word.size(), std::nullopt};
  }
  re2::StringPiece object;
  if (RE2::PartialMatch(left, ActionObjectPattern(), &word, &object)) {
    return {CueKind::kAction, "=", Offset(left, word), Offset(left, object)};
  }
  return {};
}

Suffix SuffixAfter(std::string_view right) {
  static const RE2 pattern(R"(^(\s*(?:及以上|以上|及以下|以下|以内|之内|左右)))");
  re2::StringPiece bound;
  if (!RE2::PartialMatch(right, pattern, &bound)) return {};
  Suffix suffix;
  suffix.length = bound.size();
  const std::string_view word(bound.data(), bound.size());
  if (word.find("以上") != std::string_view::npos) {
    suffix.op = ">=";
  } else if (word.find("左右") != std::string_view::npos) {
    suffix.op = "=";
  } else {
    suffix.op = "<=";
  }
  return suffix;
}

std::string CombineOp(const Cue& cue, const Suffix& suffix) {
  if (suffix.op.empty() || suffix.op == "=") return cue.op.empty() ? "=" : cue.op;
  // 超过…以上 stays a strict bound; otherwise the suffix decides (达到90%以上 -> >=).
  if (cue.kind == CueKind::kComparator && (cue.op == ">" || cue.op == "<")) return cue.op;
  return suffix.op;
}

}  // namespace plancheck::indicators
