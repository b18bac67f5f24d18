#pragma once
#include <pugixml.hpp>

#include <string>
#include <vector>

#include "checker/formats/odt/styles.h"

namespace plancheck::odt {

// A text:note cited in a paragraph.
struct NoteRef {
  std::string id;        // the citation as shown ("1"), else text:id
  bool endnote = false;  // text:note-class="endnote"
  pugi::xml_node body;   // text:note-body
};

// The text a reader sees in one text:p or text:h: spans, links, fields' shown text, text:s
// spaces, tabs and line breaks; no notes' bodies, annotations, bookmarks, tracked deletions or
// hidden text. Notes and text boxes are collected for the caller.
class InlineText {
 public:
  // `styles` gives the fonts of spans: a symbol font's private-use characters are mapped.
  InlineText(int& depth, const StyleSheet* styles) : depth_(depth), styles_(styles) {}

  void Read(pugi::xml_node paragraph);

  const std::string& text() const { return text_; }
  const std::vector<NoteRef>& notes() const { return notes_; }
  // draw:text-box elements anchored in the paragraph: their paragraphs follow the anchor's.
  const std::vector<pugi::xml_node>& text_boxes() const { return text_boxes_; }

 private:
  void Walk(pugi::xml_node node);
  void Element(pugi::xml_node node);
  void FindTextBoxes(pugi::xml_node node);
  void Append(std::string_view piece);
  void AppendText(std::string_view text);

  int& depth_;  // element nesting (Nesting), shared with the body reader
  const StyleSheet* styles_;
  std::string font_;  // of the span being read
  std::string text_;
  bool pending_break_ = false;
  std::vector<NoteRef> notes_;
  std::vector<pugi::xml_node> text_boxes_;
};

// A note body's text: its paragraphs trimmed and joined as soft line breaks.
std::string NoteText(pugi::xml_node body, int& depth, const StyleSheet* styles);

}  // namespace plancheck::odt
