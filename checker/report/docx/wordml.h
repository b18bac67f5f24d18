#pragma once
// WordprocessingML built with pugixml: the body of word/document.xml (paragraphs, runs, tables,
// fields, the section's page) and the namespaces every part of ours declares. The 审核意见 and the
// annotated copy's new plan text are both made of these.
#include <pugixml.hpp>
#include <span>
#include <string>
#include <string_view>

namespace plancheck::report::docx {

inline constexpr char kWordNamespace[] =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr char kRelationshipNamespace[] =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// w:x = "v" on `node`: every attribute of WordprocessingML is in the w: namespace.
void SetW(pugi::xml_node node, const char* name, std::string_view value);
void SetW(pugi::xml_node node, const char* name, long long value);
// <w:name w:val="value"/> appended to `parent`.
pugi::xml_node AppendVal(pugi::xml_node parent, const char* name, std::string_view value);

// Run formatting given on the run, over its paragraph's style.
struct RunFormat {
  bool bold = false;
  std::string east_asia_font;  // "" keeps the style's
  int half_points = 0;         // 0 keeps the style's size
};

// <w:document><w:body/></w:document> with the w: and r: namespaces; returns the body.
pugi::xml_node StartDocument(pugi::xml_document& xml);
// A paragraph of `style` ("" for Normal) appended to a body or a table cell.
pugi::xml_node AppendParagraph(pugi::xml_node parent, std::string_view style);
// `text` as runs of one format: made XML-safe, tabs as w:tab, newlines as w:br, spaces kept.
void AppendText(pugi::xml_node paragraph, std::string_view text, const RunFormat& format = {});
// A field (PAGE, NUMPAGES) showing `shown` until the reader updates it.
void AppendField(pugi::xml_node paragraph, std::string_view instruction, std::string_view shown,
                 const RunFormat& format = {});
void AppendPageBreak(pugi::xml_node body);

// A table with fixed column widths (twips), borders from `style`; rows and cells appended by
// the caller. A header row repeats on every page the table runs over.
pugi::xml_node AppendTable(pugi::xml_node body, std::string_view style,
                           std::span<const int> column_twips);
pugi::xml_node AppendRow(pugi::xml_node table, bool header);
pugi::xml_node AppendCell(pugi::xml_node row, int twips);

// The page of a section, in millimetres as a standard gives it.
struct PageSetup {
  double width_mm = 210, height_mm = 297;  // A4
  double top_mm = 37, bottom_mm = 35, left_mm = 28, right_mm = 26;
  double header_mm = 15, footer_mm = 23;  // GB/T 9704: page number 7 mm below the text
  int line_pitch_twips = 0;               // document grid (lines per page), 0 for none
  std::string footer_rel_id;              // r:id of the footer part, "" for none
};
int Twips(double mm);
// The body's final w:sectPr.
void AppendSection(pugi::xml_node body, const PageSetup& page);

}  // namespace plancheck::report::docx
