#pragma once
// The plans named on the command line: files as given, folders walked for .txt, .md and .docx.
#include <string>
#include <vector>

#include "checker/report/report.h"

namespace plancheck::cli {

// Files and folders may be mixed. Folders are walked recursively (hidden entries skipped) and
// their plans sorted by path, so runs are stable; files keep the order given. Paths are kept
// relative as given ("corpus/" + "a.txt" -> "corpus/a.txt"), so reports name no absolute paths
// the user did not type. A duplicate is kept once.
// Throws InputError (exit 3) for a path that does not exist, UsageError (exit 2) when nothing
// remains to check.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& arguments, report::Lang lang);

// True for the extensions plancheck reads: .txt .md .docx (any case).
bool IsPlanFile(const std::string& path);

}  // namespace plancheck::cli
