#include "checker/cli/annotated_copy_output.h"

#include <iostream>
#include <stdexcept>

#include <fmt/format.h>

#include "checker/cli/usage_error.h"
#include "checker/decode/input_error.h"
#include "checker/report/common.h"
#include "checker/report/docx/annotated_copy.h"

namespace plancheck::cli {

std::string AnnotatedCopyBytes(const report::CheckedPlan& plan,
                               const report::RenderOptions& options, bool rule_ids,
                               const std::string& shown, int& comments, int& changes) {
  try {
    report::AnnotatedCopy copy = report::RenderAnnotatedCopy(plan, options, rule_ids);
    comments += copy.comments;
    changes += copy.changes;
    return std::move(copy.bytes);
  } catch (const std::runtime_error& e) {
    if (dynamic_cast<const InputError*>(&e) != nullptr) throw;
    throw UsageError(fmt::format(
        "{}: {}{}", shown,
        report::Tr(options.lang, "无法写入审阅稿：", "cannot write the annotated copy: "),
        e.what()));
  }
}

void ReportAnnotatedCopy(const std::string& path, int comments, int changes, report::Lang lang) {
  std::cerr << fmt::format(
      fmt::runtime(report::Tr(lang, "plancheck：已写出审阅稿 {}（批注 {} 条，修订 {} 处）\n",
                              "plancheck: wrote the annotated copy {} ({} comments, {} tracked "
                              "changes)\n")),
      path, comments, changes);
}

}  // namespace plancheck::cli
