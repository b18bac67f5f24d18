#pragma once
// A parse error said in the reader's language, with a did-you-mean for what was mistyped: CLI11
// words its errors in English, and names no near miss.
#include <string>

#include <CLI/CLI.hpp>

#include "checker/report/common.h"

namespace plancheck::cli {

// CLI11's message with its fixed phrases put into Chinese (a translation table; the names and
// values it quotes stay as typed).
std::string TranslateCli11(const std::string& message);

// "（是否为 check？）" for a mistyped subcommand (`chek`) or option (`--formt`) among `args`, or
// "".
std::string MistypedHint(const CLI::App& app, int argc, char** argv, report::Lang lang);

// Labels of --help in Chinese (Usage, OPTIONS …).
void UseChineseHelpLabels(CLI::App& app);

}  // namespace plancheck::cli
