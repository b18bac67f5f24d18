#pragma once
// In-plan ignores of a .txt or .md plan: a line that is only an HTML comment
//   <!-- plancheck-disable RULE 理由 -->        the next paragraph (the lines up to a blank one)
//   <!-- plancheck-disable-file RULE 理由 -->   the whole plan
// RULE is a rule id, a pack id or a glob (as the config's disable:); several may be joined by
// commas. The comment lines are blanked (line numbers kept) so no check reads them as plan text.
#include <string>
#include <vector>

#include "checker/document/document.h"

namespace plancheck {

// A directive as written, before the plan is built: the lines it covers.
struct WrittenIgnore {
  IgnoreDirective directive;
  int first_line = 0;  // 0 with whole_file
  int last_line = 0;
  bool whole_file = false;
};

// Finds the directives in `text` and blanks their lines.
std::vector<WrittenIgnore> TakeIgnoreComments(std::string& text);

// The directives with the blocks they cover (Document::ignores).
std::vector<IgnoreDirective> AnchorIgnores(const std::vector<WrittenIgnore>& written,
                                           const Document& doc);

}  // namespace plancheck
