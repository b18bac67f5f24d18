#pragma once
// Fixed-layout text (PDF, OFD) as positioned runs per page, and the builder that turns it into the
// one Document: lines from runs, paragraphs from lines the way the page shows them, running
// headers/footers and page numbers dropped, headings from numbering and type size, tables from
// positions. The PDF and OFD loaders only fill PageText; everything after is shared here.
#include <string>
#include <string_view>
#include <vector>

#include "checker/document/document.h"

namespace plancheck {

// One piece of text set at one place in one font. Coordinates in points from the page's top left,
// y growing downwards (PDF's y is flipped by its loader).
struct TextRun {
  double x = 0;       // left edge of the first glyph
  double y = 0;       // baseline
  double width = 0;   // advance of the whole run
  double size = 0;    // font size (the glyph box height where the format gives no size)
  bool bold = false;  // from the font's name or weight
  std::string text;   // UTF-8
};

// A straight ruling line drawn on the page (table borders), where the format gives them.
struct RuleLine {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

struct PageText {
  int number = 0;  // 1-based
  double width = 0;
  double height = 0;
  std::vector<TextRun> runs;  // in any order
  std::vector<RuleLine> rules;
};

// The Document of a fixed-layout file. `format` is Document::format ("pdf", "ofd"). Block::line
// is a running line number over the whole file and Block::page the page it starts on.
Document BuildFromPages(const std::string& path, std::string_view format,
                        const std::vector<PageText>& pages);

}  // namespace plancheck
