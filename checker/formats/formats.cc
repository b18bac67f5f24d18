#include <algorithm>
#include <filesystem>

#include "checker/decode/decoded_text.h"
#include "checker/decode/input_error.h"
#include "checker/formats/docx/loader.h"
#include "checker/formats/format.h"
#include "checker/formats/html/loader.h"
#include "checker/formats/msword/loader.h"
#include "checker/formats/odt/loader.h"
#include "checker/formats/ofd/loader.h"
#include "checker/formats/pdf/loader.h"
#include "checker/formats/text/loader.h"

namespace plancheck {

const std::vector<Format>& Formats() {
  // One line per format. `signature` ties a format to what SniffFormat sees in its bytes.
  static const std::vector<Format> kFormats = {
      {"txt", {".txt", ".text"}, "", kMaxPlanBytes, LoadText},
      {"md", {".md", ".markdown"}, "", kMaxPlanBytes, LoadText},
      {"docx", {".docx"}, "zip-docx", kMaxPackageBytes, ParseDocx},
      {"odt", {".odt"}, "zip-odt", kMaxPackageBytes, LoadOdt},
      {"doc", {".doc"}, "ole", kMaxPackageBytes, LoadDoc},
      {"wps", {".wps"}, "ole", kMaxPackageBytes, LoadWps},
      {"html", {".html", ".htm"}, "html", kMaxHtmlBytes, LoadHtml},
      {"pdf", {".pdf"}, "pdf", kMaxPackageBytes, LoadPdf},
      {"ofd", {".ofd"}, "zip-ofd", kMaxPackageBytes, LoadOfd},
  };
  return kFormats;
}

namespace {

std::string LowerExtension(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

const Format* FormatBySignature(std::string_view signature) {
  if (signature.empty()) return nullptr;
  for (const Format& format : Formats()) {
    if (format.signature == signature) return &format;
  }
  return nullptr;
}

std::string KnownExtensions() {
  std::string list;
  for (const Format& format : Formats()) {
    for (const std::string_view extension : format.extensions) {
      list += list.empty() ? "" : " ";
      list += extension;
    }
  }
  return list;
}

}  // namespace

const Format* FormatByExtension(const std::string& path) {
  const std::string extension = LowerExtension(path);
  for (const Format& format : Formats()) {
    if (std::find(format.extensions.begin(), format.extensions.end(), extension) !=
        format.extensions.end()) {
      return &format;
    }
  }
  return nullptr;
}

Document LoadDocument(const std::string& path) {
  // The type first: a name plancheck cannot read is not read at all (/dev/zero, a 4 GB log).
  const Format* named = FormatByExtension(path);
  if (named == nullptr) {
    throw InputError(
        path, "未知的文件类型“" + LowerExtension(path) + "”；plancheck 读 " + KnownExtensions(),
        "unknown file type '" + LowerExtension(path) + "'; plancheck reads " + KnownExtensions());
  }
  return LoadDocumentBytes(path, ReadFileBytes(path, named->max_bytes));
}

Document LoadDocumentBytes(const std::string& path, std::string_view bytes) {
  const Format* named = FormatByExtension(path);
  // The bytes decide where they are sure: mail and OA systems rename files freely.
  const std::string_view signature = SniffFormat(bytes);
  // Formats may share a signature (.doc and .wps are both OLE2): the name's own format wins then.
  const Format* shown =
      named != nullptr && named->signature == signature ? named : FormatBySignature(signature);
  if (shown == nullptr) shown = named != nullptr ? named : FormatByExtension("plan.txt");
  return shown->load(path, bytes);
}

}  // namespace plancheck
