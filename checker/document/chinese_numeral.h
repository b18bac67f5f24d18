#pragma once
#include <optional>
#include <string_view>

namespace plancheck {

// Chinese numerals as plans write them, to integers: 一…九十九, 十二, 一百零五, 两, 〇/零,
// positional years (二〇二五 -> 2025), 万, and the financial forms 壹贰叁…拾佰仟.
// nullopt for anything else, including malformed numerals (十十, 一一十) and empty input.
std::optional<int> ParseChineseNumber(std::string_view text);

// One circled number, ① … ㊿ (also ⓪, ⓫…⓴, ❶…❿, ➀…➓) -> 0…50; nullopt otherwise.
std::optional<int> ParseCircledNumber(std::string_view text);

// Any way a plan writes a heading number: ASCII or full-width digits (１２ -> 12), a circled
// number, or a Chinese numeral. nullopt when `text` is none of these or too large for an int.
std::optional<int> ParseNumber(std::string_view text);

}  // namespace plancheck
