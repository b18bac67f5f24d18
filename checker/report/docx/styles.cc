#include "checker/report/docx/styles.h"

#include <cmath>

#include "checker/report/docx/wordml.h"

namespace plancheck::report::docx {
namespace {

long long HalfPoints(double points) { return std::lround(points * 2); }
long long PointTwips(double points) { return std::lround(points * 20); }

pugi::xml_node RootWithNamespace(pugi::xml_document& xml, const char* name) {
  pugi::xml_node root = xml.append_child(name);
  root.append_attribute("xmlns:w") = kWordNamespace;
  return root;
}

void RunProperties(pugi::xml_node parent, const ParagraphStyle& style) {
  ParagraphStyle s = style;
  if (s.latin_font.empty()) s.latin_font = s.east_asia_font;
  pugi::xml_node r = parent.append_child("w:rPr");
  pugi::xml_node fonts = r.append_child("w:rFonts");
  SetW(fonts, "ascii", s.latin_font);
  SetW(fonts, "hAnsi", s.latin_font);
  SetW(fonts, "eastAsia", s.east_asia_font);
  SetW(fonts, "cs", s.latin_font);
  SetW(fonts, "hint", "eastAsia");  // quotation marks “” are full width, in the Chinese font
  if (s.bold) {
    r.append_child("w:b");
    r.append_child("w:bCs");
  }
  SetW(r.append_child("w:kern"), "val", 0);
  AppendVal(r, "w:sz", std::to_string(HalfPoints(s.points)));
  AppendVal(r, "w:szCs", std::to_string(HalfPoints(s.points)));
  pugi::xml_node lang = r.append_child("w:lang");
  SetW(lang, "val", "en-US");
  SetW(lang, "eastAsia", "zh-CN");  // a reader without the font falls back to a Chinese one
}

void ParagraphProperties(pugi::xml_node parent, const ParagraphStyle& s) {
  pugi::xml_node p = parent.append_child("w:pPr");
  if (s.keep_next) p.append_child("w:keepNext");
  p.append_child("w:widowControl");
  if (!s.snap_to_grid) AppendVal(p, "w:snapToGrid", "0");
  pugi::xml_node spacing = p.append_child("w:spacing");
  SetW(spacing, "before", PointTwips(s.before_points));
  SetW(spacing, "after", PointTwips(s.after_points));
  if (s.line_points > 0) {
    SetW(spacing, "line", PointTwips(s.line_points));
    SetW(spacing, "lineRule", "exact");
  } else {
    SetW(spacing, "line", 240);
    SetW(spacing, "lineRule", "auto");
  }
  // Always written: a style without an indent must undo the body's two characters.
  pugi::xml_node ind = p.append_child("w:ind");
  SetW(ind, "firstLineChars", s.first_line_chars * 100LL);
  SetW(ind, "firstLine", PointTwips(s.points * s.first_line_chars));
  AppendVal(p, "w:jc", s.align);
  if (s.outline_level >= 0) AppendVal(p, "w:outlineLvl", std::to_string(s.outline_level));
}

void AppendStyle(pugi::xml_node styles, const ParagraphStyle& s, bool is_default) {
  pugi::xml_node style = styles.append_child("w:style");
  SetW(style, "type", "paragraph");
  if (is_default) SetW(style, "default", "1");
  SetW(style, "styleId", s.id);
  AppendVal(style, "w:name", s.name);
  if (!is_default) {
    AppendVal(style, "w:basedOn", "Normal");
    AppendVal(style, "w:next", "Normal");
  }
  style.append_child("w:qFormat");
  ParagraphProperties(style, s);
  RunProperties(style, s);
}

void AppendTableGrid(pugi::xml_node styles) {
  pugi::xml_node style = styles.append_child("w:style");
  SetW(style, "type", "table");
  SetW(style, "styleId", "TableGrid");
  AppendVal(style, "w:name", "Table Grid");
  pugi::xml_node props = style.append_child("w:tblPr");
  pugi::xml_node borders = props.append_child("w:tblBorders");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
    pugi::xml_node b = borders.append_child(side);
    SetW(b, "val", "single");
    SetW(b, "sz", 4);
    SetW(b, "space", 0);
    SetW(b, "color", "000000");
  }
  pugi::xml_node margins = props.append_child("w:tblCellMar");
  for (const char* side : {"w:left", "w:right"}) {
    pugi::xml_node m = margins.append_child(side);
    SetW(m, "w", 85);
    SetW(m, "type", "dxa");
  }
}

}  // namespace

pugi::xml_document StylesPart(const ParagraphStyle& normal,
                              const std::vector<ParagraphStyle>& styles) {
  pugi::xml_document xml;
  pugi::xml_node root = RootWithNamespace(xml, "w:styles");
  pugi::xml_node defaults = root.append_child("w:docDefaults");
  RunProperties(defaults.append_child("w:rPrDefault"), normal);
  ParagraphProperties(defaults.append_child("w:pPrDefault"), normal);
  AppendStyle(root, normal, true);
  for (const ParagraphStyle& s : styles) AppendStyle(root, s, false);
  AppendTableGrid(root);
  return xml;
}

pugi::xml_document FontTablePart(const std::vector<FontFace>& fonts) {
  pugi::xml_document xml;
  pugi::xml_node root = RootWithNamespace(xml, "w:fonts");
  for (const FontFace& f : fonts) {
    pugi::xml_node font = root.append_child("w:font");
    SetW(font, "name", f.name);
    if (!f.alt_name.empty()) AppendVal(font, "w:altName", f.alt_name);
    AppendVal(font, "w:charset", f.charset);
    AppendVal(font, "w:family", f.family);
    AppendVal(font, "w:pitch", "variable");
  }
  return xml;
}

}  // namespace plancheck::report::docx
