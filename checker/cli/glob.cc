#include "checker/cli/glob.h"

#include <array>
#include <vector>

namespace plancheck::cli {
namespace {

// For each byte of `text`, the length of the code point that starts there (its continuation
// bytes included), computed once so that `?` costs O(1).
std::vector<std::size_t> CodePointLengths(std::string_view text) {
  std::vector<std::size_t> length(text.size() + 1, 1);
  std::size_t continuation = 0;  // continuation bytes from j + 1 on
  for (std::size_t j = text.size(); j-- > 0;) {
    length[j] = 1 + continuation;
    const bool is_continuation = (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80;
    continuation = is_continuation ? continuation + 1 : 0;
  }
  return length;
}

}  // namespace

// Dynamic programming over (pattern suffix, text suffix) instead of backtracking, so
// "**a**a**a…x" costs O(pattern × text), not exponential time. matches(i)[j] says whether
// pattern[i:] matches text[j:]; row i reads only rows i+1 … i+3, so four rows are kept.
bool GlobMatch(std::string_view pattern, std::string_view text, bool path) {
  const std::size_t m = pattern.size(), n = text.size();
  const std::vector<std::size_t> cp_length = CodePointLengths(text);
  std::array<std::vector<char>, 4> rows;
  for (auto& row : rows) row.assign(n + 1, 0);
  const auto row = [&](std::size_t i) -> std::vector<char>& { return rows[i % 4]; };
  for (std::size_t i = m + 1; i-- > 0;) {
    std::vector<char>& here = row(i);
    if (i == m) {
      for (std::size_t j = 0; j <= n; ++j) here[j] = j == n;
      continue;
    }
    if (pattern.substr(i, 2) == "**") {
      const std::size_t rest = i + 2;
      // "**/" also matches no folder at all.
      const bool skip_slash = rest < m && pattern[rest] == '/';
      bool later = false;  // rest matches text[k:] for some k >= j
      for (std::size_t j = n + 1; j-- > 0;) {
        later = later || row(rest)[j];
        here[j] = later || (skip_slash && row(rest + 1)[j]);
      }
      continue;
    }
    const std::vector<char>& next = row(i + 1);
    for (std::size_t j = n + 1; j-- > 0;) {
      if (pattern[i] == '*') {
        // Empty, or one more character that is not a folder separator.
        here[j] = next[j] || (j < n && !(path && text[j] == '/') && here[j + 1]);
      } else if (j == n) {
        here[j] = 0;
      } else if (pattern[i] == '?') {
        // One code point, not one byte.
        here[j] = !(path && text[j] == '/') && next[j + cp_length[j]];
      } else {
        here[j] = pattern[i] == text[j] && next[j + 1];
      }
    }
  }
  return row(0)[0];
}

}  // namespace plancheck::cli
