#pragma once
#include <map>
#include <string>
#include <string_view>

#include "checker/document/document.h"
#include "checker/formats/docx/numbering.h"
#include "checker/formats/docx/source_map.h"
#include "checker/formats/docx/styles.h"
#include "checker/formats/docx/xml.h"

namespace plancheck::docx {

// What the body reader takes from the other parts of the package.
struct BodyContext {
  const WordNames& w;  // names of word/document.xml
  const StyleSheet& styles;
  Numbering& numbering;                                 // advanced paragraph by paragraph
  const std::map<std::string, std::string>& footnotes;  // w:id -> text
  const std::map<std::string, std::string>& endnotes;
  const ParagraphSink* paragraphs = nullptr;                 // told of every paragraph, when set
  std::map<std::string, CommentAnchor>* comments = nullptr;  // filled by comment id, when set
};

// Reads w:body into doc.blocks, doc.tables and doc.footnotes, in document order: one block per
// non-blank paragraph, numbered 1, 2, … over every paragraph (empty ones, those of table cells
// and, after their anchor, those of text boxes); footnote blocks after the paragraph that cites
// them, on its number. Returns the number of paragraphs.
int ReadBody(const BodyContext& context, pugi::xml_node body, Document& doc);

// The notes of footnotes.xml (element "footnote") or endnotes.xml ("endnote"): w:id -> text,
// separators left out.
std::map<std::string, std::string> ReadNotes(const XmlPart& part, std::string_view element);

}  // namespace plancheck::docx
