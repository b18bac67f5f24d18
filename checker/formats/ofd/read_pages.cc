// Reads an OFD (GB/T 33190-2016) plan page by page: the zip package (formats/zip), OFD.xml and
// Document.xml (package.cc), each page's TextObjects and PathObjects (page.cc).
#include "checker/formats/ofd/loader.h"

#include "checker/decode/input_error.h"
#include "checker/formats/ofd/package.h"
#include "checker/formats/ofd/page.h"

namespace plancheck {
namespace {

[[noreturn]] void NotAZip(const std::string& path, std::string_view bytes) {
  if (bytes.empty()) throw InputError(path, "文件是空的", "the file is empty");
  if (bytes.starts_with("%PDF-")) {
    throw InputError(path, "这是 PDF 文件，不是 OFD（改过扩展名？）",
                     "it is a PDF, not an OFD (renamed file?)");
  }
  throw InputError(path, "不是 zip 压缩包，因而不是 OFD（GB/T 33190）文件（改过扩展名？）",
                   "it is not a zip archive, so not an OFD (GB/T 33190) file (renamed file?)");
}

[[noreturn]] void NoTextLayer(const std::string& path, int images, std::size_t pages) {
  const std::string n = std::to_string(pages);
  if (images > 0) {
    throw InputError(path,
                     "是扫描版 OFD：" + n +
                         " 页只有图像，没有文字层；请索取原始 .docx/.ofd，"
                         "或先用 OCR 识别（plancheck 不做 OCR）",
                     "is a scanned OFD: its " + n +
                         " pages hold images and no text layer; ask for the original .docx or a "
                         "text OFD, or run OCR first (plancheck does not)",
                     {"扫描版 OFD", "scanned OFD", "无文字层", "no text layer"});
  }
  throw InputError(path, "共 " + n + " 页，没有任何文字（TextObject）",
                   "its " + n + " pages hold no text (no TextObject)",
                   {"无文字的 OFD", "OFD without text", "没有文字", "no text"});
}

}  // namespace

std::vector<PageText> ReadOfdPages(const std::string& path, std::string_view bytes,
                                   const OfdLimits& limits) {
  if (!bytes.starts_with("PK")) NotAZip(path, bytes);
  ZipArchive zip(path, bytes, limits.zip, ofd::kOfdPackage);
  const ofd::Layout layout = ofd::ReadLayout(zip, limits);
  std::vector<PageText> pages;
  std::size_t objects = 0;
  int images = 0;
  bool text = false;
  for (std::size_t i = 0; i < layout.pages.size(); ++i) {
    ofd::PageScan scan = ofd::ReadPage(zip, layout, i, limits, objects);
    images += scan.images;
    text = text || !scan.text.runs.empty();
    pages.push_back(std::move(scan.text));
  }
  if (!text) NoTextLayer(path, images, pages.size());
  return pages;
}

}  // namespace plancheck
