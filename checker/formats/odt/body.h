#pragma once
#include <pugixml.hpp>

#include "checker/document/document.h"
#include "checker/formats/odt/styles.h"

namespace plancheck::odt {

// Reads office:text into doc.blocks, doc.tables and doc.footnotes, in document order, as the
// .docx loader does: one block per non-blank paragraph (text:p, text:h), numbered 1, 2, … over
// every paragraph (empty ones, those of table cells and of text boxes after their anchor); list
// labels rendered in front of the text; footnote blocks after the paragraph citing them, on its
// number. Returns the number of paragraphs. Throws TooDeep (zip/xml.h) past the nesting limit.
int ReadBody(const StyleSheet& styles, pugi::xml_node text, Document& doc);

}  // namespace plancheck::odt
