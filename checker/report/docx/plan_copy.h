#pragma once
#include "checker/report/docx/annotated_copy.h"

namespace plancheck::report::docx {

// A plan that is no .docx (.txt, .md, .pdf, .doc…) as a new .docx: one paragraph per block, the
// title and the headings styled, with the annotated copy's comments and tracked changes.
AnnotatedCopy PlanTextCopy(const CheckedPlan& plan, const RenderOptions& options, bool rule_ids);

}  // namespace plancheck::report::docx
