#pragma once
// --annotate: the plan returned marked up (report/docx/annotated_copy.h), written where asked.
#include <string>

#include "checker/report/report.h"

namespace plancheck::cli {

// The annotated copy's bytes; `shown` names the file in an error (UsageError, exit 2, for a copy
// that cannot be made; InputError when the plan cannot be read again). Adds its counts to
// `comments` and `changes`.
std::string AnnotatedCopyBytes(const report::CheckedPlan& plan,
                               const report::RenderOptions& options, bool rule_ids,
                               const std::string& shown, int& comments, int& changes);

// Prints "wrote the annotated copy FILE: N comments, M tracked changes" to standard error.
void ReportAnnotatedCopy(const std::string& path, int comments, int changes, report::Lang lang);

}  // namespace plancheck::cli
