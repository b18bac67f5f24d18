#include "checker/formats/text/loader.h"

#include "checker/decode/decoded_text.h"
#include "checker/formats/text/ignore_comments.h"

namespace plancheck {

Document LoadText(const std::string& path, std::string_view bytes) {
  const DecodedText decoded = Decode(bytes, path);
  std::string text = decoded.utf8;
  const std::vector<WrittenIgnore> ignores = TakeIgnoreComments(text);
  Document doc = ParseText(path, text, decoded.encoding);
  doc.ignores = AnchorIgnores(ignores, doc);
  return doc;
}

}  // namespace plancheck
