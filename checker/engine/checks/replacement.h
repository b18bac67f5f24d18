#pragma once
// `replace:` — a rule's fix as data: a map of literal marks to what is written instead, applied to
// the characters of a hit (",": "，", "。。": "。", "[": "〔"). The check that uses it decides
// whether the replaced hit is a fix at all (it must differ from the hit and cure the mistake).
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "checker/rulebook/check.h"

namespace plancheck::checks {

class Replacement {
 public:
  Replacement() = default;
  // Reads `replace` from `map`; the fix is raw text, so the check must read `view` kText.
  static Replacement Read(YamlMap& map, View view);

  bool empty() const { return marks_.empty(); }
  // `text` with every mark replaced, scanning left to right, longest listed mark first at each
  // place.
  std::string Apply(std::string_view text) const;

 private:
  std::vector<std::pair<std::string, std::string>> marks_;
};

// A finding's fix and the suggestion that says it: 改为“…”, what to write at this place rather than
// the rule's general advice. Every check with a `replace:` fix sets both through here.
void SetFix(Result& r, std::string fix);

}  // namespace plancheck::checks
