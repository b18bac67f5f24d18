#pragma once
#include <string>
#include <string_view>

#include "checker/document/document.h"
#include "checker/formats/zip/archive.h"

namespace plancheck {

// Reads an OpenDocument text (.odt, as LibreOffice and WPS save it) into the same Document the
// .docx loader builds: paragraphs and headings with their list numbers rendered, tables,
// footnotes. Throws InputError (exit 3) naming the file and the broken part; the package is held
// to the limits of a .docx (zip bombs, DTDs, nesting).
Document LoadOdt(const std::string& path, std::string_view bytes);
Document LoadOdt(const std::string& path, std::string_view bytes, const ZipLimits& limits);

}  // namespace plancheck
