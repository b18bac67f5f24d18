#include "checker/formats/docx/styles.h"

#include <re2/re2.h>

namespace plancheck::docx {
namespace {

constexpr int kMaxChain = 32;  // basedOn chains are short; this stops a cycle

}  // namespace

NumberingRef ReadNumberingRef(const WordNames& w, pugi::xml_node ppr) {
  NumberingRef ref;
  const pugi::xml_node num_pr = w.Child(ppr, "numPr");
  if (!num_pr) return ref;
  if (const pugi::xml_node id = w.Child(num_pr, "numId"))
    ref.num_id = std::string(w.Attr(id, "val"));
  if (const pugi::xml_node level = w.Child(num_pr, "ilvl"))
    ref.level = ToInt(w.Attr(level, "val"), 0);
  return ref;
}

int HeadingLevelOfName(std::string_view name) {
  static const RE2 pattern(R"((?i)^\s*(?:heading|标题)\s*([1-9])\s*$)");
  int level = 0;
  return RE2::FullMatch(name, pattern, &level) ? level : 0;
}

StyleSheet::StyleSheet(const XmlPart& part) {
  const WordNames& w = part.w;
  for (const pugi::xml_node node : part.root().children()) {
    if (!w.Is(node, "style")) continue;
    Style style;
    style.id = w.Attr(node, "styleId");
    style.type = w.Attr(node, "type");
    style.name = w.ChildVal(node, "name");
    style.based_on = w.ChildVal(node, "basedOn");
    if (const pugi::xml_node ppr = w.Child(node, "pPr")) {
      if (const pugi::xml_node lvl = w.Child(ppr, "outlineLvl")) {
        style.outline_level = ToInt(w.Attr(lvl, "val"), 9);
      }
      style.numbering = ReadNumberingRef(w, ppr);
    }
    const std::string_view is_default = w.Attr(node, "default");
    if (style.type == "paragraph" && (is_default == "1" || is_default == "true")) {
      default_paragraph_ = style.id;
    }
    styles_.emplace(style.id, std::move(style));
  }
}

const Style* StyleSheet::Find(std::string_view id) const {
  const auto it = styles_.find(id);
  return it == styles_.end() ? nullptr : &it->second;
}

std::string StyleSheet::Name(std::string_view id) const {
  const Style* style = Find(id);
  return style != nullptr && !style->name.empty() ? style->name : std::string(id);
}

int StyleSheet::OutlineLevel(std::string_view id) const {
  const Style* style = Find(id);
  for (int depth = 0; style != nullptr && depth < kMaxChain; ++depth) {
    if (style->outline_level) return *style->outline_level < 9 ? *style->outline_level + 1 : 0;
    if (const int level = HeadingLevelOfName(style->name)) return level;
    style = Find(style->based_on);
  }
  return id.empty() ? 0 : HeadingLevelOfName(id);  // a missing styles.xml: the id may be "Heading1"
}

NumberingRef StyleSheet::Numbering(std::string_view id) const {
  NumberingRef ref;
  const Style* style = Find(id);
  for (int depth = 0; style != nullptr && depth < kMaxChain; ++depth) {
    if (!ref.num_id) ref.num_id = style->numbering.num_id;
    if (!ref.level) ref.level = style->numbering.level;
    if (ref.num_id && ref.level) break;
    style = Find(style->based_on);
  }
  return ref;
}

}  // namespace plancheck::docx
