#pragma once
// Binary Word and WPS files (.doc, .wps) made readable by LibreOffice: converted to .docx in a
// private temporary folder, with a time limit, without touching the original.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace plancheck::msword {

// How to run LibreOffice. Defaults from the environment: PLANCHECK_SOFFICE (the program; else
// `soffice` on PATH) and PLANCHECK_SOFFICE_TIMEOUT (seconds, default 120).
struct Converter {
  std::optional<std::string> soffice;  // nullopt: not installed
  std::chrono::seconds timeout{120};
  static Converter FromEnvironment();
};

// The .docx LibreOffice makes of `bytes` (the file at `path`, whose name the messages give).
// Throws InputError when LibreOffice is missing, fails, times out or is interrupted; the
// temporary folder is removed on every way out.
std::string ConvertToDocx(const Converter& converter, const std::string& path,
                          std::string_view bytes, std::string_view extension);

}  // namespace plancheck::msword
