#pragma once
#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

// A place in the original file: 1-based line and 1-based column in code points of that line.
// For a .docx, `line` is the paragraph number and `column` the code point in that paragraph.
struct SourcePos {
  int line = 0;
  int column = 0;
};

// Conversion debris removed from the text but remembered at its place.
struct Artefact {
  enum class Kind { kBookmark, kImage, kFootnoteRef, kMarkdownHeading, kBold };
  Kind kind;
  std::string text;  // as written, e.g. "[image: image1.png]" or "##"
  SourcePos pos;
};

// Code points of a long text before every kStride-th byte, so that the column of each of many
// places in one paragraph costs at most kStride bytes of counting, not the paragraph. A cache:
// built on first use by whichever thread asks first, for texts longer than kFrom bytes (shorter
// ones are counted directly); a copy starts empty. The text must not change once it is indexed.
class ColumnIndex {
 public:
  static constexpr std::size_t kStride = 256;
  static constexpr std::size_t kFrom = 4096;

  ColumnIndex() = default;
  ColumnIndex(const ColumnIndex&) {}
  ColumnIndex(ColumnIndex&& other) noexcept : marks_(other.marks_.exchange(nullptr)) {}
  ColumnIndex& operator=(const ColumnIndex& other);
  ColumnIndex& operator=(ColumnIndex&& other) noexcept;
  ~ColumnIndex();

  // Code points of text[0, offset).
  std::size_t CodePointsBefore(std::string_view text, std::size_t offset) const;

 private:
  struct Marks {
    std::size_t size = 0;  // of the text indexed
    std::vector<std::uint32_t> at;
  };
  const Marks* Get(std::string_view text) const;

  mutable std::atomic<const Marks*> marks_{nullptr};
};

// One paragraph of the document (a line of a .txt/.md, a paragraph or table cell of a .docx).
//
// Three views of the same text, with byte-offset maps between them:
//   raw   the line exactly as decoded (artefacts, markdown and all) -- for locations;
//   text  artefacts and markdown removed, characters untouched -- width, punctuation, bracket and
//         heading-form checks read this (NFKC would hide a half-width "(" or "﹝");
//   norm  NFKC of text -- name and number matching reads this ("％"->"%", "１"->"1", "（"->"(").
struct Block {
  enum class Kind { kParagraph, kHeading, kTableCell, kFootnote };
  Kind kind = Kind::kParagraph;
  int line = 0;  // 1-based line (paragraph number for .docx)
  int page = 0;  // fixed-layout formats (PDF, OFD): the 1-based page the block starts on; else 0
  std::string raw;
  std::string text;
  std::string norm;
  std::vector<std::uint32_t> text_to_raw;  // text.size()+1 entries: byte in raw for each text byte
  std::vector<std::uint32_t>
      norm_to_text;   // norm.size()+1 entries: byte in text for each norm byte
  int heading = -1;   // index into Outline::headings of the innermost heading this block is under
  int table = -1;     // index into Document::tables for a table cell
  int docx_row = -1;  // for a .docx table cell: its row and cell (0-based)
  int docx_cell = -1;
  std::string style;  // .docx: the paragraph style's name ("heading 1", "标题 2"); "" for text
  // The heading level the markup gives: .docx 1 for Heading 1 / 标题 1 / w:outlineLvl 0, …;
  // .md the number of leading #. 0 for body text.
  int outline_level = 0;
  ColumnIndex raw_columns;  // of raw, for ColumnOfText

  // Column (1-based, code points of raw) of a byte offset into text / norm.
  int ColumnOfText(std::size_t text_offset) const;
  int ColumnOfNorm(std::size_t norm_offset) const;
  std::size_t TextOffsetOfNorm(std::size_t norm_offset) const;
};

}  // namespace plancheck
