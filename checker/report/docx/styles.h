#pragma once
// word/styles.xml and word/fontTable.xml: paragraph styles given by what a standard specifies
// (font, size in points, line spacing, indent), and the fonts with the ones to fall back to on a
// machine without them (a 公文 font such as 仿宋_GB2312 is often missing outside government PCs).
#include <pugixml.hpp>
#include <string>
#include <vector>

namespace plancheck::report::docx {

struct ParagraphStyle {
  std::string id;    // "Title"
  std::string name;  // "title"
  std::string east_asia_font;
  std::string latin_font;  // letters and digits; "" for the east Asian font
  double points = 16;      // 三号
  bool bold = false;
  std::string align = "both";  // left, center, right, both
  int first_line_chars = 0;    // indent of the first line, in characters
  double line_points = 0;      // exact line spacing; 0 for single
  double before_points = 0, after_points = 0;
  bool snap_to_grid = true;  // lines on the page's grid; false for tables and the title
  bool keep_next = false;    // headings stay with what follows
  int outline_level = -1;    // 0 for a level-1 heading (the navigation pane), -1 for body
};

// The document's default is `normal` (style id "Normal"); the others are based on it. A table
// style "TableGrid" (single borders) is always there.
pugi::xml_document StylesPart(const ParagraphStyle& normal,
                              const std::vector<ParagraphStyle>& styles);

struct FontFace {
  std::string name;               // as the runs name it: "仿宋_GB2312"
  std::string alt_name;           // what Word and WPS use when it is missing: "仿宋"
  std::string family = "modern";  // roman, swiss, modern, script, decorative
  std::string charset = "86";     // GB2312
};
pugi::xml_document FontTablePart(const std::vector<FontFace>& fonts);

}  // namespace plancheck::report::docx
