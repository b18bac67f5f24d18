#pragma once
#include <CLI/CLI.hpp>

namespace plancheck::cli {

// Each command lives in its own file and registers itself on the app; when the command runs it
// stores its exit code in `exit_code`. Errors are thrown (InputError → 3, UsageError and rule or
// configuration errors → 2) and turned into messages and exit codes in one place, Run().
void AddOutlineCommand(CLI::App& app, int& exit_code);
void AddIndicatorsCommand(CLI::App& app, int& exit_code);
void AddRulesCommand(CLI::App& app, int& exit_code);
void AddRulesDeriveCommand(CLI::App& rules, int& exit_code);  // derive_command.cc
void AddCheckCommand(CLI::App& app, int& exit_code);
void AddAuditCommand(CLI::App& app, int& exit_code);
void AddServeCommand(CLI::App& app, int& exit_code);  // serve_command.cc
void AddInitCommand(CLI::App& app, int& exit_code);   // init_command.cc

int Run(int argc, char** argv);

}  // namespace plancheck::cli
