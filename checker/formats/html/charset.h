#pragma once
#include <string>
#include <string_view>

namespace plancheck::html {

struct DecodedPage {
  std::string utf8;
  std::string encoding;  // "UTF-8", "GB18030 (declared gb2312)", "UTF-8 (declared gbk)" …
};

// Decodes a page by its BOM, else by its <meta charset> / http-equiv Content-Type (GBK and GB2312
// read as their superset GB18030), else as UTF-8 or GB18030, whichever reads. A page whose bytes
// contradict its declaration is read as what the bytes are (a UTF-8 page saying gb2312 is common);
// binary data or bytes no charset reads are an InputError naming `path` and the byte.
DecodedPage DecodePage(std::string_view bytes, const std::string& path);

}  // namespace plancheck::html
