#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/document/document.h"
#include "checker/formats/zip/archive.h"

namespace plancheck {

// What a .docx may cost to read: the limits of every office package (zip/archive.h).
using DocxLimits = ZipLimits;

// ParseDocx (docx_loader.h) with explicit limits, for tests of the limits themselves.
Document ParseDocx(const std::string& path, std::string_view bytes, const DocxLimits& limits);

namespace docx {

// The zip container of a .docx (Open Packaging Conventions): its parts by name, the content
// types and the relationships. Every failure is an InputError naming the file and the part.
class Package {
 public:
  Package(const std::string& path, std::string_view bytes, const DocxLimits& limits);
  Package(const Package&) = delete;
  Package& operator=(const Package&) = delete;

  bool Has(const std::string& part) const;
  // Every part's name, in the zip's order.
  std::vector<std::string> Names() const { return archive_.Names(); }
  // The uncompressed bytes of `part`; nullopt when the package has no such part.
  std::optional<std::string> Read(const std::string& part);
  // The main document part ("word/document.xml"), checked against [Content_Types].xml.
  std::string MainPart();
  // Relationship targets of `part` by type suffix ("styles", "numbering", "footnotes"…), as
  // part names. Empty when the part has no relationships.
  std::map<std::string, std::string> Related(const std::string& part);

  const std::string& path() const { return archive_.path(); }

 private:
  std::string ContentType(const std::string& part);

  ZipArchive archive_;
};

// "word/document.xml" + "styles.xml" -> "word/styles.xml"; "/word/x.xml" stays absolute;
// "../media/a.png" climbs.
std::string ResolvePartName(const std::string& source_part, std::string_view target);

}  // namespace docx
}  // namespace plancheck
