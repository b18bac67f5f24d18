#include "checker/cli/config_discovery.h"

#include <filesystem>

#include "checker/cli/standard_input.h"

namespace plancheck::cli {
namespace fs = std::filesystem;

namespace {

fs::path FolderOf(const std::string& input) {
  std::error_code ec;
  if (input == kStandardInput) return fs::current_path(ec);
  const fs::path absolute = fs::absolute(input, ec).lexically_normal();
  if (fs::is_directory(absolute, ec)) return absolute;
  return absolute.parent_path();
}

// The longest leading run of path elements `a` and `b` share.
fs::path CommonPrefix(const fs::path& a, const fs::path& b) {
  fs::path out;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end() && *i == *j; ++i, ++j) {
    out /= *i;
  }
  return out;
}

void Append(std::vector<RulePattern>& to, const std::vector<RulePattern>& from) {
  to.insert(to.end(), from.begin(), from.end());
}

}  // namespace

std::string CommonFolder(const std::vector<std::string>& inputs) {
  if (inputs.empty()) return ".";
  fs::path common = FolderOf(inputs.front());
  for (std::size_t i = 1; i < inputs.size(); ++i)
    common = CommonPrefix(common, FolderOf(inputs[i]));
  return common.empty() ? "/" : common.string();
}

ConfigFinder::ConfigFinder(std::shared_ptr<const Config> run, DocumentSettings extra,
                           report::Lang lang)
    : run_(std::move(run)), extra_(std::move(extra)), lang_(lang) {}

std::shared_ptr<const Config> ConfigFinder::For(const std::string& file) {
  const std::string folder = FolderOf(file).string();
  if (const auto it = by_folder_.find(folder); it != by_folder_.end()) return it->second;
  const std::string found = FindConfig(folder);
  std::shared_ptr<const Config> config;
  if (found == run_->file) {
    config = run_;  // already carries the command line's patterns
  } else if (const auto it = by_file_.find(found); it != by_file_.end()) {
    config = it->second;
  } else {
    auto loaded = std::make_shared<Config>(found.empty() ? Config{} : LoadConfig(found, lang_));
    Append(loaded->settings.disable, extra_.disable);
    Append(loaded->settings.select, extra_.select);
    config = std::move(loaded);
    by_file_.emplace(found, config);
  }
  by_folder_.emplace(folder, config);
  return config;
}

}  // namespace plancheck::cli
