#include "checker/serve/http_server.h"

#include <pthread.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <ctime>
#include <mutex>
#include <thread>

#include <fmt/format.h>
#include <httplib.h>

#include "checker/report/common.h"

namespace plancheck::serve {
namespace {

using Clock = std::chrono::steady_clock;

// When the request this worker thread is serving began: cpp-httplib serves a request on one
// thread from its first byte to the log line, and gives a handler no other place to keep it.
thread_local Clock::time_point request_started{};

HttpRequest Convert(const httplib::Request& req) {
  HttpRequest request;
  request.method = req.method;
  request.path = req.path;
  for (const auto& [key, value] : req.params) request.query.emplace(key, value);
  request.accept_language = req.get_header_value("Accept-Language");
  for (const auto& [name, part] : req.files) {
    const bool file = (name == "plan" || name == "against") && !part.filename.empty();
    if (file) {
      request.uploads.push_back({name, part.filename, part.content});
    } else if (part.filename.empty()) {
      request.fields.emplace(name, part.content);
    }
  }
  return request;
}

void Answer(httplib::Response& res, const HttpResponse& response) {
  res.status = response.status;
  for (const auto& [name, value] : response.headers) res.set_header(name, value);
  res.set_content(response.body, response.content_type);
}

std::string Now() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return text;
}

void Configure(httplib::Server& server, Site& site, std::ostream& log, std::mutex& log_lock) {
  const ServeOptions& o = site.options();
  const std::size_t threads = static_cast<std::size_t>(o.jobs) + o.waiting + 4;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server.set_payload_max_length(o.max_upload);
  server.set_read_timeout(30);
  server.set_write_timeout(30);
  server.set_keep_alive_timeout(5);
  server.set_pre_routing_handler([&site](const httplib::Request& req, httplib::Response& res) {
    request_started = Clock::now();
    if (req.method == "POST") return httplib::Server::HandlerResponse::Unhandled;
    Answer(res, site.Handle(Convert(req)));
    return httplib::Server::HandlerResponse::Handled;
  });
  const auto post = [&site](const httplib::Request& req, httplib::Response& res) {
    Answer(res, site.Handle(Convert(req)));
  };
  server.Post("/check", post);
  server.Post("/api/check", post);
  // What cpp-httplib refused itself (413 above --max-upload, 404 for a POST elsewhere, 400):
  // the same kind of message page as the others.
  const httplib::Server::HandlerWithResponse refused = [&site](const httplib::Request& req,
                                                               httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    HttpRequest request;
    request.method = req.method;
    request.path = req.path;
    for (const auto& [key, value] : req.params) request.query.emplace(key, value);
    request.accept_language = req.get_header_value("Accept-Language");
    Answer(res, site.Refused(res.status, request));
    return httplib::Server::HandlerResponse::Handled;
  };
  server.set_error_handler(refused);
  server.set_logger([&log, &log_lock](const httplib::Request& req, const httplib::Response& res) {
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - request_started);
    const std::string line = fmt::format("{} {} {} {} {} {}ms\n", Now(), req.method, req.path,
                                         res.status, res.body.size(), ms.count());
    const std::lock_guard<std::mutex> lock(log_lock);
    log << line << std::flush;
  });
}

}  // namespace

int RunServer(Site& site, report::Lang lang, std::ostream& log) {
  const ServeOptions& o = site.options();
  // Blocked in every thread made from here on; one thread waits for them (sigwait).
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  std::signal(SIGPIPE, SIG_IGN);  // a client that goes away is its own problem

  std::mutex log_lock;
  httplib::Server server;
  Configure(server, site, log, log_lock);
  const int port = o.port == 0 ? server.bind_to_any_port(o.host)
                               : (server.bind_to_port(o.host, o.port) ? o.port : -1);
  if (port <= 0) {
    log << "plancheck: "
        << fmt::format(fmt::runtime(report::Tr(
                           lang,
                           "无法在 {}:{} 上监听（端口已被占用，或地址不属于本机）；请换一个 --port "
                           "或 --host",
                           "cannot listen on {}:{} (the port is taken, or the address is not this "
                           "machine's); choose another --port or --host")),
                       o.host, o.port)
        << "\n";
    return 2;
  }
  log << fmt::format(fmt::runtime(report::Tr(
                         lang, "plancheck serve: 正在监听 http://{}:{}/ （按 Ctrl-C 停止）\n",
                         "plancheck serve: listening on http://{}:{}/ (Ctrl-C stops)\n")),
                     o.host, port)
      << std::flush;
  std::atomic<bool> signalled{false};
  std::thread waiter([&] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    signalled = true;
    {
      const std::lock_guard<std::mutex> lock(log_lock);
      log << report::Tr(lang, "plancheck serve: 正在停止，等待进行中的检查完成\n",
                        "plancheck serve: stopping once the checks under way finish\n")
          << std::flush;
    }
    server.stop();
  });
  server.listen_after_bind();
  if (server.is_running()) server.stop();
  // Listening ended without a signal (an error): wake the waiter.
  if (!signalled) pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  site.Drain();
  log << report::Tr(lang, "plancheck serve: 已停止\n", "plancheck serve: stopped\n") << std::flush;
  return 0;
}

}  // namespace plancheck::serve
