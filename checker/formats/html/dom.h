#pragma once
// Small reads of libxml2's HTML tree, and a walk that needs no recursion: a hostile page's
// nesting cannot exhaust the stack.
#include <libxml/tree.h>

#include <string>
#include <string_view>

namespace plancheck::html {

// The element's name, lower case as libxml2's HTML parser gives it ("" for a non-element).
inline std::string_view Name(const xmlNode* node) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE || node->name == nullptr) return "";
  return reinterpret_cast<const char*>(node->name);
}

// The attribute's value ("" when absent).
std::string Attr(const xmlNode* node, const char* name);

// Text of a text or CDATA node ("" for others).
inline std::string_view Content(const xmlNode* node) {
  if (node->type != XML_TEXT_NODE && node->type != XML_CDATA_SECTION_NODE) return "";
  if (node->content == nullptr) return "";
  return reinterpret_cast<const char*>(node->content);
}

bool IsHeading(std::string_view name);  // h1 … h6
int HeadingLevel(std::string_view name);

// Elements that end a line of text where they start and end (p, div, li, h1 …).
bool IsBlockElement(std::string_view name);

// Visits `root` and everything below it in document order: `enter(node, depth)` returns whether
// to go into the node's children; `leave(node)` follows each entered node once its children are
// done (at once for a node not gone into). Iterative: the depth costs no stack.
template <class Enter, class Leave>
void Walk(xmlNode* root, Enter&& enter, Leave&& leave) {
  xmlNode* node = root;
  int depth = 0;
  while (node != nullptr) {
    if (enter(node, depth) && node->children != nullptr) {
      node = node->children;
      ++depth;
      continue;
    }
    while (node != nullptr) {
      leave(node);
      if (node == root) return;
      if (node->next != nullptr) {
        node = node->next;
        break;
      }
      node = node->parent;
      --depth;
    }
  }
}

}  // namespace plancheck::html
