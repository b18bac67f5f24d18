#include "checker/formats/html/dom.h"

#include <array>

namespace plancheck::html {

std::string Attr(const xmlNode* node, const char* name) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE) return "";
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return "";
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

bool IsHeading(std::string_view name) { return HeadingLevel(name) > 0; }

int HeadingLevel(std::string_view name) {
  if (name.size() != 2 || name[0] != 'h' || name[1] < '1' || name[1] > '6') return 0;
  return name[1] - '0';
}

bool IsBlockElement(std::string_view name) {
  static constexpr std::array<std::string_view, 27> kBlocks = {
      "p",       "div",     "li",   "ul",     "ol",      "dl",   "dt",    "dd",     "blockquote",
      "section", "article", "main", "center", "address", "pre",  "hr",    "figure", "figcaption",
      "table",   "tr",      "td",   "th",     "caption", "body", "tbody", "thead",  "tfoot"};
  if (IsHeading(name)) return true;
  for (const std::string_view block : kBlocks) {
    if (name == block) return true;
  }
  return false;
}

}  // namespace plancheck::html
