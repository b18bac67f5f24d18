#include "checker/cli/inputs.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "checker/cli/usage_error.h"
#include "checker/decode/input_error.h"
#include "checker/report/common.h"

namespace plancheck::cli {
namespace fs = std::filesystem;
using report::Lang;
using report::Tr;

namespace {

std::string Display(const fs::path& path) {
  std::string s = path.lexically_normal().generic_string();
  return s.empty() ? "." : s;
}

bool Hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

std::vector<std::string> Walk(const fs::path& dir) {
  std::vector<std::string> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec);
  if (ec) throw InputError(dir.string(), ec.message());
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) throw InputError(it->path().string(), ec.message());
    if (Hidden(it->path())) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    // Word's lock files (~$plan.docx) are not plans.
    if (it->path().filename().string().rfind("~$", 0) == 0) continue;
    if (it->is_regular_file() && IsPlanFile(it->path().string())) {
      found.push_back(Display(it->path()));
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace

bool IsPlanFile(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".txt" || ext == ".md" || ext == ".docx";
}

std::vector<std::string> ExpandInputs(const std::vector<std::string>& arguments, Lang lang) {
  std::vector<std::string> files;
  std::set<std::string> seen;
  const auto add = [&](const std::string& file) {
    if (seen.insert(file).second) files.push_back(file);
  };
  for (const std::string& argument : arguments) {
    const fs::path path(argument);
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      throw InputError(argument, Tr(lang, "没有这个文件或文件夹", "no such file or folder"));
    }
    if (fs::is_directory(status)) {
      for (const std::string& file : Walk(path)) add(file);
    } else {
      add(Display(path));
    }
  }
  if (files.empty()) {
    throw UsageError(Tr(lang, "没有可检查的规划：给出的文件夹里没有 .txt、.md 或 .docx 文件",
                        "nothing to check: the folders given hold no .txt, .md or .docx plans"));
  }
  return files;
}

}  // namespace plancheck::cli
