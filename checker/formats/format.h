#pragma once
// The input formats plancheck reads. Each is a folder here with a loader that turns a file's bytes
// into the one Document; formats.cc lists them, one line per format.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "checker/document/document.h"

namespace plancheck {

struct Format {
  std::string_view name;                     // Document::format: "txt", "docx", "pdf" …
  std::vector<std::string_view> extensions;  // lower case, with the dot
  std::string_view signature;                // what SniffFormat calls such bytes ("" = text)
  std::size_t max_bytes;                     // a larger file is refused unread
  Document (*load)(const std::string& path, std::string_view bytes);
};

// Every format plancheck reads, in the order the README lists them.
const std::vector<Format>& Formats();

// The format a file name says (by extension, any case), or nullptr.
const Format* FormatByExtension(const std::string& path);

// What the bytes are, whatever the name says: "zip-docx", "zip-odt", "zip-ofd", "zip", "pdf",
// "ole" (binary .doc/.wps), "html", or "" for anything else (text, or unknown).
std::string_view SniffFormat(std::string_view bytes);

// Reads the file as the format its bytes show (a .doc named .docx, a PDF named .txt), else as its
// extension says. Throws InputError (exit 3) naming the file and the reason when it cannot.
Document LoadDocument(const std::string& path);

// The same for bytes already read (standard input): `path` is the name the reports give it, whose
// extension says the format when the bytes do not (text when it says none).
Document LoadDocumentBytes(const std::string& path, std::string_view bytes);

}  // namespace plancheck
