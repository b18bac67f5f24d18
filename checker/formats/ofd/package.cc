#include "checker/formats/ofd/package.h"

#include <pugixml.hpp>

#include "checker/decode/input_error.h"
#include "checker/formats/ofd/loader.h"
#include "checker/formats/ofd/xml.h"

namespace plancheck::ofd {
namespace {

std::string DirectoryOf(const std::string& part) {
  const std::size_t slash = part.rfind('/');
  return slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
}

std::string Trimmed(std::string_view text) {
  const std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return {};
  const std::size_t end = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(start, end - start + 1));
}

void ReadXml(ZipArchive& zip, const std::string& part, const std::string& named_by,
             pugi::xml_document& doc) {
  const std::optional<std::string> bytes = zip.Read(part);
  if (!bytes) {
    throw InputError(zip.path(),
                     named_by + " 指向的部件 " + part + " 在包中不存在；OFD 不完整或已损坏",
                     named_by + " names the part " + part +
                         ", which the package does not hold; the .ofd is incomplete or damaged");
  }
  ParseOfdXml(zip.path(), part, *bytes, doc);
}

// OFD.xml's first DocBody/DocRoot: the package may hold several documents; a plan is one.
std::string DocumentRoot(ZipArchive& zip) {
  if (!zip.Has("OFD.xml")) {
    throw InputError(zip.path(), "包中没有 OFD.xml，不是 OFD 文件（GB/T 33190）",
                     "the package has no OFD.xml, so it is not an OFD (GB/T 33190) file");
  }
  pugi::xml_document ofd;
  ReadXml(zip, "OFD.xml", "OFD", ofd);
  const std::string root =
      Trimmed(Child(Child(ofd.document_element(), "DocBody"), "DocRoot").text().get());
  if (root.empty()) {
    throw InputError(zip.path(), "OFD.xml 没有 DocBody/DocRoot（文档根节点）",
                     "OFD.xml has no DocBody/DocRoot naming the document");
  }
  return Resolve("OFD.xml", root);
}

Box PageArea(const std::string& path, const std::string& part, pugi::xml_node common) {
  const std::string_view text = Child(Child(common, "PageArea"), "PhysicalBox").text().get();
  const std::optional<Box> box = ParseBox(text);
  if (!box || box->width <= 0 || box->height <= 0) {
    throw InputError(path, part + " 的 CommonData/PageArea/PhysicalBox 缺失或不是“x y 宽 高”",
                     part + ": CommonData/PageArea/PhysicalBox is missing or not \"x y w h\"");
  }
  return *box;
}

std::vector<std::string> PageParts(const std::string& path, const std::string& part,
                                   pugi::xml_node pages, const OfdLimits& limits) {
  std::vector<std::string> out;
  for (const pugi::xml_node page : pages.children()) {
    if (Local(page) != "Page") continue;
    if (static_cast<int>(out.size()) == limits.max_pages) {
      const std::string limit = std::to_string(limits.max_pages);
      throw InputError(
          path, part + " 列出超过 " + limit + " 页；拒绝读取（一份规划只有几十页）",
          part + " lists more than " + limit + " pages; refused (a plan has a few dozen)");
    }
    out.push_back(Resolve(part, page.attribute("BaseLoc").value()));
  }
  return out;
}

}  // namespace

std::string Resolve(const std::string& base_part, std::string_view target) {
  const std::string joined = target.starts_with('/') ? std::string(target.substr(1))
                                                     : DirectoryOf(base_part) + std::string(target);
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

void ReadFonts(ZipArchive& zip, const std::string& part, Fonts& fonts) {
  const std::optional<std::string> bytes = zip.Read(part);
  if (!bytes) return;  // a dangling resource file: readers show the text in a default font
  pugi::xml_document res;
  ParseOfdXml(zip.path(), part, *bytes, res);
  for (const pugi::xml_node list : res.document_element().children()) {
    if (Local(list) != "Fonts") continue;
    for (const pugi::xml_node font : list.children()) {
      if (Local(font) != "Font") continue;
      const std::string name = font.attribute("FontName").value();
      const bool bold = font.attribute("Bold").as_bool() ||
                        name.find("Bold") != std::string::npos ||
                        name.find("bold") != std::string::npos;
      fonts[font.attribute("ID").value()] = Font{name, bold};
    }
  }
}

Layout ReadLayout(ZipArchive& zip, const OfdLimits& limits) {
  Layout layout;
  layout.document_part = DocumentRoot(zip);
  pugi::xml_document doc;
  ReadXml(zip, layout.document_part, "OFD.xml DocRoot", doc);
  const pugi::xml_node root = doc.document_element();
  const pugi::xml_node common = Child(root, "CommonData");
  layout.page_area = PageArea(zip.path(), layout.document_part, common);
  for (const pugi::xml_node node : common.children()) {
    if (Local(node) == "PublicRes" || Local(node) == "DocumentRes") {
      ReadFonts(zip, Resolve(layout.document_part, Trimmed(node.text().get())), layout.fonts);
    }
  }
  layout.pages = PageParts(zip.path(), layout.document_part, Child(root, "Pages"), limits);
  if (layout.pages.empty()) {
    throw InputError(zip.path(), layout.document_part + " 没有页面（Pages/Page）",
                     layout.document_part + " lists no pages (Pages/Page)");
  }
  return layout;
}

}  // namespace plancheck::ofd
