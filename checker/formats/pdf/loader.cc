// The PDF loader: poppler's C++ API gives the words of each page with their boxes and fonts; the
// ruling lines of tables, which that API does not expose, are found on a rendering of the page
// (rules.cc). Everything after the positions is the shared fixed-layout builder (page_text.h).
#include "checker/formats/pdf/loader.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <memory>
#include <mutex>

#include "checker/decode/input_error.h"
#include "checker/document/page_text.h"
#include "checker/formats/pdf/rules.h"

namespace plancheck {
namespace {

// poppler reports damage on stderr; plancheck's messages say what matters, once.
void Silence() {
  static std::once_flag once;
  std::call_once(
      once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// The font's name says bold where the producer embedded a bold face ("ABCDEF+SimSun-Bold").
bool IsBoldFont(const std::string& name) {
  const std::string lower = Lower(name);
  for (const char* mark : {"bold", "heavy", "black", "semibold", "demi"}) {
    if (lower.find(mark) != std::string::npos) return true;
  }
  return false;
}

// Word's symbol characters (w:sym, Symbol font) reach the text layer as the font's private-use
// codes U+F020–U+F0FF; the math ones a plan's targets use are read as what they show (≥3).
char16_t FromSymbolFont(char16_t unit) {
  static constexpr std::pair<char16_t, char16_t> kMath[] = {
      {0xF0A3, u'≤'}, {0xF0B3, u'≥'}, {0xF0B1, u'±'}, {0xF0B4, u'×'}, {0xF0B8, u'÷'},
      {0xF0B9, u'≠'}, {0xF0BB, u'≈'}, {0xF0B0, u'°'}, {0xF0AE, u'→'}, {0xF0B7, u'•'}};
  for (const auto& [from, to] : kMath) {
    if (from == unit) return to;
  }
  return unit;
}

std::string Utf8(poppler::ustring text) {
  for (auto& unit : text) unit = FromSymbolFont(static_cast<char16_t>(unit));
  const poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

PageText ReadPage(const std::string& path, const poppler::page& page, int number,
                  const PdfLimits& limits) {
  PageText out;
  out.number = number;
  const poppler::rectf box = page.page_rect();
  out.width = box.width();
  out.height = box.height();
  std::vector<poppler::text_box> words = page.text_list(poppler::page::text_list_include_font);
  if (words.size() > limits.max_runs_per_page) {
    throw InputError(path,
                     "第 " + std::to_string(number) + " 页有 " + std::to_string(words.size()) +
                         " 个文字块，超过上限 " + std::to_string(limits.max_runs_per_page) +
                         "；不是一份规划的页面，拒绝读取",
                     "page " + std::to_string(number) + " holds " + std::to_string(words.size()) +
                         " words, more than the " + std::to_string(limits.max_runs_per_page) +
                         " a plan's page may; refused");
  }
  for (const poppler::text_box& word : words) {
    const poppler::rectf r = word.bbox();
    TextRun run;
    run.x = r.x();
    run.y = r.y() + r.height();  // the box's foot: near enough the baseline for lines
    run.width = r.width();
    run.size = word.has_font_info() && word.get_font_size() > 0 ? word.get_font_size() : r.height();
    run.bold = word.has_font_info() && IsBoldFont(word.get_font_name());
    run.text = Utf8(word.text());
    out.runs.push_back(std::move(run));
  }
  return out;
}

std::unique_ptr<poppler::document> Open(const std::string& path, std::string_view bytes) {
  if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) {
    throw InputError(path, "PDF 文件过大", "the PDF is too large");
  }
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!pdf) {
    throw InputError(path, "不是可读的 PDF 文件（已损坏或不完整），请重新导出或索取原件",
                     "is not a readable PDF (damaged or truncated); export it again or ask for "
                     "the original",
                     {"损坏的 PDF", "damaged PDF", "无法打开", "cannot be opened"});
  }
  if (pdf->is_locked()) {
    throw InputError(path, "PDF 已加密（需要打开密码），请去除密码后再检查，或索取原始 .docx",
                     "the PDF is encrypted (it needs a password to open); remove the password "
                     "or ask for the original .docx",
                     {"加密 PDF", "encrypted PDF", "需要打开密码", "needs a password"});
  }
  return pdf;
}

// A file cut short still opens: poppler rebuilds what it can. Its end marker says whether it is.
bool LooksTruncated(std::string_view bytes) {
  const std::string_view tail = bytes.substr(bytes.size() > 1024 ? bytes.size() - 1024 : 0);
  return tail.find("%%EOF") == std::string_view::npos;
}

void CheckText(const std::string& path, std::string_view bytes,
               const std::vector<PageText>& pages) {
  const bool text =
      std::any_of(pages.begin(), pages.end(), [](const PageText& p) { return !p.runs.empty(); });
  if (text) return;
  if (LooksTruncated(bytes)) {
    throw InputError(path, "PDF 文件不完整（被截断），读不出文字，请重新下载或导出",
                     "the PDF is truncated and no text can be read from it; download or "
                     "export it again",
                     {"不完整的 PDF", "truncated PDF", "文件被截断", "cut short"});
  }
  throw InputError(path,
                   "是扫描版 PDF，没有文字层（页面只是图片），无法检查；请先做 OCR 文字识别，"
                   "或索取原始 .docx",
                   "is a scanned PDF: its pages are images with no text layer, so there is "
                   "nothing to check; run OCR on it first, or ask for the original .docx",
                   {"扫描版 PDF", "scanned PDF", "无文字层", "no text layer"});
}

}  // namespace

Document LoadPdf(const std::string& path, std::string_view bytes, const PdfLimits& limits) {
  Silence();
  const std::unique_ptr<poppler::document> pdf = Open(path, bytes);
  const int count = pdf->pages();
  if (count <= 0) {
    throw InputError(path, "PDF 没有页面（文件已损坏）", "the PDF has no pages (it is damaged)");
  }
  if (count > limits.max_pages) {
    throw InputError(path,
                     "PDF 有 " + std::to_string(count) + " 页，超过上限 " +
                         std::to_string(limits.max_pages) + " 页",
                     "the PDF has " + std::to_string(count) + " pages, more than the " +
                         std::to_string(limits.max_pages) + " a plan may have");
  }
  std::vector<PageText> pages;
  std::size_t text_bytes = 0;
  for (int i = 0; i < count; ++i) {
    const std::unique_ptr<poppler::page> page(pdf->create_page(i));
    if (!page) {
      throw InputError(path, "第 " + std::to_string(i + 1) + " 页无法读取（文件已损坏）",
                       "page " + std::to_string(i + 1) + " cannot be read (the PDF is damaged)");
    }
    pages.push_back(ReadPage(path, *page, i + 1, limits));
    for (const TextRun& run : pages.back().runs) text_bytes += run.text.size();
    if (text_bytes > limits.max_text_bytes) {
      throw InputError(path, "PDF 的文字超过一份规划可有的 64 MiB",
                       "the PDF's text is larger than the 64 MiB a plan may be");
    }
    if (!pages.back().runs.empty()) pages.back().rules = RulesOnPage(*page);
  }
  CheckText(path, bytes, pages);
  return BuildFromPages(path, "pdf", pages);
}

Document LoadPdf(const std::string& path, std::string_view bytes) {
  return LoadPdf(path, bytes, PdfLimits{});
}

}  // namespace plancheck
