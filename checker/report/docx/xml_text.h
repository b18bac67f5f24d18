#pragma once
// Text for an XML 1.0 part. Plan text is user text: it may hold bytes that are not UTF-8 or
// characters XML 1.0 forbids (C0 controls, U+FFFE, U+FFFF, surrogates), and one such character
// makes Word refuse the whole file.
#include <string>
#include <string_view>

namespace plancheck::report::docx {

// `text` with every character XML 1.0 allows kept, a forbidden control character (except tab, LF
// and CR) or U+FFFE/U+FFFF replaced by a space, and a byte that is not UTF-8 (or a surrogate)
// replaced by U+FFFD. Markup escaping is the serialiser's job (pugixml), not this one's.
std::string XmlSafeText(std::string_view text);

}  // namespace plancheck::report::docx
