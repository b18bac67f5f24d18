#include "checker/cli/lang.h"

#include <cstdlib>

namespace plancheck::cli {
namespace {

// The locale that decides messages, as POSIX orders them.
std::string MessagesLocale() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value != nullptr && *value != '\0') return value;
  }
  return "";
}

}  // namespace

Lang ResolveLang(const std::string& flag) {
  if (flag == "zh") return Lang::kZh;
  if (flag == "en") return Lang::kEn;
  const std::string locale = MessagesLocale();
  if (locale.empty() || locale == "C" || locale == "POSIX" || locale.rfind("C.", 0) == 0) {
    return Lang::kZh;
  }
  return locale.rfind("zh", 0) == 0 ? Lang::kZh : Lang::kEn;
}

std::string LangFlag(const CLI::App& command) {
  for (const CLI::App* app = &command; app != nullptr; app = app->get_parent()) {
    const CLI::Option* option = app->get_option_no_throw("--lang");
    if (option != nullptr && option->count() > 0) return option->as<std::string>();
  }
  return "";
}

Lang CommandLang(const CLI::App& command, const std::string& config_lang) {
  const std::string flag = LangFlag(command);
  return ResolveLang(!flag.empty() ? flag : config_lang);
}

}  // namespace plancheck::cli
