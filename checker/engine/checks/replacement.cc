#include "checker/engine/checks/replacement.h"

#include <algorithm>

#include "checker/decode/utf8.h"

namespace plancheck::checks {

Replacement Replacement::Read(YamlMap& map, View view) {
  const YAML::Node node = map.Get("replace");
  if (!node.IsMap() || node.size() == 0) {
    map.Fail(node, "'replace' must be a map of marks to their replacements, e.g. {\",\": \"，\"}");
  }
  if (view != View::kText) map.Fail(node, "'replace' needs 'raw: true' (the fix is raw text)");
  Replacement out;
  for (const auto& entry : node) {
    if (!entry.first.IsScalar() || !entry.second.IsScalar() || entry.first.Scalar().empty()) {
      map.Fail(node, "'replace' maps a non-empty mark to its replacement text");
    }
    out.marks_.emplace_back(entry.first.Scalar(), entry.second.Scalar());
  }
  // "。。" before "。": the longer mark wins where both start.
  std::stable_sort(out.marks_.begin(), out.marks_.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  return out;
}

std::string Replacement::Apply(std::string_view text) const {
  std::string out;
  for (std::size_t at = 0; at < text.size();) {
    const auto it = std::find_if(marks_.begin(), marks_.end(), [&](const auto& r) {
      return text.substr(at).starts_with(r.first);
    });
    if (it != marks_.end()) {
      out += it->second;
      at += it->first.size();
    } else {
      const std::size_t n = std::max<std::size_t>(1, utf8::SequenceLength(text[at]));
      out.append(text.substr(at, n));
      at += n;
    }
  }
  return out;
}

void SetFix(Result& r, std::string fix) {
  r.suggestion = "改为“" + fix + "”";
  r.fix = std::move(fix);
}

}  // namespace plancheck::checks
