#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace plancheck::indicators {

// What the words right before a quantity say about it.
enum class CueKind {
  kNone,
  kComparator,  // 不低于, 至少, 超过, 不超过, 不满, ≥, ＞, 控制在 …: a bound
  kLevel,  // 达到, 达, 提高到, 保持在 …: a level to reach ("=" unless 以上/以下 follow)
  kChange,  // 增长, 提高, 年均增长 …: a relative change, not a level
  kAction,  // 建设, 打造, 培育, 举办 …: "打造1个…" — so many of something, "="
  kRate,    // the number follows a rate name directly: "指派率100%"
};

struct Cue {
  CueKind kind = CueKind::kNone;
  std::string op;         // ">=", ">", "<=", "<", "=" ("" for kNone)
  std::size_t begin = 0;  // byte offset in the left text where the cue starts
  // kAction with its object before the number ("新培养涉外律师20名"): where the object starts.
  std::optional<std::size_t> object;
};

// RE2 alternation of the verbs that create or hold so many of something (建设, 打造, 培育 …).
std::string_view ActionVerbs();

// Reads the cue at the end of `left` (the clause up to the quantity, NFKC text). A bound word
// before an action verb counts ("至少培养1名" -> >=).
Cue CueBefore(std::string_view left);

// The bound words after a quantity and its unit, per 《民法典》第一千二百五十九条: 以上, 以下 and
// 以内 include the number; 超过 and 不满 (before it) exclude it.
struct Suffix {
  std::string op;          // ">=" or "<=" for 以上/以下/以内, "=" for 左右, "" for none
  std::size_t length = 0;  // bytes of the suffix
};

Suffix SuffixAfter(std::string_view right);

// Combines the cue's comparator with the suffix: 达到90%以上 -> >=, 控制在5%以内 -> <=.
std::string CombineOp(const Cue& cue, const Suffix& suffix);

}  // namespace plancheck::indicators
