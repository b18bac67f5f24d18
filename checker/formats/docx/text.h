#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "checker/document/table_grid.h"
#include "checker/formats/docx/source_map.h"
#include "checker/formats/docx/xml.h"

namespace plancheck::docx {

// A complex field (w:fldChar begin … separate … end) being read; fields nest and may span
// paragraphs, so the frames outlive one paragraph.
struct FieldFrame {
  std::string instruction;  // w:instrText joined: " PAGEREF _Toc1 \h ", " TOC \o "1-3" "
  bool in_result = false;   // past the separate mark: the field's shown text
};

// The text a reader sees in one paragraph (or footnote paragraph): runs, tabs, breaks and
// symbols; no field codes, deleted text, hidden text, bookmarks, drawings or a table of contents.
class ParagraphText {
 public:
  ParagraphText(const WordNames& w, std::vector<FieldFrame>& fields) : w_(w), fields_(fields) {}

  // Reads the content of the w:p `paragraph` (its w:pPr is skipped).
  void Read(pugi::xml_node paragraph);

  const std::string& text() const { return text_; }
  // w:id of the footnotes / endnotes referenced, in order.
  const std::vector<std::string>& footnotes() const { return footnotes_; }
  const std::vector<std::string>& endnotes() const { return endnotes_; }
  // The w:txbxContent of the text boxes anchored in the paragraph (a 专栏 box is often one):
  // their paragraphs follow the anchor's.
  const std::vector<pugi::xml_node>& text_boxes() const { return text_boxes_; }
  // Where each byte of text() comes from, and the comment anchors met (offsets into text()).
  const std::vector<TextPiece>& pieces() const { return pieces_; }
  const std::vector<CommentMark>& marks() const { return marks_; }

 private:
  void Walk(pugi::xml_node node);
  void Run(pugi::xml_node run);
  void RunContent(pugi::xml_node child);
  void FindTextBoxes(pugi::xml_node node);
  void Field(pugi::xml_node fld_char);
  void Simple(pugi::xml_node fld_simple);
  void MathText(pugi::xml_node node);
  void Append(std::string_view piece, pugi::xml_node from, bool text);
  bool Visible() const;

  const WordNames& w_;
  std::vector<FieldFrame>& fields_;
  std::string text_;
  bool pending_break_ = false;
  bool hidden_ = false;  // inside a w:vanish run
  int toc_ = 0;          // inside a simple TOC field
  std::vector<std::string> footnotes_;
  std::vector<std::string> endnotes_;
  std::vector<pugi::xml_node> text_boxes_;
  std::vector<TextPiece> pieces_;
  std::vector<CommentMark> marks_;
  int depth_ = 0;  // element nesting being walked (Nesting)
};

// Joins paragraphs as a soft line break does (document/table_grid.h).
using plancheck::JoinSoft;

// The character a w:sym stands for: w:char is hex, 0xF0xx in a symbol font ("Symbol" maps to
// Unicode; "Wingdings" and other pictures give ""). Plain code points pass through.
std::string SymbolCharacter(std::string_view font, std::string_view hex);

}  // namespace plancheck::docx
