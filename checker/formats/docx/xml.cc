#include "checker/formats/docx/xml.h"

#include <charconv>

namespace plancheck::docx {
namespace {

constexpr std::string_view kTransitional =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";

std::string_view AfterPrefix(std::string_view name, std::string_view prefix) {
  if (!name.starts_with(prefix)) return {};
  name.remove_prefix(prefix.size());
  return name.find(':') == std::string_view::npos ? name : std::string_view{};
}

}  // namespace

WordNames::WordNames(pugi::xml_node root) {
  for (const pugi::xml_attribute attr : root.attributes()) {
    const std::string_view name = attr.name();
    const std::string_view value = attr.value();
    if (value != kTransitional && value != kStrict) continue;
    if (name == "xmlns") {
      prefix_.clear();
      return;
    }
    if (name.starts_with("xmlns:")) {
      prefix_ = std::string(name.substr(6)) + ":";
      return;
    }
  }
}

bool WordNames::Is(pugi::xml_node node, std::string_view local) const {
  return Local(node) == local;
}

std::string_view WordNames::Local(pugi::xml_node node) const {
  if (node.type() != pugi::node_element) return {};
  return AfterPrefix(node.name(), prefix_);
}

pugi::xml_node WordNames::Child(pugi::xml_node node, std::string_view local) const {
  for (const pugi::xml_node child : node.children()) {
    if (Is(child, local)) return child;
  }
  return {};
}

std::string_view WordNames::Attr(pugi::xml_node node, std::string_view local) const {
  for (const pugi::xml_attribute attr : node.attributes()) {
    if (AfterPrefix(attr.name(), prefix_) == local) return attr.value();
  }
  return {};
}

std::string_view WordNames::ChildVal(pugi::xml_node node, std::string_view local) const {
  const pugi::xml_node child = Child(node, local);
  return child ? Attr(child, "val") : std::string_view{};
}

bool WordNames::Flag(pugi::xml_node node, std::string_view local) const {
  const pugi::xml_node child = Child(node, local);
  if (!child) return false;
  const std::string_view val = Attr(child, "val");
  return val != "0" && val != "false" && val != "off";
}

std::string_view LocalName(pugi::xml_node node) {
  const std::string_view name = node.name();
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

void ParseXmlPart(const std::string& path, const std::string& name, std::string_view bytes,
                  XmlPart& part) {
  part.name = name;
  ParseXml(path, kDocxPackage, name, bytes, part.doc);
  part.w = WordNames(part.root());
}

int ToInt(std::string_view text, int fallback) {
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() && end == text.data() + text.size() ? value : fallback;
}

}  // namespace plancheck::docx
