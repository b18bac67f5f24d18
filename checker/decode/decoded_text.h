#pragma once
#include <filesystem>
#include <string>
#include <string_view>

namespace plancheck {

// A document's bytes as UTF-8, line ends unified to '\n' (CRLF and lone CR count as one line end
// each, so line numbers are the original file's).
struct DecodedText {
  std::string utf8;
  // "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "UTF-16LE without BOM",
  // "UTF-16BE without BOM", "GB18030"
  std::string encoding;
};

// Throws InputError naming `path` and the byte offset for NUL bytes (other than those of UTF-16
// without a BOM, which is recognised and read), undecodable input, or a document that is empty
// or blank.
DecodedText Decode(std::string_view bytes, const std::string& path);

// The largest plan file plancheck reads: a text plan is well under 1 MiB (a 10 MB plan is tested);
// a .docx may carry images, and its parts have limits of their own (DocxLimits).
inline constexpr std::size_t kMaxPlanBytes = std::size_t{64} << 20;
inline constexpr std::size_t kMaxPackageBytes = std::size_t{256} << 20;

// Reads the whole file; throws InputError when it cannot be opened, cannot be read to the end,
// or is larger than `limit`.
std::string ReadFileBytes(const std::filesystem::path& path, std::size_t limit = kMaxPlanBytes);

}  // namespace plancheck
