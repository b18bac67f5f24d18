#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "checker/document/document.h"

namespace plancheck {

// What a web page may be before it is refused: a saved plan page is 50–500 kB.
struct HtmlLimits {
  std::size_t max_bytes = std::size_t{16} << 20;  // the page file
  int max_nesting = 200;                          // element depth (libxml2 itself stops at 256)
  std::size_t max_nodes = 1'000'000;              // elements and text nodes
};

inline constexpr std::size_t kMaxHtmlBytes = HtmlLimits{}.max_bytes;

// Reads a web page saved from a government site (.html/.htm) into the same Document the .docx
// loader builds: the article's paragraphs, h1–h6 headings and tables, the site's navigation,
// breadcrumbs, 索引号 boxes, share bars and footers left out. `line` is the paragraph number.
// Throws InputError (exit 3) for a page that cannot be read, naming the file and the fix.
Document LoadHtml(const std::string& path, std::string_view bytes, const HtmlLimits& limits);
Document LoadHtml(const std::string& path, std::string_view bytes);

}  // namespace plancheck
