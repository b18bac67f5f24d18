#pragma once
#include <string_view>

namespace plancheck::cli {

// Shell-style matching. In a path pattern `*` and `?` stop at '/', `**` crosses folders
// ("plans/**/*.txt", "**/draft-*.md"); `[`…`]` is not special. In a rule-id pattern (path =
// false) '/' is an ordinary character, so "drafting.*" matches every drafting rule.
bool GlobMatch(std::string_view pattern, std::string_view text, bool path = true);

}  // namespace plancheck::cli
