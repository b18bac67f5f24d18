#pragma once
#include <pugixml.hpp>

#include <string>
#include <string_view>

#include "checker/formats/zip/xml.h"

namespace plancheck::docx {

// Element and attribute names of the WordprocessingML main namespace, whatever prefix the part
// binds it to ("w:" in practice; the transitional and the strict namespace both count).
class WordNames {
 public:
  WordNames() = default;
  explicit WordNames(pugi::xml_node root);

  // True when `node` is the element w:<local>.
  bool Is(pugi::xml_node node, std::string_view local) const;
  // The local name of a w: element, "" for elements of other namespaces.
  std::string_view Local(pugi::xml_node node) const;
  // The first child w:<local>, or an empty node.
  pugi::xml_node Child(pugi::xml_node node, std::string_view local) const;
  // The value of the attribute w:<local> ("" when absent).
  std::string_view Attr(pugi::xml_node node, std::string_view local) const;
  // The w:val of the child w:<local>, "" when the child or the attribute is absent.
  std::string_view ChildVal(pugi::xml_node node, std::string_view local) const;
  // An on/off property (w:b, w:vanish, w:tblHeader): present and not val="0|false|off".
  bool Flag(pugi::xml_node node, std::string_view local) const;
  // "w:<local>" with the part's own prefix: for elements and attributes an editor adds.
  std::string Name(std::string_view local) const { return prefix_ + std::string(local); }

 private:
  std::string prefix_ = "w:";  // with its colon; empty when w is the default namespace
};

// The name of `node` after its prefix: "AlternateContent" for mc:AlternateContent.
std::string_view LocalName(pugi::xml_node node);

// One XML part of the package, parsed. DTDs are refused: a part with <!DOCTYPE> is an
// InputError (entity bombs and external entities never reach the parser's expansion).
struct XmlPart {
  std::string name;  // "word/document.xml"
  pugi::xml_document doc;
  WordNames w;
  pugi::xml_node root() const { return doc.document_element(); }
};

// Parses `bytes` as the part `name` of the .docx at `path`; throws InputError naming both.
void ParseXmlPart(const std::string& path, const std::string& name, std::string_view bytes,
                  XmlPart& part);

// Nesting limits shared with the other package readers (zip/xml.h).
using plancheck::Nesting;
using plancheck::TooDeep;

// Parses an integer attribute value; `fallback` when it is empty or not a number.
int ToInt(std::string_view text, int fallback);

}  // namespace plancheck::docx
