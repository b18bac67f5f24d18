#include "checker/document/normalise.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "checker/decode/utf8.h"

namespace plancheck {
namespace {

const icu::Normalizer2& NfkcInstance() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status) || nfkc == nullptr) throw std::runtime_error("ICU NFKC data is missing");
  return *nfkc;
}

// Appends the NFKC form of one code point.
void AppendNfkc(const icu::Normalizer2& nfkc, char32_t cp, std::string& out) {
  // Fast path: ASCII and unified ideographs are their own NFKC form.
  if (cp < 0x80 || (cp >= 0x4E00 && cp <= 0x9FFF)) {
    utf8::Append(out, cp);
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString src(static_cast<UChar32>(cp));
  if (nfkc.isNormalized(src, status) && U_SUCCESS(status)) {
    utf8::Append(out, cp);
    return;
  }
  status = U_ZERO_ERROR;
  const icu::UnicodeString dst = nfkc.normalize(src, status);
  if (U_FAILURE(status)) {
    utf8::Append(out, cp);
    return;
  }
  dst.toUTF8String(out);
}

}  // namespace

void NormaliseWithMap(std::string_view text, std::string& norm,
                      std::vector<std::uint32_t>& norm_to_text) {
  const icu::Normalizer2& nfkc = NfkcInstance();
  norm.clear();
  norm_to_text.clear();
  norm.reserve(text.size());
  norm_to_text.reserve(text.size() + 1);
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    const char32_t cp = utf8::Next(text, pos);
    const std::size_t before = norm.size();
    AppendNfkc(nfkc, cp, norm);
    norm_to_text.insert(norm_to_text.end(), norm.size() - before,
                        static_cast<std::uint32_t>(start));
  }
  norm_to_text.push_back(static_cast<std::uint32_t>(text.size()));
}

std::string Nfkc(std::string_view text) {
  std::string norm;
  std::vector<std::uint32_t> map;
  NormaliseWithMap(text, norm, map);
  return norm;
}

}  // namespace plancheck
