#pragma once
// The audit's --out folder. What a reader opens are symbolic links into one complete version:
//   OUT/index.html -> .plancheck/current/index.html     (likewise plans/, matrix.csv, …)
//   OUT/.plancheck/current -> run-<hash>                 (the version a reader sees)
//   OUT/.plancheck/run-<hash>/index.html, plans/…        (the reports themselves)
// An audit stages the next version in OUT/.plancheck/staging-…, and commits it with one rename of
// the `current` link: a reader sees the old reports or the new ones, never a mix, and a run killed
// at any point leaves the old reports whole; what it left is removed by the next audit. A version
// is named by a hash of its content, so the same audit gives the same folder (reports/ diffs well
// in git). A lock on OUT/.plancheck/lock keeps two audits from writing into one folder at once.
// plancheck replaces nothing it did not write: a name it needs that holds someone else's file is
// refused (exit 2), and every other file in OUT is left alone.
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "checker/report/report.h"

namespace plancheck::cli {

class AuditStore {
 public:
  // Creates OUT if needed, takes the lock, removes what interrupted audits left, and checks that
  // each of the `shown` top-level names (index.html, plans, …) is absent, plancheck's link, or a
  // report an earlier plancheck wrote there as a plain file (which the commit then replaces).
  // Throws UsageError (exit 2) naming the entry and what to do.
  AuditStore(const std::string& out, std::vector<std::string> shown, report::Lang lang);
  ~AuditStore();  // removes the staging folder unless committed; releases the lock
  AuditStore(const AuditStore&) = delete;
  AuditStore& operator=(const AuditStore&) = delete;

  // Writes a file at `relative` (e.g. "plans/a.report.html") in the next version. Safe to call
  // from several threads for different files.
  void Write(const std::string& relative, std::string_view content);
  // Where a file at `relative` is staged, for writers that need a path (libxlsxwriter).
  std::string StagingPath(const std::string& relative);
  // Makes the staged version the one readers see.
  void Commit();

 private:
  void OpenStore();
  void TakeLock();
  void RemoveLeftovers();
  void CheckShownNames();
  void CheckCurrentVersion() const;
  [[noreturn]] void RefuseForeign(const std::string& path) const;
  void LinkShownNames();
  std::string Shown(const std::string& relative) const;

  std::string out_;
  std::string store_;  // OUT/.plancheck
  std::vector<std::string> shown_;
  std::string staging_;
  std::string current_;  // the version readers see now ("" when none)
  report::Lang lang_;
  int lock_fd_ = -1;
  std::mutex folders_;  // staging folders are made by one writer at a time
};

}  // namespace plancheck::cli
