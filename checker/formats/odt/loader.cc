// An .odt is a zip (zip/archive) with the body in content.xml and the named styles in
// styles.xml (odt/styles); lists are numbered as LibreOffice renders them (odt/lists) and the
// body is read into blocks and tables (odt/body).
#include "checker/formats/odt/loader.h"

#include <optional>

#include "checker/decode/input_error.h"
#include "checker/document/builders.h"
#include "checker/formats/odt/body.h"
#include "checker/formats/odt/styles.h"
#include "checker/formats/zip/xml.h"

namespace plancheck {
namespace {

constexpr std::string_view kTextTypes[] = {
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.text-template",
    "application/vnd.oasis.opendocument.text-master",
};

// A file that is not a zip at all, said as what it most likely is.
InputError NotZip(const std::string& path, std::string_view bytes) {
  if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    return InputError(path, "不是可读的 .odt：它是 OLE2 复合文件（Word 97-2003 .doc 或 .wps）",
                      "not a readable .odt: it is an OLE2 compound file (a Word 97-2003 .doc or a "
                      ".wps)");
  }
  return InputError(path, "不是可读的 .odt：文件不是 zip 压缩包（改了扩展名？）",
                    "not a readable .odt: it is not a zip archive (renamed file?)");
}

// The package says what it is in its first entry, "mimetype"; a spreadsheet or a drawing is
// refused by name.
void CheckMimetype(ZipArchive& archive) {
  const std::optional<std::string> type = archive.Read("mimetype");
  if (!type) return;  // optional in ODF 1.2 packages; content.xml decides
  for (const std::string_view text : kTextTypes) {
    if (*type == text) return;
  }
  throw InputError(archive.path(), "是 OpenDocument 文件，但不是文字文档（" + *type + "）",
                   "is an OpenDocument file but not a text document (" + *type +
                       "); a plan is a text document (.odt)");
}

std::string ReadPart(ZipArchive& archive, const std::string& name, bool required) {
  std::optional<std::string> bytes = archive.Read(name);
  if (bytes) return std::move(*bytes);
  if (!required) return "";
  throw InputError(archive.path(), "缺少部件 " + name + "（正文）：.odt 不完整或已损坏",
                   "missing part " + name + " (the body): the .odt is incomplete or damaged");
}

InputError NestedTooDeep(const std::string& path, const std::string& part) {
  const std::string limit = std::to_string(Nesting::kMaxNesting);
  return InputError(
      path, "部件 " + part + " 的元素嵌套超过 " + limit + " 层（表中表、列表中的列表…）；拒绝读取",
      "part " + part + " nests elements more than " + limit +
          " levels deep (tables in tables, lists in lists…); refused");
}

}  // namespace

Document LoadOdt(const std::string& path, std::string_view bytes, const ZipLimits& limits) {
  if (!bytes.starts_with("PK")) throw NotZip(path, bytes);
  ZipArchive archive(path, bytes, limits, kOdtPackage);
  CheckMimetype(archive);
  const std::string content_bytes = ReadPart(archive, "content.xml", true);
  const std::string styles_bytes = ReadPart(archive, "styles.xml", false);

  odt::StyleSheet styles;
  pugi::xml_document styles_doc;
  if (!styles_bytes.empty()) {
    ParseXml(path, kOdtPackage, "styles.xml", styles_bytes, styles_doc);
    styles.Read(styles_doc.document_element());
  }
  pugi::xml_document content;
  ParseXml(path, kOdtPackage, "content.xml", content_bytes, content);
  styles.Read(content.document_element());  // automatic styles of the body
  const pugi::xml_node text = content.document_element().child("office:body").child("office:text");
  if (!text) {
    throw InputError(path, "部件 content.xml 不是文字文档（没有 office:text）",
                     "part content.xml is not a text document (no office:text)");
  }

  Document doc;
  doc.path = path;
  doc.format = "odt";
  doc.encoding = "UTF-8";
  try {
    doc.line_count = odt::ReadBody(styles, text, doc);
  } catch (const TooDeep&) {
    throw NestedTooDeep(path, "content.xml");
  }
  FinishDocument(doc);
  return doc;
}

Document LoadOdt(const std::string& path, std::string_view bytes) {
  return LoadOdt(path, bytes, ZipLimits{});
}

}  // namespace plancheck
