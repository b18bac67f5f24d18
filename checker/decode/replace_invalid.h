#pragma once
#include <string>
#include <string_view>

namespace plancheck::utf8 {

// Replaces each byte that does not start a valid UTF-8 sequence with U+FFFD: file names are
// bytes, and are shown (the CLI's messages, the serve pages).
std::string ReplaceInvalid(std::string_view s);

}  // namespace plancheck::utf8
