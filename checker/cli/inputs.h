#pragma once
// The plans named on the command line: files as given, folders walked for the formats plancheck
// reads; every other file found is listed as skipped, with the reason.
#include <string>
#include <vector>

#include "checker/report/report.h"

namespace plancheck::cli {

struct PlanInputs {
  std::vector<std::string> files;                // to check, in report order
  std::vector<report::InputFailure> unreadable;  // named or found, but not readable (exit 3)
  std::vector<report::SkippedFile> skipped;      // found in a folder, not a format plancheck reads
};

// Files and folders may be mixed. Folders are walked recursively (hidden entries skipped, and the
// folders in `skip`, such as the audit's own --out) and their plans sorted by path, so runs are
// stable; files keep the order given. Paths are kept relative as given ("corpus/" + "a.txt" ->
// "corpus/a.txt"), so reports name no absolute paths the user did not type. A duplicate is kept
// once. A path that does not exist, or a link that loops, is listed in `unreadable` and the rest
// are still checked. Throws UsageError (exit 2) when there is nothing at all to check.
PlanInputs ExpandInputs(const std::vector<std::string>& arguments, report::Lang lang,
                        const std::vector<std::string>& skip = {});

// outline and indicators read one plan: a folder is a usage error (exit 2) saying what to run.
void RequireOneFile(const std::string& path, const std::string& command, report::Lang lang);

// True for the extensions plancheck reads (checker/formats/formats.cc), any case.
bool IsPlanFile(const std::string& path);

// A path as reports show it: always UTF-8. A file name in another encoding (a GBK name from a
// Windows zip, say) is read as GB18030 where that gives Chinese text, else its bad bytes become
// U+FFFD, so JSON, XML and the report links built from it stay well-formed.
std::string DisplayPath(const std::string& path);

}  // namespace plancheck::cli
