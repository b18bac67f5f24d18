#pragma once
// The small parts every .docx carries: relationships, settings, document properties, a footer
// with the page number.
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "checker/report/docx/package.h"

namespace plancheck::report::docx {

namespace relationship_type {
inline constexpr char kOfficeDocument[] =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
inline constexpr char kCoreProperties[] =
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
inline constexpr char kExtendedProperties[] =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties";
inline constexpr char kStyles[] =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
inline constexpr char kSettings[] =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";
inline constexpr char kFontTable[] =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
inline constexpr char kFooter[] =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
inline constexpr char kComments[] =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
}  // namespace relationship_type

// A .rels part; ids rId1, rId2 … in the order added.
class Relationships {
 public:
  std::string Add(const std::string& type, const std::string& target);
  pugi::xml_document Xml() const;

 private:
  struct Entry {
    std::string id, type, target;
  };
  std::vector<Entry> entries_;
};

// word/settings.xml: no proofing marks on our text, Chinese line breaking, the fields updated.
pugi::xml_document SettingsPart();

struct Properties {
  std::string title;
  std::string creator;
  std::string date;  // YYYY-MM-DD: created and modified
  std::string application;
};
pugi::xml_document CorePart(const Properties& properties);
pugi::xml_document AppPart(const Properties& properties);

// word/footer1.xml: the page number as GB/T 9704 sets it (“— 1 —”, 4号 宋体), in the paragraph
// style `style`.
pugi::xml_document PageNumberFooter(const std::string& style);

}  // namespace plancheck::report::docx
