#pragma once
// Where a block's text comes from in word/document.xml: an annotated copy puts comments and
// tracked changes around exactly the runs of a finding, and a Word comment read back covers
// exactly the text it is anchored on. Numbering labels, the spaces a soft break adds and the like
// are in the text but not in the XML: no piece covers them.
#include <pugixml.hpp>

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace plancheck::docx {

// Bytes [begin, end) of the text, from `node`: a w:t whose text they are byte for byte, or an
// element that stands for one character (w:tab, w:sym, w:noBreakHyphen, m:t).
struct TextPiece {
  std::size_t begin = 0;
  std::size_t end = 0;
  pugi::xml_node node;
  bool text = true;  // node is a w:t (or m:t): its bytes can be split
};

// A w:commentRangeStart / w:commentRangeEnd met at a byte of the text.
struct CommentMark {
  std::string id;
  bool start = true;
  std::size_t offset = 0;
};

// One w:p as the loader read it; offsets are into the block's `text` (label included).
struct ParagraphSource {
  int line = 0;  // the paragraph number, Block::line
  pugi::xml_node paragraph;
  std::size_t label = 0;  // bytes of the numbering label the text starts with
  std::vector<TextPiece> pieces;
  std::vector<CommentMark> marks;
};

// The plan text a Word comment is anchored on: blocks (indices into Document::blocks) and byte
// offsets into their text. A start in a paragraph without a block moves to the next block, an end
// to the end of the previous one.
struct CommentAnchor {
  std::size_t first_block = 0, first_offset = 0;
  std::size_t last_block = 0, last_offset = 0;
  bool started = false, ended = false;
  int line = 0;  // the paragraph its start is in
};

using ParagraphSink = std::function<void(ParagraphSource)>;

}  // namespace plancheck::docx
