#include <fmt/format.h>

#include "checker/formats/format.h"
#include "checker/report/common.h"
#include "checker/serve/page_frame.h"
#include "checker/serve/pages.h"

namespace plancheck::serve {
namespace {

using report::Lang;
using report::Tr;

std::string AcceptedExtensions() {
  std::string out;
  for (const Format& format : Formats()) {
    for (const std::string_view extension : format.extensions) {
      if (!out.empty()) out += ",";
      out += extension;
    }
  }
  return out;
}

}  // namespace

std::string UploadPage(Lang lang, const ServeOptions& options) {
  const std::string accept = AcceptedExtensions();
  std::string out = PageStart(lang, Tr(lang, "上传规划", "Upload plans"), "/", "upload.js");
  out += fmt::format(
      "<h1>{}</h1>\n<p class=\"lead\">{}</p>\n"
      "<form id=\"upload\" method=\"post\" action=\"/check{}\" enctype=\"multipart/form-data\">\n"
      "<input type=\"hidden\" name=\"lang\" value=\"{}\">\n"
      "<label class=\"drop\" id=\"drop\" for=\"plan\">\n"
      "<input type=\"file\" name=\"plan\" id=\"plan\" multiple required accept=\"{}\">\n"
      "<span class=\"drop-text\">{}</span>\n<ul class=\"chosen\" id=\"chosen\"></ul>\n</label>\n",
      Tr(lang, "上传规划，检查与上级框架的差距", "Upload a plan and see its gaps"),
      Tr(lang,
         "把一份或几份规划拖到下面（或点击选择），检查其是否落实上级规划框架的要求：缺了什么、"
         "哪里弱于要求、依据哪一条、应当怎么补。",
         "Drop one or several plans below (or click to choose them) to check them against the "
         "frameworks they implement: what is missing or weaker than required, where, the clause "
         "it comes from, and what to add."),
      LangQuery(lang), lang == Lang::kZh ? "zh" : "en", accept,
      Tr(lang, "把规划文件拖到这里，或点击选择（可多份）",
         "Drop plan files here, or click to choose (several allowed)"));
  out += fmt::format(
      "<fieldset class=\"optional\">\n<legend>{}</legend>\n"
      "<label>{}<input type=\"file\" name=\"against\" id=\"against\" accept=\"{}\"></label>\n"
      "<label>{}<input type=\"text\" name=\"region\" id=\"region\" placeholder=\"{}\"></label>\n"
      "<label>{}<input type=\"text\" name=\"period\" id=\"period\" placeholder=\"2021-2025\" "
      "pattern=\"[0-9]{{4}}-[0-9]{{4}}\"></label>\n</fieldset>\n"
      "<button type=\"submit\" id=\"submit\">{}</button>\n"
      "<p class=\"busy\" id=\"busy\" hidden>{}</p>\n</form>\n",
      Tr(lang, "可选", "Optional"),
      Tr(lang, "对照的上级规划（衔接审核）", "Higher-level plan to check against"), accept,
      Tr(lang, "地区（正文未写明时）", "Region (when the text does not say)"),
      Tr(lang, "例如 上海市/松江区", "e.g. 上海市/松江区"),
      Tr(lang, "规划期（正文未写明时）", "Plan period (when the text does not say)"),
      Tr(lang, "检查", "Check"), Tr(lang, "正在检查，请稍候……", "Checking, please wait…"));
  out += fmt::format(
      "<p class=\"limits\" id=\"limits\">{}</p>\n",
      report::HtmlEscape(fmt::format(
          fmt::runtime(Tr(lang, "可读格式：{}。一次最多 {} 份，合计不超过 {} MB。",
                          "Formats read: {}. At most {} files, {} MB in all, per upload.")),
          accept, options.max_files,
          report::FormatNumber(static_cast<double>(options.max_upload) / (1u << 20)))));
  out += PageEnd(lang);
  return out;
}

}  // namespace plancheck::serve
