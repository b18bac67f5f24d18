#include "checker/formats/text/loader.h"

#include "checker/decode/decoded_text.h"

namespace plancheck {

Document LoadText(const std::string& path, std::string_view bytes) {
  const DecodedText decoded = Decode(bytes, path);
  return ParseText(path, decoded.utf8, decoded.encoding);
}

}  // namespace plancheck
