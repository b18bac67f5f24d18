#include <csignal>
#include <iostream>

#include "checker/cli/commands.h"
#include "checker/cli/interruption.h"
#include "checker/cli/lang.h"
#include "checker/cli/rule_error_text.h"
#include "checker/cli/standard_output.h"
#include "checker/cli/usage_error.h"
#include "checker/cli/usage_hints.h"
#include "checker/decode/input_error.h"
#include "checker/rulebook/rule_error.h"

namespace plancheck::cli {
namespace {

// CLI11 words its errors in English; a Chinese reader gets what kind of mistake it is in Chinese,
// with CLI11's detail (which names the option) after it.
// (By class, not get_name(): a subcommand's ExtrasError carries the subcommand's name.)
const char* ParseErrorKindZh(const CLI::ParseError& e) {
  if (dynamic_cast<const CLI::RequiredError*>(&e)) return "缺少必需的参数或选项";
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) return "有无法识别的参数";
  if (dynamic_cast<const CLI::ValidationError*>(&e)) return "参数值不合要求";
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) return "参数个数不对";
  if (dynamic_cast<const CLI::ConversionError*>(&e)) return "参数值的类型不对";
  if (dynamic_cast<const CLI::ExcludesError*>(&e)) return "这些选项不能同时使用";
  if (dynamic_cast<const CLI::RequiresError*>(&e)) return "缺少与之配合的选项";
  return "用法错误";
}

int UsageErrorExit(const CLI::App& app, const CLI::ParseError& e, int argc, char** argv) {
  if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
  const Lang lang = ResolveLang(LangFlag(app));
  const std::string hint = MistypedHint(app, argc, argv, lang);
  if (lang == Lang::kEn) {
    app.exit(e);
    if (!hint.empty()) std::cerr << "plancheck: " << hint << "\n";
    return 2;
  }
  std::cerr << "plancheck: 命令行有误（" << ParseErrorKindZh(e) << "）："
            << TranslateCli11(e.what()) << (hint.empty() ? "" : "\n" + hint)
            << "\n用 --help 查看用法。\n";
  return 2;
}

// --lang as typed (before parsing, for the labels of --help), else "".
std::string LangArgument(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.starts_with("--lang=")) return arg.substr(7);
    if (arg == "--lang" && i + 1 < argc) return argv[i + 1];
  }
  return "";
}

}  // namespace

int Run(int argc, char** argv) {
  CLI::App app{
      "plancheck — 公共法律服务体系建设规划合规检查 / compliance checker for public legal "
      "service plans"};
  // Not argv[0]: the usage lines, and the man page made from them, say plancheck.
  app.name("plancheck");
  app.set_version_flag("--version", std::string("plancheck ") + PLANCHECK_VERSION);
  app.require_subcommand(1);
  // --lang is global; fallthrough lets it follow the subcommand too (plancheck check --lang en …).
  app.add_option("--lang", "Language of messages and reports: zh or en (default: from LANG) / 语言")
      ->check(CLI::IsMember({"zh", "en"}));
  app.fallthrough();
  int exit_code = 0;
  CheckedStandardOutput standard_output;  // std::cout, with its write errors kept
  AddCheckCommand(app, exit_code);
  AddAuditCommand(app, exit_code);
  AddOutlineCommand(app, exit_code);
  AddIndicatorsCommand(app, exit_code);
  AddRulesCommand(app, exit_code);
  AddServeCommand(app, exit_code);
  AddInitCommand(app, exit_code);
  if (ResolveLang(LangArgument(argc, argv)) == Lang::kZh) UseChineseHelpLabels(app);
  try {
    app.parse(argc, argv);
    FinishStandardOutput(ResolveLang(LangFlag(app)));
  } catch (const Interruption& e) {
    // Everything half-written has been removed on the way here; end as the signal would have.
    std::signal(e.signal(), SIG_DFL);
    std::raise(e.signal());
    return 128 + e.signal();
  } catch (const CLI::ParseError& e) {
    return UsageErrorExit(app, e, argc, argv);
  } catch (const InputError& e) {
    std::cerr << "plancheck: " << e.Message(ResolveLang(LangFlag(app)) == report::Lang::kZh)
              << "\n";
    return 3;
  } catch (const UsageError& e) {
    std::cerr << "plancheck: " << e.what() << "\n";
    return 2;
  } catch (const RuleError& e) {
    std::cerr << "plancheck: " << RuleErrorText(e.what(), ResolveLang(LangFlag(app))) << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "plancheck: " << e.what() << "\n";
    return 2;
  }
  return exit_code;
}

}  // namespace plancheck::cli
