#pragma once
#include <libxml/tree.h>

#include "checker/document/document.h"
#include "checker/formats/html/page.h"

namespace plancheck::html {

// Reads the page's article into doc.blocks, doc.tables and doc.footnotes, in document order:
// one block per paragraph (p, div text, h1–h6 with their outline level, a run of text ended by
// <br>, a table cell's paragraph), numbered 1, 2, …; the headline first when the article does
// not restate it; Word's exported footnotes ([1] … _ftn1) after the paragraph citing them.
// Returns the number of paragraphs.
int ReadArticle(const Page& page, Document& doc);

}  // namespace plancheck::html
