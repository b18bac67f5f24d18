#include "checker/cli/commands.h"

namespace plancheck::cli {

void AddAuditCommand(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("audit", "(not built yet)");
  cmd->callback([&exit_code] { exit_code = 2; });
}

}  // namespace plancheck::cli
