#include "checker/serve/page_frame.h"

#include <fmt/format.h>

#include "checker/report/common.h"

namespace plancheck::serve {

using report::HtmlEscape;
using report::Lang;
using report::Tr;

std::string LangQuery(Lang lang) { return lang == Lang::kZh ? "?lang=zh" : "?lang=en"; }

std::string PageStart(Lang lang, std::string_view title, std::string_view here,
                      std::string_view script) {
  const Lang other = lang == Lang::kZh ? Lang::kEn : Lang::kZh;
  std::string out = fmt::format(
      "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{} — plancheck</title>\n<link rel=\"stylesheet\" href=\"/assets/serve.css\">\n",
      lang == Lang::kZh ? "zh-CN" : "en", HtmlEscape(title));
  if (!script.empty()) out += fmt::format("<script src=\"/assets/{}\" defer></script>\n", script);
  out += fmt::format(
      "</head>\n<body>\n<header class=\"top\">\n<a class=\"brand\" href=\"/{}\">plancheck</a>\n"
      "<span class=\"tagline\">{}</span>\n<a class=\"lang\" id=\"lang-switch\" "
      "href=\"{}{}\">{}</a>\n"
      "</header>\n<main>\n",
      LangQuery(lang),
      Tr(lang, "公共法律服务体系建设规划合规检查",
         "Compliance check for public legal service plans"),
      HtmlEscape(here), LangQuery(other), other == Lang::kEn ? "English" : "中文");
  return out;
}

std::string PageEnd(Lang lang) {
  return fmt::format(
      "</main>\n<footer class=\"foot\">{}</footer>\n</body>\n</html>\n",
      Tr(lang,
         "上传的文件只在检查时保存在服务器的临时文件夹中，检查完即删除；报告只保存在内存中，一小时"
         "后失效。",
         "Uploads are kept in a private temporary folder only while they are checked; reports "
         "stay in memory only, for an hour."));
}

}  // namespace plancheck::serve
