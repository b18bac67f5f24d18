#include "checker/formats/html/charset.h"

#include <re2/re2.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <memory>
#include <optional>

#include "checker/decode/input_error.h"

namespace plancheck::html {
namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Converts with ICU, stopping at the first undecodable byte (never a U+FFFD): the UTF-8, or
// nullopt with `bad` set to the byte offset (npos when ICU does not know the charset).
std::optional<std::string> Convert(const char* charset, std::string_view bytes, std::size_t& bad) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> from(ucnv_open(charset, &status));
  std::unique_ptr<UConverter, ConverterCloser> to(ucnv_open("UTF-8", &status));
  bad = std::string_view::npos;
  if (U_FAILURE(status)) return std::nullopt;
  ucnv_setToUCallBack(from.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::string out(bytes.size() * 3 + 16, '\0');
  char* target = out.data();
  const char* source = bytes.data();
  ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &source,
                 bytes.data() + bytes.size(), nullptr, nullptr, nullptr, nullptr, true, true,
                 &status);
  if (U_FAILURE(status)) {
    bad = static_cast<std::size_t>(source - bytes.data());
    return std::nullopt;
  }
  out.resize(static_cast<std::size_t>(target - out.data()));
  return out;
}

// The charset a page declares in its first 4 KiB (<meta charset>, or the http-equiv
// Content-Type's charset=), lower case; "" when none.
std::string DeclaredCharset(std::string_view bytes) {
  static const RE2 meta(R"((?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:\-]+))");
  std::string charset;
  if (!RE2::PartialMatch(bytes.substr(0, 4096), meta, &charset)) return "";
  std::transform(charset.begin(), charset.end(), charset.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return charset;
}

// The ICU converter for a declared label, as browsers read it (the WHATWG Encoding Standard):
// GB2312 and GBK pages are decoded as GB18030, Latin-1 as windows-1252.
std::string ConverterFor(const std::string& label) {
  for (const char* gb : {"gb2312", "gbk", "gb18030", "x-gbk", "gb_2312-80", "cp936", "euc-cn"}) {
    if (label == gb) return "GB18030";
  }
  if (label == "utf8" || label == "utf-8") return "UTF-8";
  if (label == "iso-8859-1" || label == "latin1" || label == "us-ascii") return "windows-1252";
  if (label == "big5") return "windows-950";
  return label;
}

InputError Undecodable(const std::string& path, const std::string& tried, std::size_t bad) {
  const std::string at = std::to_string(bad);
  return InputError(path,
                    "网页的字节无法按 " + tried + " 解码（第 " + at +
                        " 字节）；请用浏览器重新“另存为”网页（UTF-8），或保存为 .txt/.docx",
                    "the page cannot be decoded as " + tried + " (invalid at byte " + at +
                        "); save the page again from the browser (UTF-8), or as .txt/.docx");
}

DecodedPage Guess(std::string_view bytes, const std::string& path, const std::string& declared) {
  const std::string note = declared.empty() ? "" : " (declared " + declared + ")";
  std::size_t bad_utf8 = 0;
  if (auto utf8 = Convert("UTF-8", bytes, bad_utf8)) return {std::move(*utf8), "UTF-8" + note};
  std::size_t bad_gb = 0;
  if (auto gb = Convert("GB18030", bytes, bad_gb)) return {std::move(*gb), "GB18030" + note};
  throw Undecodable(path, declared.empty() ? "UTF-8 / GB18030" : declared + ", UTF-8 / GB18030",
                    std::max(bad_utf8, bad_gb));
}

}  // namespace

DecodedPage DecodePage(std::string_view bytes, const std::string& path) {
  for (const auto& [bom, charset] :
       {std::pair<std::string_view, const char*>{"\xEF\xBB\xBF", "UTF-8"},
        {"\xFF\xFE", "UTF-16LE"},
        {"\xFE\xFF", "UTF-16BE"}}) {
    if (!bytes.starts_with(bom)) continue;
    std::size_t bad = 0;
    if (auto text = Convert(charset, bytes.substr(bom.size()), bad)) {
      return {std::move(*text), std::string(charset) + " with BOM"};
    }
    throw Undecodable(path, charset, bad + bom.size());
  }
  if (const std::size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
    const std::string at = std::to_string(nul);
    throw InputError(
        path, "不是网页：第 " + at + " 字节是二进制数据（NUL）；请确认文件是否正确",
        "not a web page: binary data (a NUL byte) at byte " + at + "; is it the right file?");
  }
  const std::string declared = DeclaredCharset(bytes);
  const std::string converter = ConverterFor(declared);
  if (!declared.empty()) {
    std::size_t bad = 0;
    if (auto text = Convert(converter.c_str(), bytes, bad)) {
      return {std::move(*text),
              converter == "UTF-8" ? "UTF-8" : converter + " (declared " + declared + ")"};
    }
  }
  return Guess(bytes, path, declared);
}

}  // namespace plancheck::html
