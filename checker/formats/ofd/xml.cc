#include "checker/formats/ofd/xml.h"

#include <algorithm>
#include <vector>

#include "checker/decode/input_error.h"
#include "checker/formats/ofd/package.h"
#include "checker/formats/zip/xml.h"

namespace plancheck::ofd {
namespace {

// The deepest element nesting of `doc`, walked with an explicit stack so that a hostile part
// cannot exhaust ours; stops at `limit` + 1.
int Depth(const pugi::xml_document& doc, int limit) {
  std::vector<std::pair<pugi::xml_node, int>> stack = {{doc.document_element(), 1}};
  int deepest = 0;
  while (!stack.empty() && deepest <= limit) {
    const auto [node, depth] = stack.back();
    stack.pop_back();
    deepest = std::max(deepest, depth);
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
      if (child.type() == pugi::node_element) stack.emplace_back(child, depth + 1);
    }
  }
  return deepest;
}

}  // namespace

std::string_view Local(pugi::xml_node node) {
  const std::string_view name = node.name();
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node Child(pugi::xml_node node, std::string_view local) {
  for (const pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_element && Local(child) == local) return child;
  }
  return {};
}

void ParseOfdXml(const std::string& path, const std::string& part, std::string_view bytes,
                 pugi::xml_document& doc) {
  ParseXml(path, kOfdPackage, part, bytes, doc);  // well-formed, no DTD, a root
  // Checked up front, not while walking: the page reader recurses into PageBlocks.
  if (Depth(doc, kMaxNesting) > kMaxNesting) {
    const std::string limit = std::to_string(kMaxNesting);
    throw InputError(
        path, "部件 " + part + " 的元素嵌套超过 " + limit + " 层；拒绝读取",
        "part " + part + " nests elements more than " + limit + " levels deep; refused");
  }
}

}  // namespace plancheck::ofd
