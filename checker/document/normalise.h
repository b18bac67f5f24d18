#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

// NFKC of `text`, code point by code point, with a byte map back: norm_to_text has
// norm.size()+1 entries. Per code point is enough here: the compositions NFKC would make across
// code points do not occur in Chinese plans, and it keeps every offset exact.
void NormaliseWithMap(std::string_view text, std::string& norm,
                      std::vector<std::uint32_t>& norm_to_text);

// NFKC without the map, for rule patterns and snippets.
std::string Nfkc(std::string_view text);

}  // namespace plancheck
