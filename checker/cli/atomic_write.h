#pragma once
// Writes that never leave a half-written report: a temporary file or folder, renamed into place.
#include <string>
#include <string_view>

#include "checker/report/report.h"

namespace plancheck::cli {

// Writes `content` to `path` through a temporary file in the same folder, then renames it over
// `path`. Throws UsageError (exit 2) naming the path when it cannot be written.
void WriteFileAtomically(const std::string& path, std::string_view content, report::Lang lang);

// An output folder written as a whole (the audit's --out). Files are staged in a hidden temporary
// folder inside it and moved in by Commit(): top-level files are renamed over the old ones, and a
// subfolder (plans/) is swapped with the old one in one step, so stale reports of plans no longer
// audited disappear and a reader never sees a mix. Nothing else in the folder is touched; if
// Commit() is never reached the staging folder is removed and the old reports stay as they were.
class StagedDir {
 public:
  // Creates `out` if needed. Throws UsageError (exit 2) when it cannot be created or written.
  StagedDir(const std::string& out, report::Lang lang);
  ~StagedDir();
  StagedDir(const StagedDir&) = delete;
  StagedDir& operator=(const StagedDir&) = delete;

  // Writes a file at `relative` (e.g. "plans/a.html") in the staging folder.
  void Write(const std::string& relative, std::string_view content);
  // Where a file at `relative` is staged, for writers that need a path (libxlsxwriter).
  std::string StagingPath(const std::string& relative);
  void Commit();

 private:
  std::string out_;
  std::string staging_;
  report::Lang lang_;
};

}  // namespace plancheck::cli
