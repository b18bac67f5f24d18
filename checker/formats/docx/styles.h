#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "checker/formats/docx/xml.h"

namespace plancheck::docx {

// A paragraph's numbering reference (w:numPr): which list and which level.
struct NumberingRef {
  std::optional<std::string> num_id;  // "0" removes inherited numbering
  std::optional<int> level;           // w:ilvl, 0-based
};

// One w:style of styles.xml, as far as the loader needs it.
struct Style {
  std::string id;
  std::string name;                  // "heading 1", "标题 2", "Normal"
  std::string based_on;              // style id
  std::string type;                  // "paragraph", "character", "table", "numbering"
  std::optional<int> outline_level;  // w:outlineLvl, 0-based; 9 = body text
  NumberingRef numbering;
};

// The paragraph styles of styles.xml with their basedOn chains resolved on demand.
class StyleSheet {
 public:
  StyleSheet() = default;
  explicit StyleSheet(const XmlPart& styles);

  const Style* Find(std::string_view id) const;
  // The paragraph style a paragraph without w:pStyle takes.
  const std::string& default_paragraph() const { return default_paragraph_; }
  // The style's display name ("heading 1"); the id when the style is unknown.
  std::string Name(std::string_view id) const;
  // 1 for a Heading 1 / 标题 1 / outlineLvl 0 style (or one based on it), … ; 0 for body text.
  int OutlineLevel(std::string_view id) const;
  // The numbering the style (or a style it is based on) gives its paragraphs.
  NumberingRef Numbering(std::string_view id) const;

 private:
  std::map<std::string, Style, std::less<>> styles_;
  std::string default_paragraph_;
};

// The w:numPr of a w:pPr (empty when it has none).
NumberingRef ReadNumberingRef(const WordNames& w, pugi::xml_node ppr);

// The heading level a style name spells: "heading 2" / "Heading 2" / "标题 2" / "标题2" -> 2;
// 0 for any other name.
int HeadingLevelOfName(std::string_view name);

}  // namespace plancheck::docx
