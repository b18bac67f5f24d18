#pragma once
// Which language plancheck speaks: --lang zh|en, else the locale (LC_ALL, LC_MESSAGES, LANG).
#include <string>

#include <CLI/CLI.hpp>

#include "checker/report/common.h"

namespace plancheck::cli {

using report::Lang;
using report::Tr;

// "zh" or "en" from --lang; "" means: from the environment. A locale naming Chinese gives zh, one
// naming another language gives en; C, POSIX or none gives zh, the language of the plans and rules.
Lang ResolveLang(const std::string& flag);

// The global --lang option (registered on the app by Run) as seen from a subcommand: "zh", "en",
// or "" when it was not given.
std::string LangFlag(const CLI::App& command);

// --lang, else the config's `lang:` (when given), else the locale.
Lang CommandLang(const CLI::App& command, const std::string& config_lang = "");

}  // namespace plancheck::cli
