#pragma once
// The styles of an OpenDocument text (styles.xml and content.xml's automatic styles) as far as
// the loader needs them: paragraph styles for headings, list styles for the numbers they render.
#include <pugixml.hpp>

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace plancheck::odt {

// ODF has ten list levels.
inline constexpr int kListLevels = 10;

// One text:list-level-style-* (or text:outline-level-style) of a list style.
struct ListLevelStyle {
  bool numbered = false;                // list-level-style-number; bullets and images give no label
  std::string format;                   // style:num-format: "1", "一, 二, 三, ...", "" (none)
  std::string prefix;                   // style:num-prefix
  std::string suffix;                   // style:num-suffix
  std::string list_format;              // loext:num-list-format: "（%2%）", "第%1%章"
  int start = 1;                        // text:start-value
  int display_levels = 1;               // text:display-levels: "1.2.3" shows three
  std::string followed_by = "listtab";  // text:label-followed-by: listtab, space, nothing
};

struct ListStyle {
  std::array<ListLevelStyle, kListLevels> levels;
};

struct ParagraphStyle {
  std::string display_name;          // style:display-name, else style:name
  std::string parent;                // style:parent-style-name
  std::string list_style;            // style:list-style-name
  std::optional<int> outline_level;  // style:default-outline-level
  bool automatic = false;            // from office:automatic-styles: named after its parent
};

class StyleSheet {
 public:
  // Adds the styles of one part's root (office:document-styles or office:document-content).
  void Read(pugi::xml_node root);

  const ListStyle* List(std::string_view name) const;
  // text:outline-style: the numbering of text:h outside lists.
  const ListStyle& Outline() const { return outline_; }
  // The name a user sees: an automatic style ("P5") shows its parent's ("标题 1").
  std::string DisplayName(std::string_view name) const;
  // 1 for a paragraph style of outline level 1 or named Heading 1 / 标题 1 (or based on one), …;
  // 0 for body text.
  int OutlineLevel(std::string_view name) const;
  // The list style the paragraph style (or one it is based on) gives its list paragraphs.
  std::string ListStyleOf(std::string_view name) const;
  // The font family a text style sets ("Symbol"), "" when it sets none.
  std::string FontOf(std::string_view text_style) const;

 private:
  const ParagraphStyle* Find(std::string_view name) const;

  std::map<std::string, ParagraphStyle, std::less<>> paragraphs_;
  std::map<std::string, ListStyle, std::less<>> lists_;
  std::map<std::string, std::string, std::less<>> text_fonts_;  // text style -> font-face name
  std::map<std::string, std::string, std::less<>> font_faces_;  // font-face name -> family
  ListStyle outline_;
};

}  // namespace plancheck::odt
