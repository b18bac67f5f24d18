// plancheck serve — the department's page for drafters: checker/serve/ over the same check run
// as `check`, with the rulebook loaded once at start and shared by every request.
#include <iostream>
#include <stdexcept>

#include "checker/cli/checking.h"
#include "checker/cli/commands.h"
#include "checker/cli/lang.h"
#include "checker/cli/period_option.h"
#include "checker/cli/serve_check.h"
#include "checker/cli/usage_error.h"
#include "checker/decode/input_error.h"
#include "checker/serve/http_server.h"
#include "checker/serve/site.h"

namespace plancheck::cli {
namespace {

struct ServeFlags {
  std::string host = "127.0.0.1";
  int port = 8080;
  std::vector<std::string> rules;
  bool no_builtin_rules = false;
  std::string config;
  std::string max_upload = "50MB";
  std::size_t max_files = 20;
  int timeout = 120;
  int jobs = 2;
};

serve::ServeOptions OptionsOf(const ServeFlags& flags, Lang lang) {
  serve::ServeOptions options;
  options.host = flags.host;
  options.port = flags.port;
  try {
    options.max_upload = serve::ParseByteSize(flags.max_upload);
  } catch (const std::invalid_argument& e) {
    throw UsageError(Tr(lang, "--max-upload 的值不对：", "--max-upload: ") + std::string(e.what()));
  }
  options.max_files = flags.max_files;
  options.timeout = std::chrono::seconds(flags.timeout);
  options.jobs = EffectiveJobs(flags.jobs, 1u << 10);
  options.waiting = 8 * static_cast<std::size_t>(options.jobs);
  return options;
}

}  // namespace

serve::CheckFunction ServeCheck(CheckRequest base) {
  return [base = std::move(base)](const serve::CheckForm& form) {
    CheckRequest request = base;
    request.files = form.plans;
    request.lang = form.lang;
    request.region = form.region;
    request.period = form.period;
    request.against.insert(request.against.end(), form.against.begin(), form.against.end());
    try {
      if (!form.period.empty()) {
        ParsePeriodOption(form.period, Tr(form.lang, "规划期", "the period"), form.lang);
      }
      return CheckPlans(request);
    } catch (const UsageError& e) {
      throw serve::RequestError(400, e.what());
    } catch (const InputError& e) {
      throw serve::RequestError(422, e.Message(form.lang == Lang::kZh));
    }
  };
}

namespace {

int RunServe(const CLI::App& cmd, const ServeFlags& flags) {
  CheckRequest base;
  base.config = CommandConfig(flags.config, CommandLang(cmd));
  base.lang = CommandLang(cmd, base.config.lang.value_or(""));
  const serve::ServeOptions options = OptionsOf(flags, base.lang);
  base.rulebook = RulebookFor(base.config, flags.rules, flags.no_builtin_rules);
  base.against = base.config.against;
  // Rule errors stop here (exit 2), before anything listens.
  base.loaded = LoadRulebook(base.rulebook);
  serve::Site site(options, ServeCheck(base));
  return serve::RunServer(site, base.lang, std::cerr);
}

}  // namespace

void AddServeCommand(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand(
      "serve", "Serve the upload and report pages and /api/check over HTTP / 提供网页检查服务");
  auto flags = std::make_shared<ServeFlags>();
  cmd->add_option("--host", flags->host,
                  "Address to listen on (default 127.0.0.1: this machine only) / 监听地址")
      ->capture_default_str();
  cmd->add_option("--port", flags->port, "Port (0: any free port) / 端口")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  cmd->add_option("--rules", flags->rules, "Extra rule folder (repeatable) / 额外规则文件夹")
      ->allow_extra_args(false);
  cmd->add_flag("--no-builtin-rules", flags->no_builtin_rules,
                "Use only the --rules folders / 不使用内置规则");
  cmd->add_option("--config", flags->config,
                  "Config file (default: .plancheck.yaml from here upward) / 配置文件");
  cmd->add_option("--max-upload", flags->max_upload,
                  "Largest request, e.g. 50MB, 512KB / 单次上传的大小上限")
      ->capture_default_str();
  cmd->add_option("--max-files", flags->max_files,
                  "Most plans in one request / 单次上传的文件数上限")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  cmd->add_option("--timeout", flags->timeout,
                  "Seconds one request's check may take / 单次检查的时限（秒）")
      ->check(CLI::Range(1, 3600))
      ->capture_default_str();
  cmd->add_option("--jobs,-j", flags->jobs,
                  "Checks at the same time (0: one per core) / 同时进行的检查数")
      ->check(CLI::Range(0, 256))
      ->capture_default_str();
  cmd->callback([cmd, flags, &exit_code] { exit_code = RunServe(*cmd, *flags); });
}

}  // namespace plancheck::cli
