#pragma once
#include <pugixml.hpp>

#include <string>
#include <string_view>

namespace plancheck::ofd {

// Elements nested deeper than this in one part are refused: the page reader walks PageBlocks
// recursively, and no producer nests a tenth as deep.
inline constexpr int kMaxNesting = 100;

// Parses the part `part` of the OFD at `path` with the package defences of formats/zip (no DTD,
// so no entity expansion) and refuses nesting past kMaxNesting; InputError names both.
void ParseOfdXml(const std::string& path, const std::string& part, std::string_view bytes,
                 pugi::xml_document& doc);

// The name of `node` after its prefix: "TextObject" for ofd:TextObject.
std::string_view Local(pugi::xml_node node);

// The first child element named <prefix:>`local`, or an empty node.
pugi::xml_node Child(pugi::xml_node node, std::string_view local);

}  // namespace plancheck::ofd
