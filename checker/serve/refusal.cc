#include "checker/serve/refusal.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "checker/report/common.h"
#include "checker/serve/page_frame.h"

namespace plancheck::serve {
namespace {

using report::Lang;

struct Wording {
  std::string title;
  std::string advice;
};

std::string Megabytes(std::size_t bytes) {
  return report::FormatNumber(static_cast<double>(bytes) / (1u << 20)) + " MB";
}

Wording Words(Refusal refusal, Lang lang, const ServeOptions& o) {
  const bool zh = lang == Lang::kZh;
  switch (refusal) {
    case Refusal::kTooLarge:
      return zh ? Wording{"上传的文件太大",
                          fmt::format(
                              "一次上传合计不能超过 {}。请分几次上传，或压缩文件中的图片后再试。",
                              Megabytes(o.max_upload))}
                : Wording{"The upload is too large",
                          fmt::format("One upload may hold at most {} in all. Upload fewer files "
                                      "at a time, or shrink the pictures in the document.",
                                      Megabytes(o.max_upload))};
    case Refusal::kTooManyFiles:
      return zh ? Wording{"文件太多",
                          fmt::format("一次最多检查 {} 份规划。请分几次上传。", o.max_files)}
                : Wording{
                      "Too many files",
                      fmt::format(
                          "At most {} plans are checked at a time. Upload them in several goes.",
                          o.max_files)};
    case Refusal::kNoPlan:
      return zh ? Wording{"没有收到规划文件", "请选择或拖入至少一份规划文件后再点“检查”。"}
                : Wording{"No plan was uploaded",
                          "Choose or drop at least one plan, then press Check."};
    case Refusal::kUnsupportedType:
      return zh ? Wording{"不支持的文件类型",
                          "plancheck 读取 .docx .doc .wps .pdf .odt .ofd .html .txt "
                          ".md；请另存为其中一种格式后再上传。"}
                : Wording{"A file type plancheck does not read",
                          "plancheck reads .docx .doc .wps .pdf .odt .ofd .html .txt .md; save the "
                          "file as one of them and upload it again."};
    case Refusal::kBadForm:
      return zh ? Wording{"表单填写有误", "请按下面的说明改正后重新提交。"}
                : Wording{"Something in the form is wrong",
                          "Correct it as said below and submit again."};
    case Refusal::kUnreadable:
      return zh ? Wording{"无法读取上传的文件",
                          "下面说明了每份文件的问题和处理办法；服务器仍在正常运行，可以改正后重新上"
                          "传。"}
                : Wording{"The upload could not be read",
                          "What is wrong with each file, and what to do, is said below; the server "
                          "is still running, so upload again once it is fixed."};
    case Refusal::kBusy:
      return zh ? Wording{"服务器正忙", "同时在检查的规划太多。请稍候几秒再试。"}
                : Wording{"The server is busy",
                          "Too many plans are being checked at once. Try again in a few seconds."};
    case Refusal::kClosing:
      return zh ? Wording{"服务器正在关闭",
                          "正在进行的检查完成后服务即停止。请稍后再试，或联系管理员。"}
                : Wording{"The server is shutting down",
                          "It stops once the checks under way finish. Try again later, or ask the "
                          "administrator."};
    case Refusal::kTimedOut:
      return zh ? Wording{"检查超时",
                          fmt::format(
                              "检查超过了 {} 秒的时限。请上传较小的文件，或把规划拆分后分别检查。",
                              o.timeout.count())}
                : Wording{"The check took too long",
                          fmt::format("The check went past its limit of {} seconds. Upload a "
                                      "smaller file, or check the plan in parts.",
                                      o.timeout.count())};
    case Refusal::kNotFound:
      return zh ? Wording{"页面不存在", "请从首页上传规划。"}
                : Wording{"No such page", "Upload a plan from the start page."};
    case Refusal::kReportGone:
      return zh ? Wording{"报告已失效",
                          "报告只在内存中保存一小时（服务器重启后也会失效）。请重新上传规划。"}
                : Wording{"The report is gone",
                          "Reports are kept in memory for an hour (and not across a restart). "
                          "Upload the plan again."};
    case Refusal::kMethod:
      return zh ? Wording{"不支持的请求方法", "页面用 GET，检查用 POST /check 或 POST /api/check。"}
                : Wording{"Method not allowed",
                          "Pages are GET; checks are POST /check or POST /api/check."};
    case Refusal::kFailed:
      return zh ? Wording{"检查出错",
                          "这是 plancheck 的缺陷，不是规划的问题；请把下面的信息报告给管理员。"}
                : Wording{"The check failed",
                          "This is a plancheck defect, not a problem of the plan; please report "
                          "what is below to the administrator."};
  }
  return {};
}

}  // namespace

int RefusalStatus(Refusal refusal) {
  switch (refusal) {
    case Refusal::kTooLarge:
    case Refusal::kTooManyFiles:
      return 413;
    case Refusal::kNoPlan:
    case Refusal::kBadForm:
      return 400;
    case Refusal::kUnsupportedType:
      return 415;
    case Refusal::kUnreadable:
      return 422;
    case Refusal::kBusy:
      return 429;
    case Refusal::kClosing:
      return 503;
    case Refusal::kTimedOut:
      return 408;
    case Refusal::kNotFound:
    case Refusal::kReportGone:
      return 404;
    case Refusal::kMethod:
      return 405;
    case Refusal::kFailed:
      return 500;
  }
  return 500;
}

HttpResponse Refuse(Refusal refusal, Lang lang, const ServeOptions& options, bool api,
                    const std::string& detail) {
  const Wording words = Words(refusal, lang, options);
  HttpResponse response;
  response.status = RefusalStatus(refusal);
  if (refusal == Refusal::kBusy || refusal == Refusal::kClosing) {
    response.headers.emplace_back("Retry-After", "5");
  }
  if (api) {
    nlohmann::json error = {
        {"status", response.status},
        {"message", words.title + (lang == Lang::kZh ? "：" : ": ") + words.advice}};
    if (!detail.empty()) error["detail"] = detail;
    response.content_type = "application/json; charset=utf-8";
    response.body = nlohmann::json{{"error", error}}.dump(2) + "\n";
    return response;
  }
  response.body = PageStart(lang, words.title, "/");
  response.body += fmt::format(
      "<section class=\"refusal\" id=\"refusal\" data-status=\"{}\">\n<h1>{}</h1>\n<p>{}</p>\n",
      response.status, report::HtmlEscape(words.title), report::HtmlEscape(words.advice));
  if (!detail.empty()) {
    response.body +=
        "<pre class=\"detail\" id=\"refusal-detail\">" + report::HtmlEscape(detail) + "</pre>\n";
  }
  response.body += fmt::format("<p><a class=\"button\" href=\"/{}\">{}</a></p>\n</section>\n",
                               LangQuery(lang), report::Tr(lang, "返回上传页", "Back to upload"));
  response.body += PageEnd(lang);
  return response;
}

}  // namespace plancheck::serve
