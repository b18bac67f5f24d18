#pragma once
#include <string>
#include <string_view>

#include "checker/document/document.h"

namespace plancheck {

// Reads a binary Word 97-2003 .doc, or a Kingsoft WPS .wps, by converting it to .docx with
// LibreOffice (msword/converter.h) and reading that as a .docx: Document::format "doc" / "wps",
// Document::path the original. Without LibreOffice: InputError (exit 3) saying how to go on.
Document LoadDoc(const std::string& path, std::string_view bytes);
Document LoadWps(const std::string& path, std::string_view bytes);

}  // namespace plancheck
