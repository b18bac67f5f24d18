#pragma once
#include <string>
#include <string_view>

#include "checker/document/document.h"

namespace plancheck {

// Reads a WordprocessingML (.docx) plan into the same Document the text loader builds.
// Throws InputError (exit 3) for a file that is not a readable .docx, naming the broken part.
Document ParseDocx(const std::string& path, std::string_view bytes);

}  // namespace plancheck
