#pragma once
// An OPC package (.docx) being written: its parts, their content types, and the zip they make.
// Shared by every .docx plancheck writes: the 审核意见 builds one from nothing; an annotated copy
// puts the input's parts in (unchanged bytes) and replaces the ones it edits.
#include <map>
#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace plancheck::report::docx {

// Content types of the parts plancheck writes.
namespace content_type {
inline constexpr char kDocument[] =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
inline constexpr char kStyles[] =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
inline constexpr char kSettings[] =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
inline constexpr char kFontTable[] =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
inline constexpr char kFooter[] =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
inline constexpr char kComments[] =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
inline constexpr char kCore[] = "application/vnd.openxmlformats-package.core-properties+xml";
inline constexpr char kApp[] =
    "application/vnd.openxmlformats-officedocument.extended-properties+xml";
inline constexpr char kRelationships[] = "application/vnd.openxmlformats-package.relationships+xml";
}  // namespace content_type

// An XML part as bytes: UTF-8, standalone declaration, no indentation (whitespace in Word XML
// can be text).
std::string SerialiseXml(const pugi::xml_document& xml);

class Package {
 public:
  // Adds or replaces the part `name` ("word/document.xml", no leading '/'). `type` "" leaves the
  // part to the Default of its extension (.rels, .xml).
  void Put(const std::string& name, const std::string& type, std::string bytes);
  void Put(const std::string& name, const std::string& type, const pugi::xml_document& xml);
  bool Has(const std::string& name) const { return parts_.count(name) > 0; }
  // [Content_Types].xml as given instead of made from the parts: an annotated copy keeps the
  // input's (with its own entries added).
  void PutContentTypes(std::string bytes) { content_types_ = std::move(bytes); }

  // The .docx bytes: [Content_Types].xml first (made from the parts), then the parts by name,
  // deflated, every entry dated 1980-01-01 00:00 so the same parts give the same bytes.
  // Throws std::runtime_error with libzip's reason.
  std::string Zip() const;

 private:
  struct Part {
    std::string type;
    std::string bytes;
  };
  std::string ContentTypes() const;
  std::map<std::string, Part> parts_;
  std::string content_types_;  // "" = made from the parts
};

}  // namespace plancheck::report::docx
