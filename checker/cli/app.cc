#include <iostream>

#include "checker/cli/commands.h"
#include "checker/cli/usage_error.h"
#include "checker/decode/input_error.h"

namespace plancheck::cli {

int Run(int argc, char** argv) {
  CLI::App app{
      "plancheck — 公共法律服务体系建设规划合规检查 / compliance checker for public legal "
      "service plans"};
  app.set_version_flag("--version", std::string("plancheck ") + PLANCHECK_VERSION);
  app.require_subcommand(1);
  // --lang is global; fallthrough lets it follow the subcommand too (plancheck check --lang en …).
  app.add_option("--lang", "Language of messages and reports: zh or en (default: from LANG) / 语言")
      ->check(CLI::IsMember({"zh", "en"}));
  app.fallthrough();
  int exit_code = 0;
  AddCheckCommand(app, exit_code);
  AddAuditCommand(app, exit_code);
  AddOutlineCommand(app, exit_code);
  AddIndicatorsCommand(app, exit_code);
  AddRulesCommand(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  } catch (const InputError& e) {
    std::cerr << "plancheck: " << e.what() << "\n";
    return 3;
  } catch (const UsageError& e) {
    std::cerr << "plancheck: " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "plancheck: " << e.what() << "\n";
    return 2;
  }
  return exit_code;
}

}  // namespace plancheck::cli
