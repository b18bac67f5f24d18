#include "checker/decode/replace_invalid.h"

#include "checker/decode/utf8.h"

namespace plancheck::utf8 {

std::string ReplaceInvalid(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t n = SequenceLength(static_cast<unsigned char>(s[i]));
    bool valid = (n > 1 || static_cast<unsigned char>(s[i]) < 0x80) && i + n <= s.size();
    for (std::size_t k = 1; valid && k < n; ++k) {
      valid = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    }
    if (valid) {
      out.append(s.substr(i, n));
      i += n;
    } else {
      out.append("\xEF\xBF\xBD");
      ++i;
    }
  }
  return out;
}

}  // namespace plancheck::utf8
