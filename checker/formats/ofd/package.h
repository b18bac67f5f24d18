#pragma once
// The structure of an OFD package: OFD.xml names the document root (Document.xml), which names
// the page area, the resource files (fonts) and the pages' Content.xml parts, in reading order.
#include <map>
#include <string>
#include <vector>

#include "checker/formats/ofd/geometry.h"
#include "checker/formats/zip/archive.h"

namespace plancheck {
struct OfdLimits;
}

namespace plancheck::ofd {

// Who can write a good copy, for the zip messages (shown in both languages).
inline constexpr PackageKind kOfdPackage{".ofd", "OFD", "OFD 阅读器 / an OFD reader"};

struct Font {
  std::string name;  // FontName
  bool bold = false;
};
using Fonts = std::map<std::string, Font>;  // by ID

struct Layout {
  std::string document_part;       // "Doc_0/Document.xml"
  Box page_area;                   // CommonData/PageArea/PhysicalBox, mm
  Fonts fonts;                     // PublicRes and DocumentRes
  std::vector<std::string> pages;  // each page's Content.xml part, in order
};

// Reads OFD.xml and the first document's Document.xml and resources. Throws InputError naming
// the missing or broken part, or when there are more pages than `limits` allow.
Layout ReadLayout(ZipArchive& zip, const OfdLimits& limits);

// Adds the fonts of the resource file `part` (a <Res>) to `fonts`; nothing when it is absent.
void ReadFonts(ZipArchive& zip, const std::string& part, Fonts& fonts);

// `target` as named from `base_part`: "Pages/Page_0/Content.xml" from "Doc_0/Document.xml" is
// "Doc_0/Pages/Page_0/Content.xml"; "/x" is from the package root; ".." never climbs out of it.
std::string Resolve(const std::string& base_part, std::string_view target);

}  // namespace plancheck::ofd
