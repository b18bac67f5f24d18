#pragma once
// Which .plancheck.yaml applies where. Each plan takes the nearest one in its own folder or a
// folder above it (as ESLint, Ruff and Vale do), so a repository of many regions can keep one per
// region; --config names one file for every plan. The run's own keys (rules, builtin-rules,
// fail-on, baseline, lang, against) come from --config, else from the config nearest the folder
// that holds every input.
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "checker/cli/config.h"

namespace plancheck::cli {

// The folder that holds every input (a file's folder, a folder itself; "-" is the working
// folder), where the run's config is looked for.
std::string CommonFolder(const std::vector<std::string>& inputs);

// The config of each plan, loaded once per config file and looked up once per folder.
class ConfigFinder {
 public:
  // `run`: the run's config, used for a plan whose nearest config is the same file. `extra`: the
  // command line's --disable and --select, which apply to every plan.
  ConfigFinder(std::shared_ptr<const Config> run, DocumentSettings extra, report::Lang lang);

  // The nearest config of `file` (a path as given; "-" = standard input, the working folder).
  std::shared_ptr<const Config> For(const std::string& file);

 private:
  std::shared_ptr<const Config> run_;
  DocumentSettings extra_;
  report::Lang lang_;
  std::map<std::string, std::shared_ptr<const Config>> by_folder_;
  std::map<std::string, std::shared_ptr<const Config>> by_file_;
};

}  // namespace plancheck::cli
