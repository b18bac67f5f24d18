#pragma once
// The uploads of one request, written to a private folder (mkdtemp, mode 0700) that is removed
// with everything in it when the last holder lets go: the loaders read files, and the annotated
// copy reads the .docx again. Files are named by their place in the request and the extension of
// a format plancheck reads; nothing of the client's file name reaches the file system.
#include <memory>
#include <string>
#include <vector>

#include "checker/serve/exchange.h"

namespace plancheck::serve {

class UploadFolder {
 public:
  // Throws std::runtime_error when the folder cannot be made (the temporary folder is full or
  // not writable).
  UploadFolder();
  UploadFolder(const UploadFolder&) = delete;
  UploadFolder& operator=(const UploadFolder&) = delete;
  ~UploadFolder();

  // Writes `upload` as "<stem>-<n><ext>" and returns its path. `extension` is the lower-case
  // extension of a format plancheck reads (".docx"), or "" for none.
  std::string Write(const Upload& upload, const std::string& stem, const std::string& extension);
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  int written_ = 0;
};

// The lower-case extension of `filename` when it is one of a format plancheck reads, else "".
std::string PlanExtension(const std::string& filename);

// What a page calls an upload: its last path component, without control characters, at most 120
// characters; "upload" when nothing is left.
std::string ShownName(const std::string& filename);

}  // namespace plancheck::serve
