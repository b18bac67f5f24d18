#pragma once
#include <limits>
#include <string>

namespace plancheck {

// A drafter's request, written in the plan itself, not to report a rule at a spot: an HTML comment
// `<!-- plancheck-disable RULE 理由 -->` in .txt/.md (next paragraph; `-disable-file` for the whole
// plan), or a Word comment `plancheck: 忽略 RULE` anchored on a range of a .docx. The check run
// drops the findings it covers and counts them, so an auditor can list what a drafter silenced.
struct IgnoreDirective {
  enum class Origin { kTextComment, kWordComment };
  Origin origin = Origin::kTextComment;
  std::string rule;    // a rule id, a pack id or a glob (as the config's disable:)
  std::string reason;  // may be empty: an ignore without a reason is itself reported (info)
  int line = 0;        // where the directive itself is written (line, or ¶ for .docx)
  // The plan text it covers: blocks [first_block, last_block] (indices into Document::blocks) and,
  // for a Word comment's anchor, byte offsets into the first and last block's `text`.
  std::size_t first_block = 0;
  std::size_t last_block = std::numeric_limits<std::size_t>::max();
  std::size_t first_offset = 0;
  std::size_t last_offset = std::numeric_limits<std::size_t>::max();
};

}  // namespace plancheck
