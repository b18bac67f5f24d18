#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "checker/document/document.h"

struct zip;

namespace plancheck {

// What a .docx may cost to read. A plan is a few hundred kB; these are generous and still stop a
// zip bomb before it fills the memory.
struct DocxLimits {
  std::int64_t max_entries = 10000;              // files in the zip
  std::uint64_t max_part_bytes = 64ull << 20;    // one XML part, uncompressed
  std::uint64_t max_total_bytes = 256ull << 20;  // all the parts read, uncompressed
};

// ParseDocx (docx_loader.h) with explicit limits, for tests of the limits themselves.
Document ParseDocx(const std::string& path, std::string_view bytes, const DocxLimits& limits);

namespace docx {

// The zip container of a .docx (Open Packaging Conventions): its parts by name, the content
// types and the relationships. Every failure is an InputError naming the file and the part.
class Package {
 public:
  Package(const std::string& path, std::string_view bytes, const DocxLimits& limits);
  ~Package();
  Package(const Package&) = delete;
  Package& operator=(const Package&) = delete;

  bool Has(const std::string& part) const;
  // The uncompressed bytes of `part`; nullopt when the package has no such part.
  std::optional<std::string> Read(const std::string& part);
  // The main document part ("word/document.xml"), checked against [Content_Types].xml.
  std::string MainPart();
  // Relationship targets of `part` by type suffix ("styles", "numbering", "footnotes"…), as
  // part names. Empty when the part has no relationships.
  std::map<std::string, std::string> Related(const std::string& part);

  const std::string& path() const { return path_; }

 private:
  std::string ReadEntry(std::int64_t index, const std::string& part);
  std::string ContentType(const std::string& part);

  std::string path_;
  DocxLimits limits_;
  ::zip* archive_ = nullptr;
  std::uint64_t total_read_ = 0;
};

// "word/document.xml" + "styles.xml" -> "word/styles.xml"; "/word/x.xml" stays absolute;
// "../media/a.png" climbs.
std::string ResolvePartName(const std::string& source_part, std::string_view target);

}  // namespace docx
}  // namespace plancheck
