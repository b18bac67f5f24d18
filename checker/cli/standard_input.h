#pragma once
// `check -`: a plan piped in. Its name for the reports is --stdin-name (default "-"), whose
// extension says the format when the bytes do not.
#include <string>

#include "checker/document/document.h"

namespace plancheck::cli {

inline constexpr const char* kStandardInput = "-";

struct PipedPlan {
  Document document;
  std::string bytes;  // what was read: standard input cannot be read twice (--annotate's copy)
};

// Reads all of standard input (at most the format's size limit) and loads it. Throws InputError.
PipedPlan LoadStandardInput(const std::string& name);

}  // namespace plancheck::cli
