// plancheck init: writes a commented .plancheck.yaml naming every key, with values that change
// nothing (the keys that have no neutral value are commented out), so a team starts from the
// whole list rather than from a header comment.
#include <filesystem>
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "checker/cli/commands.h"
#include "checker/cli/config.h"
#include "checker/cli/lang.h"
#include "checker/cli/output_file.h"
#include "checker/cli/usage_error.h"

namespace plancheck::cli {
namespace {

struct InitFlags {
  std::string dir = ".";
  bool force = false;
};

int RunInit(const InitFlags& flags, Lang lang) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(flags.dir, ec)) {
    throw UsageError(fmt::format("{}: {}", flags.dir,
                                 Tr(lang, "不是文件夹；请给出要写入配置文件的文件夹",
                                    "is not a folder; give the folder to write the config to")));
  }
  const std::string file = (fs::path(flags.dir) / kConfigFileName).lexically_normal().string();
  if (fs::exists(fs::symlink_status(file, ec)) && !flags.force) {
    throw UsageError(fmt::format(
        "{}: {}", file,
        Tr(lang, "已存在，未覆盖；要改写它请加 --force（原有设置会丢失）",
           "already exists and was left as it is; add --force to overwrite it (its settings are "
           "lost)")));
  }
  WriteOutputFile(file, ConfigTemplate(), lang);
  std::cout << fmt::format(
      fmt::runtime(Tr(lang, "plancheck：已写入 {}（各键的说明见文件中的注释和 README）\n",
                      "plancheck: wrote {} (each key is explained in its comments and in the "
                      "README)\n")),
      file);
  return 0;
}

}  // namespace

void AddInitCommand(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand(
      "init", "Write a commented .plancheck.yaml with every key / 生成带注释的配置文件");
  auto flags = std::make_shared<InitFlags>();
  cmd->add_option("DIR", flags->dir, "Folder to write it in (default: here) / 写入的文件夹")
      ->capture_default_str();
  cmd->add_flag("--force", flags->force,
                "Overwrite an existing .plancheck.yaml / 覆盖已有的配置文件");
  cmd->callback([flags, cmd, &exit_code] { exit_code = RunInit(*flags, CommandLang(*cmd)); });
}

}  // namespace plancheck::cli
