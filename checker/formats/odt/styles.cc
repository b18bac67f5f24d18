#include "checker/formats/odt/styles.h"

#include <algorithm>
#include <charconv>

#include "checker/formats/docx/styles.h"

namespace plancheck::odt {
namespace {

// basedOn chains are short; a longer one is a cycle.
constexpr int kMaxChain = 32;

int IntAttr(pugi::xml_node node, const char* name, int fallback) {
  const std::string_view text = node.attribute(name).value();
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() && end == text.data() + text.size() ? value : fallback;
}

ListLevelStyle ReadLevel(pugi::xml_node node) {
  ListLevelStyle level;
  const std::string_view kind = node.name();
  level.numbered = kind == "text:list-level-style-number" || kind == "text:outline-level-style";
  level.format = node.attribute("style:num-format").value();
  level.prefix = node.attribute("style:num-prefix").value();
  level.suffix = node.attribute("style:num-suffix").value();
  level.list_format = node.attribute("loext:num-list-format").value();
  level.start = IntAttr(node, "text:start-value", 1);
  level.display_levels = std::clamp(IntAttr(node, "text:display-levels", 1), 1, kListLevels);
  const pugi::xml_node alignment =
      node.child("style:list-level-properties").child("style:list-level-label-alignment");
  if (const pugi::xml_attribute followed = alignment.attribute("text:label-followed-by")) {
    level.followed_by = followed.value();
  }
  return level;
}

ListStyle ReadList(pugi::xml_node node) {
  ListStyle list;
  for (const pugi::xml_node level : node.children()) {
    const int index = IntAttr(level, "text:level", 0) - 1;
    if (index >= 0 && index < kListLevels)
      list.levels[static_cast<std::size_t>(index)] = ReadLevel(level);
  }
  return list;
}

void ReadStyles(pugi::xml_node styles, bool automatic,
                std::map<std::string, ParagraphStyle, std::less<>>& paragraphs,
                std::map<std::string, ListStyle, std::less<>>& lists, ListStyle& outline) {
  for (const pugi::xml_node node : styles.children()) {
    const std::string_view kind = node.name();
    if (kind == "text:list-style") {
      lists[node.attribute("style:name").value()] = ReadList(node);
    } else if (kind == "text:outline-style") {
      outline = ReadList(node);
    } else if (kind == "style:style" &&
               std::string_view(node.attribute("style:family").value()) == "paragraph") {
      ParagraphStyle style;
      const std::string name = node.attribute("style:name").value();
      const pugi::xml_attribute display = node.attribute("style:display-name");
      style.display_name = display ? display.value() : name;
      style.parent = node.attribute("style:parent-style-name").value();
      style.list_style = node.attribute("style:list-style-name").value();
      if (node.attribute("style:default-outline-level")) {
        style.outline_level = IntAttr(node, "style:default-outline-level", 0);
      }
      style.automatic = automatic;
      paragraphs[name] = std::move(style);
    }
  }
}

}  // namespace

void StyleSheet::Read(pugi::xml_node root) {
  ReadStyles(root.child("office:styles"), false, paragraphs_, lists_, outline_);
  ReadStyles(root.child("office:automatic-styles"), true, paragraphs_, lists_, outline_);
  for (const pugi::xml_node face : root.child("office:font-face-decls").children()) {
    std::string family = face.attribute("svg:font-family").value();
    std::erase(family, '\'');  // 'Times New Roman'
    font_faces_[face.attribute("style:name").value()] = family;
  }
  for (const char* group : {"office:styles", "office:automatic-styles"}) {
    for (const pugi::xml_node node : root.child(group).children("style:style")) {
      if (std::string_view(node.attribute("style:family").value()) != "text") continue;
      const pugi::xml_attribute font =
          node.child("style:text-properties").attribute("style:font-name");
      if (font) text_fonts_[node.attribute("style:name").value()] = font.value();
    }
  }
}

std::string StyleSheet::FontOf(std::string_view text_style) const {
  const auto it = text_fonts_.find(text_style);
  if (it == text_fonts_.end()) return "";
  const auto face = font_faces_.find(it->second);
  return face == font_faces_.end() || face->second.empty() ? it->second : face->second;
}

const ListStyle* StyleSheet::List(std::string_view name) const {
  const auto it = lists_.find(name);
  return it == lists_.end() ? nullptr : &it->second;
}

const ParagraphStyle* StyleSheet::Find(std::string_view name) const {
  const auto it = paragraphs_.find(name);
  return it == paragraphs_.end() ? nullptr : &it->second;
}

std::string StyleSheet::DisplayName(std::string_view name) const {
  const ParagraphStyle* style = Find(name);
  for (int hop = 0; style != nullptr && style->automatic && hop < kMaxChain; ++hop) {
    const ParagraphStyle* parent = Find(style->parent);
    if (parent == nullptr) break;
    style = parent;
  }
  return style == nullptr ? std::string(name) : style->display_name;
}

int StyleSheet::OutlineLevel(std::string_view name) const {
  const ParagraphStyle* style = Find(name);
  for (int hop = 0; style != nullptr && hop < kMaxChain; ++hop) {
    if (style->outline_level) return std::clamp(*style->outline_level, 0, kListLevels);
    if (const int level = docx::HeadingLevelOfName(style->display_name)) return level;
    style = Find(style->parent);
  }
  return 0;
}

std::string StyleSheet::ListStyleOf(std::string_view name) const {
  const ParagraphStyle* style = Find(name);
  for (int hop = 0; style != nullptr && hop < kMaxChain; ++hop) {
    if (!style->list_style.empty()) return style->list_style;
    style = Find(style->parent);
  }
  return "";
}

}  // namespace plancheck::odt
