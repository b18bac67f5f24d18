// Reads a saved web page natively with libxml2's HTML parser (the HTML5-tolerant one browsers'
// "save as" output needs): decoded by its charset first (charset), the site's furniture told
// from the article (page), the article read into blocks and tables (body, table).
#include "checker/formats/html/loader.h"

#include <libxml/HTMLparser.h>

#include <memory>

#include "checker/decode/input_error.h"
#include "checker/document/builders.h"
#include "checker/document/writing_window.h"
#include "checker/formats/html/body.h"
#include "checker/formats/html/charset.h"
#include "checker/formats/html/page.h"

namespace plancheck {
namespace {

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

std::unique_ptr<xmlDoc, DocFree> Parse(const std::string& path, const std::string& utf8) {
  static const bool initialised = (xmlInitParser(), true);  // once, before any thread parses
  (void)initialised;
  // No network, no error output, recover from what browsers recover from; the bytes are UTF-8
  // already, whatever the page's <meta> says.
  constexpr int kOptions = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                           HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT;
  std::unique_ptr<xmlDoc, DocFree> doc(
      htmlReadMemory(utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8", kOptions));
  if (doc == nullptr || xmlDocGetRootElement(doc.get()) == nullptr) {
    throw InputError(path,
                     "网页无法解析（没有 HTML 元素）；请用浏览器重新保存网页，或保存为 .docx/.txt",
                     "the page cannot be parsed as HTML (no element); save it again from the "
                     "browser, or as .docx or .txt");
  }
  return doc;
}

// The 索引号 box's 文号 and 成文日期 where the plan's own text gives none.
void AddInfoBox(const html::InfoBox& box, Document& doc) {
  bool changed = false;
  if (doc.metadata.doc_number.empty() && !box.doc_number.empty()) {
    doc.metadata.doc_number = box.doc_number;
    changed = true;
  }
  if (doc.metadata.date.empty() && !box.date.empty()) {
    doc.metadata.date = box.date;
    changed = true;
  }
  if (changed) doc.metadata.written = ReadWrittenWindow(doc, doc.metadata);
}

}  // namespace

Document LoadHtml(const std::string& path, std::string_view bytes, const HtmlLimits& limits) {
  if (bytes.size() > limits.max_bytes) {
    const std::string mib = std::to_string(limits.max_bytes >> 20);
    throw InputError(path,
                     "网页大于 " + mib + " MiB（规划网页通常只有几百 kB）；请确认文件是否正确",
                     "the page is larger than the " + mib +
                         " MiB a web page may be (a plan's page is a few hundred kB); is it the "
                         "right file?");
  }
  const html::DecodedPage decoded = html::DecodePage(bytes, path);
  const auto parsed = Parse(path, decoded.utf8);
  const html::Page page(parsed.get(), path, limits);

  Document doc;
  doc.path = path;
  doc.format = "html";
  doc.encoding = decoded.encoding;
  doc.line_count = html::ReadArticle(page, doc);
  if (doc.blocks.empty()) {
    throw InputError(
        path,
        "网页中没有正文（只有导航、页眉页脚等）；请保存规划正文所在的网页，或保存为 .docx/.txt",
        "the page has no body text (only navigation, headers and footers); save "
        "the page that shows the plan's text, or save it as .docx or .txt");
  }
  FinishDocument(doc);
  AddInfoBox(page.Info(), doc);
  return doc;
}

Document LoadHtml(const std::string& path, std::string_view bytes) {
  return LoadHtml(path, bytes, HtmlLimits{});
}

}  // namespace plancheck
