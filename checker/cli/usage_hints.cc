#include "checker/cli/usage_hints.h"

#include <algorithm>
#include <utility>

#include "checker/cli/rule_names.h"

namespace plancheck::cli {
namespace {

// English phrase → Chinese, longest first where one contains another.
const std::vector<std::pair<std::string, std::string>>& Cli11Phrases() {
  static const std::vector<std::pair<std::string, std::string>> kPhrases = {
      {"The following arguments were not expected: ", "以下参数无法识别："},
      {"The following argument was not expected: ", "以下参数无法识别："},
      {"A subcommand is required", "需要一个子命令（check、audit、outline、indicators、rules）"},
      {"Requires at least 1 subcommands",
       "需要一个子命令（check、audit、outline、indicators、rules）"},
      {" is required", " 是必需的"},
      {" not in ", " 不在可选值之中："},
      {"Could not convert: ", "无法转换："},
      {"Expected at least ", "至少需要 "},
      {"Expected exactly ", "需要恰好 "},
      {" arguments to ", " 个参数给 "},
      {", got ", "，实际为 "},
      {"is not an allowed value for", "不是允许的取值："},
      {"Run with --help for more information.", "用 --help 查看用法。"},
  };
  return kPhrases;
}

std::vector<std::string> LongNames(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::Option* o : app.get_options()) {
    for (const std::string& n : o->get_lnames()) names.push_back("--" + n);
  }
  return names;
}

}  // namespace

std::string TranslateCli11(const std::string& message) {
  std::string out = message;
  for (const auto& [en, zh] : Cli11Phrases()) {
    for (std::size_t at = out.find(en); at != std::string::npos;
         at = out.find(en, at + zh.size())) {
      out.replace(at, en.size(), zh);
    }
  }
  return out;
}

std::string MistypedHint(const CLI::App& app, int argc, char** argv, report::Lang lang) {
  std::vector<std::string> commands;
  for (const CLI::App* sub : app.get_subcommands({})) commands.push_back(sub->get_name());
  const CLI::App* command = nullptr;
  std::vector<std::string> options = LongNames(app);
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.starts_with("--")) {
      const std::string name = arg.substr(0, arg.find('='));
      if (std::find(options.begin(), options.end(), name) != options.end()) {
        // An option's value (--lang zh) is no subcommand.
        const CLI::Option* o = (command != nullptr ? command : &app)->get_option_no_throw(name);
        if (o == nullptr) o = app.get_option_no_throw(name);
        if (o != nullptr && o->get_items_expected_min() > 0 && arg.find('=') == std::string::npos) {
          ++i;
        }
        continue;
      }
      if (const std::string hint = DidYouMean(name, options, lang); !hint.empty()) {
        return name + hint;
      }
      continue;
    }
    if (command != nullptr || arg.starts_with("-")) continue;
    for (const CLI::App* sub : app.get_subcommands({})) {
      if (sub->get_name() == arg) command = sub;
    }
    if (command == nullptr) {
      const std::string hint = DidYouMean(arg, commands, lang);
      return hint.empty() ? "" : arg + hint;
    }
    const std::vector<std::string> more = LongNames(*command);
    options.insert(options.end(), more.begin(), more.end());
  }
  return "";
}

void UseChineseHelpLabels(CLI::App& app) {
  const auto formatter = app.get_formatter();
  formatter->label("Usage", "用法");
  formatter->label("OPTIONS", "选项");
  formatter->label("Positionals", "位置参数");
  formatter->label("REQUIRED", "必需");
  formatter->label("SUBCOMMAND", "子命令");
  formatter->label("SUBCOMMANDS", "子命令");
  formatter->label("Excludes", "不能与之同用");
  formatter->label("Needs", "需要");
  formatter->label("Env", "环境变量");
}

}  // namespace plancheck::cli
