#include "checker/formats/msword/loader.h"

#include "checker/formats/docx/loader.h"
#include "checker/formats/msword/converter.h"

namespace plancheck {
namespace {

Document LoadConverted(const std::string& path, std::string_view bytes, std::string_view format) {
  const std::string docx = msword::ConvertToDocx(msword::Converter::FromEnvironment(), path, bytes,
                                                 std::string(".").append(format));
  Document doc = ParseDocx(path, docx);
  doc.format = format;
  return doc;
}

}  // namespace

Document LoadDoc(const std::string& path, std::string_view bytes) {
  return LoadConverted(path, bytes, "doc");
}

Document LoadWps(const std::string& path, std::string_view bytes) {
  return LoadConverted(path, bytes, "wps");
}

}  // namespace plancheck
