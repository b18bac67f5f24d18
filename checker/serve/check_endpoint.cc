// POST /check and POST /api/check: the uploads checked by the CLI's own check run, within the
// limits — file count, type, concurrent checks, time — and stored for their page and downloads.
#include <exception>
#include <future>
#include <thread>

#include "checker/decode/input_error.h"
#include "checker/report/docx/annotated_copy.h"
#include "checker/serve/refusal.h"
#include "checker/serve/site.h"
#include "checker/serve/upload_folder.h"

namespace plancheck::serve {
namespace {

struct Written {
  CheckForm form;
  std::vector<std::string> shown;  // per plan file
};

// The uploads written to the request's folder, named by their place only.
Written WriteUploads(const std::vector<const Upload*>& plans,
                     const std::vector<const Upload*>& against, const HttpRequest& request,
                     UploadFolder& folder) {
  Written written;
  for (const Upload* u : plans) {
    written.form.plans.push_back(folder.Write(*u, "plan", PlanExtension(u->filename)));
    written.shown.push_back(ShownName(u->filename));
  }
  for (const Upload* u : against) {
    written.form.against.push_back(folder.Write(*u, "against", PlanExtension(u->filename)));
  }
  const auto field = [&](const char* name) {
    const auto it = request.fields.find(name);
    return it == request.fields.end() ? std::string() : it->second;
  };
  written.form.region = field("region");
  written.form.period = field("period");
  written.form.lang = RequestLang(request);
  return written;
}

void Replace(std::string& text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at)) {
    text.replace(at, from.size(), to);
    at += to.size();
  }
}

// The run as the pages show it: the uploads' own names where the check saw the folder's.
// The marked-up copies are made first, while the files are still there to be read again (not
// for /api/check, which answers with the JSON alone).
std::shared_ptr<StoredReport> Store(report::CheckRun run, const Written& written, bool api) {
  auto stored = std::make_shared<StoredReport>();
  stored->lang = written.form.lang;
  report::RenderOptions options;
  options.lang = written.form.lang;
  for (report::CheckedPlan& plan : run.plans) {
    try {
      if (api) throw std::runtime_error("not made for /api/check");
      stored->annotated.push_back(report::RenderAnnotatedCopy(plan, options, false).bytes);
      stored->annotated_error.emplace_back();
    } catch (const InputError& e) {
      stored->annotated.emplace_back();
      stored->annotated_error.push_back(e.Message(options.lang == report::Lang::kZh));
    } catch (const std::exception& e) {
      stored->annotated.emplace_back();
      stored->annotated_error.push_back(e.what());
    }
    std::size_t file = 0;
    while (file < written.form.plans.size() && written.form.plans[file] != plan.path()) ++file;
    const std::string shown = file < written.shown.size() ? written.shown[file] : "upload";
    auto renamed = std::make_shared<Document>(*plan.document);
    renamed->path = shown;
    plan.document = renamed;
    plan.report.document = renamed.get();
    stored->shown.push_back(shown);
  }
  for (report::InputFailure& failure : run.failures) {
    for (std::size_t i = 0; i < written.form.plans.size(); ++i) {
      Replace(failure.path, written.form.plans[i], written.shown[i]);
      Replace(failure.message, written.form.plans[i], written.shown[i]);
    }
  }
  stored->run = std::move(run);
  return stored;
}

std::string FailureText(const report::CheckRun& run) {
  std::string text;
  for (const report::InputFailure& f : run.failures) text += f.message + "\n";
  return text;
}

}  // namespace

HttpResponse Site::Check(const HttpRequest& request, bool api) {
  const report::Lang lang = RequestLang(request);
  std::vector<const Upload*> plans, against;
  for (const Upload& u : request.uploads) {
    if (u.filename.empty() && u.bytes.empty()) continue;     // a file field left empty
    (u.field == "against" ? against : plans).push_back(&u);  // http_server.cc: plan or against
  }
  if (plans.empty()) return Refuse(Refusal::kNoPlan, lang, options_, api);
  if (plans.size() > options_.max_files || against.size() > 3) {
    return Refuse(Refusal::kTooManyFiles, lang, options_, api);
  }
  for (const auto* list : {&plans, &against}) {
    for (const Upload* u : *list) {
      if (PlanExtension(u->filename).empty()) {
        return Refuse(Refusal::kUnsupportedType, lang, options_, api, ShownName(u->filename));
      }
    }
  }
  std::shared_ptr<CheckGate::Slot> slot = gate_->Enter();
  if (!slot)
    return Refuse(gate_->closing() ? Refusal::kClosing : Refusal::kBusy, lang, options_, api);
  auto folder = std::make_shared<UploadFolder>();
  const Written written = WriteUploads(plans, against, request, *folder);
  // The check runs on a thread of its own so that the request can give up at --timeout; the
  // thread keeps its slot and its folder until it ends, so the limits still hold.
  auto promise = std::make_shared<std::promise<std::shared_ptr<StoredReport>>>();
  std::future<std::shared_ptr<StoredReport>> done = promise->get_future();
  // The folder is removed and the slot given back before the answer is handed over.
  std::thread([check = check_, written, folder, slot, promise, api]() mutable {
    std::shared_ptr<StoredReport> stored;
    std::exception_ptr error;
    try {
      stored = Store(check(written.form), written, api);
    } catch (...) {
      error = std::current_exception();
    }
    folder.reset();
    slot.reset();
    if (error) {
      promise->set_exception(error);
    } else {
      promise->set_value(std::move(stored));
    }
  }).detach();
  if (done.wait_for(options_.timeout) == std::future_status::timeout) {
    return Refuse(Refusal::kTimedOut, lang, options_, api);
  }
  std::shared_ptr<StoredReport> stored;
  try {
    stored = done.get();
  } catch (const RequestError& e) {
    return Refuse(e.status() == 422 ? Refusal::kUnreadable : Refusal::kBadForm, lang, options_, api,
                  e.what());
  }
  if (stored->run.plans.empty()) {
    return Refuse(Refusal::kUnreadable, lang, options_, api, FailureText(stored->run));
  }
  report::RenderOptions render;
  render.lang = lang;
  if (api) {
    HttpResponse response;
    response.content_type = "application/json; charset=utf-8";
    response.body = report::RenderJson(stored->run, render);
    response.headers.emplace_back("X-Plancheck-Not-Read",
                                  std::to_string(stored->run.failures.size()));
    return response;
  }
  const std::string id = store_.Add(stored);
  HttpResponse response;
  response.status = 303;
  response.headers.emplace_back(
      "Location", "/report/" + id + (lang == report::Lang::kZh ? "?lang=zh" : "?lang=en"));
  response.body = "";
  return response;
}

}  // namespace plancheck::serve
