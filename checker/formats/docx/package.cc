#include "checker/formats/docx/package.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "checker/decode/input_error.h"
#include "checker/formats/docx/xml.h"

namespace plancheck::docx {
namespace {

constexpr std::string_view kWordMainTypes[] = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
};

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// What a file that is not a zip archive most likely is, for the message.
// Why bytes named .docx are not one, in Chinese and English.
std::pair<std::string, std::string> NotZipReason(std::string_view bytes) {
  if (bytes.empty()) return {"文件是空的", "the file is empty"};
  if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    return {
        "这是 OLE2 复合文件——Word 97-2003 的 .doc，或设了密码的 .docx；请另存一份无密码的 .docx",
        "it is an OLE2 compound file — a Word 97-2003 .doc, or a password-protected .docx; "
        "save an unprotected copy as .docx"};
  }
  if (bytes.starts_with("{\\rtf"))
    return {"这是 RTF 文件；请另存为 .docx", "it is an RTF file; save it as .docx"};
  if (bytes.starts_with("<?xml") || bytes.starts_with("\xEF\xBB\xBF<?xml")) {
    return {"这是单个 XML 文件（Word 2003 XML 或 Flat OPC？）；请另存为 .docx",
            "it is a bare XML file (Word 2003 XML or flat OPC?); save it as .docx"};
  }
  return {"不是 zip 压缩包，因而不是 .docx（改过扩展名？）",
          "it is not a zip archive, so not a .docx (renamed file?)"};
}

// Directory part of a part name, with its trailing slash: "word/" for "word/document.xml".
std::string DirectoryOf(const std::string& part) {
  const std::size_t slash = part.rfind('/');
  return slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
}

// _rels/.rels for "", word/_rels/document.xml.rels for "word/document.xml".
std::string RelsPartOf(const std::string& part) {
  const std::size_t slash = part.rfind('/');
  const std::string dir = slash == std::string::npos ? "" : part.substr(0, slash + 1);
  const std::string file = slash == std::string::npos ? part : part.substr(slash + 1);
  return dir + "_rels/" + file + ".rels";
}

}  // namespace

std::string ResolvePartName(const std::string& source_part, std::string_view target) {
  std::string joined = target.starts_with('/') ? std::string(target.substr(1))
                                               : DirectoryOf(source_part) + std::string(target);
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= joined.size()) {
    std::size_t end = joined.find('/', start);
    if (end == std::string::npos) end = joined.size();
    const std::string segment = joined.substr(start, end - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string out;
  for (const std::string& segment : segments) out += (out.empty() ? "" : "/") + segment;
  return out;
}

namespace {

// The bytes are checked before libzip sees them, so that a .doc or an RTF says what it is.
std::string_view CheckedZip(const std::string& path, std::string_view bytes) {
  if (!bytes.starts_with("PK")) {
    const auto [zh, en] = NotZipReason(bytes);
    throw InputError(path, "不是可读的 .docx：" + zh, "not a readable .docx: " + en);
  }
  return bytes;
}

}  // namespace

Package::Package(const std::string& path, std::string_view bytes, const DocxLimits& limits)
    : archive_(path, CheckedZip(path, bytes), limits, kDocxPackage) {}

bool Package::Has(const std::string& part) const { return archive_.Has(part); }

std::optional<std::string> Package::Read(const std::string& part) { return archive_.Read(part); }

std::map<std::string, std::string> Package::Related(const std::string& part) {
  std::map<std::string, std::string> related;
  const std::string rels_part = RelsPartOf(part);
  const std::optional<std::string> bytes = Read(rels_part);
  if (!bytes) return related;
  XmlPart rels;
  ParseXmlPart(path(), rels_part, *bytes, rels);
  for (const pugi::xml_node rel : rels.root().children()) {
    if (LocalName(rel) != "Relationship") continue;
    if (std::string_view(rel.attribute("TargetMode").value()) == "External") continue;
    const std::string_view type = rel.attribute("Type").value();
    const std::string kind(type.substr(type.rfind('/') + 1));
    related.emplace(kind, ResolvePartName(part, rel.attribute("Target").value()));
  }
  return related;
}

std::string Package::ContentType(const std::string& part) {
  const std::optional<std::string> bytes = Read("[Content_Types].xml");
  if (!bytes) {
    if (Has("mimetype")) {
      throw InputError(path(), "是改了扩展名的 OpenDocument 文件（.odt）；请另存为 .docx",
                       "is an OpenDocument file (.odt) renamed .docx; save it as .docx");
    }
    throw InputError(path(),
                     "缺少部件 [Content_Types].xml：不是 Office Open XML 包；请重新另存为 .docx",
                     "missing part [Content_Types].xml: not an Office Open XML package; re-save "
                     "it as .docx");
  }
  XmlPart types;
  ParseXmlPart(path(), "[Content_Types].xml", *bytes, types);
  const std::string want = std::string("/").append(Lower(part));  // not "/" + : GCC 12 -Wrestrict
  const std::size_t dot = part.rfind('.');
  const std::string extension = dot == std::string::npos ? "" : Lower(part.substr(dot + 1));
  std::string by_extension;
  for (const pugi::xml_node node : types.root().children()) {
    if (LocalName(node) == "Override" && Lower(node.attribute("PartName").value()) == want) {
      return node.attribute("ContentType").value();
    }
    if (LocalName(node) == "Default" && Lower(node.attribute("Extension").value()) == extension) {
      by_extension = node.attribute("ContentType").value();
    }
  }
  return by_extension;
}

std::string Package::MainPart() {
  std::string main = "word/document.xml";
  const auto related = Related("");
  if (const auto it = related.find("officeDocument"); it != related.end()) main = it->second;
  const std::string type = ContentType(main);
  if (!Has(main)) {
    throw InputError(
        path(), "缺少部件 " + main + "（正文）：.docx 不完整或已损坏",
        "missing part " + main + " (the main document): the .docx is incomplete or damaged");
  }
  if (std::find(std::begin(kWordMainTypes), std::end(kWordMainTypes), type) !=
      std::end(kWordMainTypes)) {
    return main;
  }
  std::string what = "wrong content type '" + type + "' for part " + main;
  std::string zh = "部件 " + main + " 的内容类型是“" + type + "”";
  if (type.find("spreadsheetml") != std::string::npos) {
    what += " (an Excel workbook?)";
    zh += "（是 Excel 工作簿？）";
  }
  if (type.find("presentationml") != std::string::npos) {
    what += " (a PowerPoint file?)";
    zh += "（是 PowerPoint 文件？）";
  }
  throw InputError(path(), zh + "；.docx 的正文部件应是 WordprocessingML 文档",
                   what + "; a .docx main part is a WordprocessingML document");
}

}  // namespace plancheck::docx
