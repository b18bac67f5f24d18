#pragma once
// Printed lines from positioned runs, and paragraphs from printed lines the way a reader sees them
// on the page. Shared by the fixed-layout builder (page_text.cc) for body text and table cells.
#include <string>
#include <string_view>
#include <vector>

#include "checker/document/page_text.h"

namespace plancheck {

// The runs of one page that share a baseline, left to right, joined.
struct PageLine {
  int page = 0;
  double x0 = 0;
  double x1 = 0;
  double baseline = 0;
  double size = 0;    // the largest run's
  bool bold = false;  // most of its text bold
  std::string text;
};

// Lines of `runs` (any order), top to bottom.
std::vector<PageLine> LinesOf(int page, std::vector<const TextRun*> runs);

// The block of text lines sit in: its left and right edges, and the baseline distance of
// consecutive lines in one paragraph, as a multiple of the font size.
struct TextColumn {
  double left = 0;
  double right = 0;
  double pitch = 1.75;
};

// The column the lines mostly fill: the commonest left edge, the commonest far right edge.
TextColumn ColumnOf(const std::vector<PageLine>& lines);

// One paragraph: the lines it joins (indices into the lines given) and its text.
struct LineParagraph {
  std::size_t first = 0;
  std::size_t last = 0;  // inclusive
  std::string text;
  double size = 0;
  bool bold = false;
};

// Joins lines into paragraphs: a line wrapped at the right edge goes on in the next; a paragraph
// ends at a short line (the next line's first word would have fitted), an indent, a vertical gap
// or a change of type size. A page break within a paragraph does not end it.
std::vector<LineParagraph> ParagraphsOf(const std::vector<PageLine>& lines,
                                        const TextColumn& column);

// Appends `next` as a wrapped line joins it: nothing between CJK characters, one space between
// two ASCII letters or digits.
void JoinWrapped(std::string& out, std::string_view next);

}  // namespace plancheck
