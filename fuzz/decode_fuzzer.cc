// Bytes -> UTF-8 text (checker/decode): BOMs, UTF-16, GB18030, invalid sequences, NUL bytes, line
// ends. Decode documents its output: valid UTF-8 with every line end a single '\n'.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "checker/decode/decoded_text.h"
#include "checker/decode/input_error.h"
#include "fuzz/fuzz_support.h"

namespace {

// Offset of the first invalid UTF-8 sequence (strict: no overlongs, surrogates or > U+10FFFF), or
// npos. Written here again so the target does not trust the code it checks.
std::size_t FirstInvalid(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t len = c < 0x80         ? 1
                            : (c >> 5) == 6  ? 2
                            : (c >> 4) == 14 ? 3
                            : (c >> 3) == 30 ? 4
                                             : 0;
    if (len == 0 || i + len > s.size()) return i;
    char32_t cp = len == 1 ? c : c & (0x7F >> len);
    for (std::size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::string_view::npos;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  plancheck::DecodedText decoded;
  try {
    decoded =
        plancheck::Decode(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.txt");
  } catch (const plancheck::InputError& e) {
    plancheck::fuzz::Refused(e);
    return 0;
  }
  const std::size_t bad = FirstInvalid(decoded.utf8);
  if (bad != std::string_view::npos) {
    std::fprintf(stderr, "Decode returned invalid UTF-8 at byte %zu (encoding %s)\n", bad,
                 decoded.encoding.c_str());
    std::abort();
  }
  if (decoded.utf8.find('\r') != std::string::npos) {
    std::fprintf(stderr, "Decode left a CR in the text (encoding %s)\n", decoded.encoding.c_str());
    std::abort();
  }
  return 0;
}
