#pragma once
// A .docx read for an annotated copy: the Document, and word/document.xml kept parsed with every
// paragraph's source map, so the copy edits the very nodes the text came from.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "checker/document/document.h"
#include "checker/formats/docx/source_map.h"
#include "checker/formats/docx/xml.h"

namespace plancheck::docx {

struct DocxSource {
  std::string main_part;                          // "word/document.xml"
  XmlPart main;                                   // parsed; the annotator edits it
  std::vector<ParagraphSource> paragraphs;        // in paragraph-number order
  std::map<std::string, CommentAnchor> comments;  // the anchors of the comments, by w:id
};

// ParseDocx that also fills `source`. Throws InputError as ParseDocx does.
Document ParseDocxWithSource(const std::string& path, std::string_view bytes, DocxSource& source);

}  // namespace plancheck::docx
