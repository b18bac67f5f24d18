#pragma once
// Text of a run of HTML as a browser shows it: whitespace collapsed, a line break between
// two Chinese characters dropped (CSS segment-break rule for East Asian text), &nbsp; a space.
#include <string>
#include <string_view>

namespace plancheck::html {

class TextRun {
 public:
  void Append(std::string_view text);
  // A <br> inside a heading or a table cell: the next text joins without a space, as Word's
  // line break inside a paragraph does ("公共法律服务" + "满意度").
  void SoftBreak() { soft_ = true; }
  bool Blank() const;
  // The text so far, trimmed at both ends, and starts over.
  std::string Take();

 private:
  std::string text_;
  bool space_ = false;    // collapsible whitespace pending
  bool newline_ = false;  // … and it held a line end
  bool soft_ = false;
};

// Number of CJK ideographs in `text`.
int HanCount(std::string_view text);

}  // namespace plancheck::html
