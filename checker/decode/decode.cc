#include <unicode/ucnv.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <memory>

#include <fmt/format.h>

#include "checker/decode/decoded_text.h"
#include "checker/decode/input_error.h"
#include "checker/decode/utf8.h"

namespace plancheck {
namespace {

// Offset of the first invalid UTF-8 sequence, or npos. Strict: no overlongs, no surrogates.
std::size_t FirstInvalidUtf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    char32_t min = 0;
    if ((c >> 5) == 0x6) {
      len = 2;
      min = 0x80;
    } else if ((c >> 4) == 0xE) {
      len = 3;
      min = 0x800;
    } else if ((c >> 3) == 0x1E) {
      len = 4;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + len > s.size()) return i;
    char32_t cp = c & (0xFF >> (len + 1));
    for (std::size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::string_view::npos;
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Converts with ICU and a STOP callback: the first undecodable byte is an error, never a U+FFFD.
// Returns npos on success, else the byte offset of the failure.
std::size_t ConvertToUtf8(const char* charset, std::string_view bytes, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> from(ucnv_open(charset, &status));
  if (U_FAILURE(status)) return 0;
  ucnv_setToUCallBack(from.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::unique_ptr<UConverter, ConverterCloser> to(ucnv_open("UTF-8", &status));
  if (U_FAILURE(status)) return 0;
  out.assign(bytes.size() * 2 + 16, '\0');
  char* target = out.data();
  const char* source = bytes.data();
  ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &source,
                 bytes.data() + bytes.size(), nullptr, nullptr, nullptr, nullptr, true, true,
                 &status);
  if (U_FAILURE(status)) {
    std::size_t offset = static_cast<std::size_t>(source - bytes.data());
    // ICU has consumed the bad sequence; point at its start.
    char invalid[8];
    int8_t len = sizeof invalid;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(from.get(), invalid, &len, &ignored);
    if (U_SUCCESS(ignored) && static_cast<std::size_t>(len) <= offset) offset -= len;
    return offset;
  }
  out.resize(static_cast<std::size_t>(target - out.data()));
  return std::string_view::npos;
}

std::string UnifyLineEnds(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

// Code points a plan is written in: ASCII text, Latin, general punctuation and symbols (≥, ①),
// CJK punctuation, kana, ideographs, full-width forms.
bool IsTextCodePoint(char32_t cp) {
  if (cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f') return true;
  return (cp >= 0x20 && cp < 0x7F) || (cp >= 0xA0 && cp < 0x250) || (cp >= 0x2000 && cp < 0x2800) ||
         (cp >= 0x3000 && cp < 0x3100) || (cp >= 0x3200 && cp < 0x4DC0) ||
         (cp >= 0x4E00 && cp < 0xA000) || (cp >= 0xF900 && cp < 0xFB00) ||
         (cp >= 0xFE30 && cp < 0xFE50) || (cp >= 0xFF00 && cp < 0xFFF0) || cp == 0xFEFF;
}

// The share of `utf8`'s code points that are text, 0 when it has a control character (binary
// data read as UTF-16 has; text has none but tab, form feed and line ends).
double TextShare(std::string_view utf8) {
  std::size_t text = 0, all = 0;
  for (std::size_t pos = 0; pos < utf8.size(); ++all) {
    const char32_t cp = utf8::Next(utf8, pos);
    if (cp < 0x20 && !IsTextCodePoint(cp)) return 0;
    if (IsTextCodePoint(cp)) ++text;
  }
  return all == 0 ? 0 : static_cast<double>(text) / static_cast<double>(all);
}

// `bytes` read as UTF-16 without a BOM in one byte order: the text, or where it stops being
// UTF-16 and how much of what came before is text.
struct Utf16Reading {
  const char* charset = "";
  std::string utf8;
  std::size_t bad = std::string_view::npos;
  double share = 0;
};

Utf16Reading ReadUtf16(std::string_view bytes, const char* charset) {
  // Below this many code points, a valid prefix says nothing about the rest.
  constexpr std::size_t kMinPrefix = 16;
  Utf16Reading reading;
  reading.charset = charset;
  reading.bad = ConvertToUtf8(charset, bytes, reading.utf8);
  if (reading.bad != std::string_view::npos) {
    ConvertToUtf8(charset, bytes.substr(0, reading.bad & ~std::size_t{1}), reading.utf8);
    if (utf8::CodePoints(reading.utf8) < kMinPrefix) reading.utf8.clear();
  }
  reading.share = TextShare(reading.utf8);
  return reading;
}

// A file with NUL bytes: UTF-16 without a BOM when one byte order reads as text (ASCII has a NUL
// in every code unit, and CJK text has line ends and digits), else binary data. The byte order
// is chosen on the first few kB, so a large binary file is not converted twice.
std::string DecodeWithNul(std::string_view bytes, std::size_t nul, const std::string& path,
                          std::string& encoding) {
  constexpr double kMinTextShare = 0.9;  // the wrong byte order reads as Hangul and controls
  constexpr std::size_t kSampleBytes = 4096;
  const Utf16Reading le = ReadUtf16(bytes.substr(0, kSampleBytes), "UTF-16LE");
  const Utf16Reading be = ReadUtf16(bytes.substr(0, kSampleBytes), "UTF-16BE");
  if (std::max(le.share, be.share) >= kMinTextShare) {
    const Utf16Reading full = ReadUtf16(bytes, le.share >= be.share ? le.charset : be.charset);
    if (full.bad != std::string_view::npos) {
      throw InputError(
          path,
          fmt::format("像是没有 BOM 的 {} 文本，但第 {} 字节无效；请另存为 UTF-8", full.charset,
                      full.bad),
          fmt::format("looks like {} text without a BOM, but is invalid at byte {}; save the file "
                      "again as UTF-8",
                      full.charset, full.bad));
    }
    if (full.share >= kMinTextShare) {
      encoding = std::string(full.charset) + " without BOM";
      return full.utf8;
    }
  }
  throw InputError(path,
                   fmt::format("第 {} 字节起是二进制数据（NUL 字节），不是文本；请确认文件类型，"
                               "或用 Word/WPS 另存为 .docx",
                               nul),
                   fmt::format("binary data (a NUL byte) at byte {}, not text; check the file's "
                               "type, or save it again as .docx",
                               nul));
}

// UTF-8 (with or without a BOM), else GB18030; `encoding` says which.
std::string DecodeUtf8OrGb18030(std::string_view bytes, const std::string& path,
                                std::string& encoding) {
  const bool bom = bytes.starts_with("\xEF\xBB\xBF");
  const std::string_view body = bom ? bytes.substr(3) : bytes;
  const std::size_t bad_utf8 = FirstInvalidUtf8(body);
  if (bad_utf8 == std::string_view::npos) {
    encoding = bom ? "UTF-8 with BOM" : "UTF-8";
    return std::string(body);
  }
  if (bom) {
    throw InputError(
        path,
        fmt::format("第 {} 字节不是有效的 UTF-8（文件以 UTF-8 BOM 开头）；请另存为 UTF-8",
                    bad_utf8 + 3),
        fmt::format("invalid UTF-8 at byte {} (the file starts with a UTF-8 BOM); save it again "
                    "as UTF-8",
                    bad_utf8 + 3));
  }
  // Chinese government files are often GBK; GB18030 is its superset.
  encoding = "GB18030";
  std::string utf8;
  const std::size_t bad = ConvertToUtf8("GB18030", body, utf8);
  if (bad != std::string_view::npos) {
    throw InputError(path,
                     fmt::format("既不是 UTF-8（第 {} 字节无效）也不是 GB18030（第 {} 字节无效）；"
                                 "请另存为 UTF-8",
                                 bad_utf8, bad),
                     fmt::format("neither UTF-8 (invalid at byte {}) nor GB18030 (invalid at byte "
                                 "{}); save the file again as UTF-8",
                                 bad_utf8, bad));
  }
  return utf8;
}

bool IsBlank(std::string_view s) {
  for (std::size_t pos = 0; pos < s.size();) {
    const char32_t cp = utf8::Next(s, pos);
    if (cp != ' ' && cp != '\t' && cp != '\n' && cp != 0x3000 && cp != 0xA0 && cp != 0xFEFF) {
      return false;
    }
  }
  return true;
}

}  // namespace

DecodedText Decode(std::string_view bytes, const std::string& path) {
  DecodedText result;
  std::string utf8;
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    const bool le = bytes[0] == '\xFF';
    result.encoding = le ? "UTF-16LE" : "UTF-16BE";
    const std::size_t bad = ConvertToUtf8(le ? "UTF-16LE" : "UTF-16BE", bytes.substr(2), utf8);
    if (bad != std::string_view::npos) {
      throw InputError(
          path, fmt::format("第 {} 字节不是有效的 {}；请另存为 UTF-8", bad + 2, result.encoding),
          fmt::format("invalid {} at byte {}; save the file again as UTF-8", result.encoding,
                      bad + 2));
    }
  } else if (const std::size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
    utf8 = DecodeWithNul(bytes, nul, path, result.encoding);
  } else {
    utf8 = DecodeUtf8OrGb18030(bytes, path, result.encoding);
  }
  result.utf8 = UnifyLineEnds(utf8);
  if (IsBlank(result.utf8)) {
    throw InputError(path, "空文档：没有可检查的文字", "empty document: there is no text to check");
  }
  return result;
}

std::string ReadFileBytes(const std::filesystem::path& path, std::size_t limit) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw InputError(path.string(), "是文件夹，不是文件", "is a folder, not a file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw InputError(path.string(), "无法打开：请确认文件存在且可读",
                     "cannot be opened; check that it exists and is readable");
  // Read in pieces up to one byte past the limit, so that a device or pipe that never ends
  // (/dev/zero named plan.txt) is refused rather than filling the memory.
  std::string bytes;
  char buffer[1 << 16];
  while (in && bytes.size() <= limit) {
    in.read(buffer, sizeof buffer);
    bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
  }
  if (bytes.size() > limit) {
    throw InputError(
        path.string(),
        fmt::format("超过规划文件的上限 {} MiB（一份规划通常只有几百 kB）；是这个文件吗？",
                    limit >> 20),
        fmt::format("is larger than the {} MiB a plan may be (a plan is a few hundred "
                    "kB); is it the right file?",
                    limit >> 20));
  }
  if (in.bad()) {
    throw InputError(path.string(), "没能读完（输入输出错误）",
                     "could not be read to the end (an I/O error)");
  }
  return bytes;
}

}  // namespace plancheck
