#pragma once
// Files the user names for plancheck to write (--output, --write-baseline), and the new files an
// audit stages. A report is never left half-written, and nothing but the named file is changed.
#include <string>
#include <string_view>
#include <vector>

#include "checker/report/report.h"

namespace plancheck::cli {

// Writes `content` to `path`, whatever `path` is now:
// - absent or a regular file: through a temporary file in the same folder, renamed over it (the
//   old file's permissions are kept);
// - a symbolic link: the file it points to is written so, and the link stays a link;
// - a device, FIFO or socket (/dev/null, /dev/stdout, a pipe): written in place, never replaced;
// - a folder: refused.
// Throws UsageError (exit 2) naming `path` (never the temporary file) when it cannot be written.
void WriteOutputFile(const std::string& path, std::string_view content, report::Lang lang);

// When a new file reaches the disk: before WriteNewFile returns, or later, with the other files
// of an audit's staging folder in one sync at its commit (SyncFolderTree).
enum class Sync { kNow, kLater };

// Writes `content` to a file that must not exist yet, flushed to disk (unless `sync` is kLater).
// `shown` is the name the user knows the file by (the report's final place), used in the error.
// Throws UsageError.
void WriteNewFile(const std::string& path, std::string_view content, const std::string& shown,
                  report::Lang lang, Sync sync = Sync::kNow);

// Flushes every file and folder under `dir` to disk: one syncfs(2) of its file system, or each
// file's fsync where that is not available. False (errno set) when the data may not be on disk.
bool SyncFolderTree(const std::string& dir);

// Throws UsageError when `output` (given with `option`, e.g. "--output") is the same file as one
// of `inputs`: a report written there would destroy the plan, the baseline or the config.
void RefuseOutputOverInput(const std::string& option, const std::string& output,
                           const std::vector<std::string>& inputs, report::Lang lang);

}  // namespace plancheck::cli
