#pragma once
// The findings of a checked plan as annotations on its blocks: where each comment goes, what it
// says and what its tracked change writes.
#include <cstddef>
#include <vector>

#include "checker/report/docx/annotation.h"
#include "checker/report/report.h"

namespace plancheck::report::docx {

struct BlockAnnotation {
  std::size_t block = 0;  // index into Document::blocks (never a footnote block)
  Annotation annotation;
  std::size_t result = 0;  // index into the plan's report.results
};

// One per gap the baseline does not accept, in result order. A finding with no place (a missing
// section) is anchored on the first block, the title. `doc` is the plan as the copy's source
// reads it (the same blocks as plan.document). `rule_ids` adds the rule id to each comment.
std::vector<BlockAnnotation> FindingAnnotations(const CheckedPlan& plan, const Document& doc,
                                                Lang lang, bool rule_ids);

// The comment a finding becomes: what is wrong, the basis, what to write.
std::string CommentText(const Result& r, Lang lang, bool rule_ids);

}  // namespace plancheck::report::docx
