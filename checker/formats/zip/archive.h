#pragma once
// The zip container of an office package (.docx, .odt), read with limits: a plan is a few hundred
// kB, so the limits are generous and still stop a zip bomb before it fills the memory.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct zip;

namespace plancheck {

struct ZipLimits {
  std::int64_t max_entries = 10000;              // files in the zip
  std::uint64_t max_part_bytes = 64ull << 20;    // one part, uncompressed
  std::uint64_t max_total_bytes = 256ull << 20;  // all the parts read, uncompressed
};

// Which package a zip is, for the messages: ".docx" and "Word or WPS" (who can re-save it).
struct PackageKind {
  std::string_view extension;
  std::string_view producer;  // the program that writes such files ("Word", "LibreOffice")
  std::string_view resaver;   // "Word or WPS"
};
inline constexpr PackageKind kDocxPackage{".docx", "Word", "Word or WPS"};
inline constexpr PackageKind kOdtPackage{".odt", "LibreOffice", "LibreOffice or WPS"};

// A zip archive over bytes the caller keeps alive. Every failure is an InputError naming the
// file and the part; the declared and the inflated sizes are both held to the limits.
class ZipArchive {
 public:
  ZipArchive(const std::string& path, std::string_view bytes, const ZipLimits& limits,
             const PackageKind& kind);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool Has(const std::string& part) const;
  // The names of the entries that are files (not folders), in the zip's order.
  std::vector<std::string> Names() const;
  // The uncompressed bytes of `part` (names compared without case); nullopt when absent.
  std::optional<std::string> Read(const std::string& part);

  const std::string& path() const { return path_; }
  const PackageKind& kind() const { return kind_; }

 private:
  std::string ReadEntry(std::int64_t index, const std::string& part);
  std::uint64_t DeclaredSize(std::int64_t index, const std::string& part);

  std::string path_;
  ZipLimits limits_;
  PackageKind kind_;
  ::zip* archive_ = nullptr;
  std::uint64_t total_read_ = 0;
};

}  // namespace plancheck
