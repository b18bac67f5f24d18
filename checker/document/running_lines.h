#pragma once
// Running headers, footers and page numbers on fixed-layout pages: what the producer repeats on
// every page, not the plan's text.
#include <string_view>
#include <vector>

#include "checker/document/page_lines.h"

namespace plancheck {

// A page number as printed: 3, — 3 —, －3－, -3-, 第3页, 第3页 共30页, 3/30, Page 3.
bool IsPageNumber(std::string_view text);

// Removes from each page's lines (lines[i] the lines of pages[i], top to bottom) the page numbers
// and the lines repeated in the top or bottom margin of several pages.
void DropRunningLines(const std::vector<PageText>& pages,
                      std::vector<std::vector<PageLine>>& lines);

}  // namespace plancheck
