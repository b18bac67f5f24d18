#pragma once
// Numbers read from a plan's text. Plans are untrusted: a run of 400 digits or "99999999999年" is
// no number (nullopt), never an exception or an infinity.
#include <optional>
#include <string_view>

namespace plancheck::indicators {

// "2025" -> 2025; nullopt unless all of `digits` is a decimal int in range.
std::optional<int> ParseInt(std::string_view digits);

// "12.5" -> 12.5; nullopt unless all of `text` is a number a double holds finitely ("1e999",
// 400 digits and underflows like "1e-400" are none).
std::optional<double> ParseDecimal(std::string_view text);

}  // namespace plancheck::indicators
