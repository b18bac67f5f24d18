#pragma once
// The plan returned marked up: a copy of the input .docx with one Word comment per finding and a
// tracked change per fix; for any other input, a new .docx of the plan's text with the same.
// The input is never written: the caller writes the bytes elsewhere.
#include <string>

#include "checker/report/report.h"

namespace plancheck::report {

struct AnnotatedCopy {
  std::string bytes;  // the .docx
  int comments = 0;
  int changes = 0;  // tracked changes (each a w:del + w:ins)
};

// Reads the plan's file again (a .docx is edited part by part; the Document alone has lost the
// runs). Throws InputError when the file cannot be read again and std::runtime_error when the
// package cannot be made.
AnnotatedCopy RenderAnnotatedCopy(const CheckedPlan& plan, const RenderOptions& options,
                                  bool rule_ids);

}  // namespace plancheck::report
