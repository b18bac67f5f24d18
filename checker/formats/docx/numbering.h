#pragma once
#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "checker/formats/docx/styles.h"
#include "checker/formats/docx/xml.h"

namespace plancheck::docx {

// A rendered label is at most this many bytes (before its trailing space): "第一百二十三章" is 21.
inline constexpr std::size_t kMaxLabelBytes = 64;
// upperLetter/lowerLetter repeat the letter (AA, AAA…) up to this many times; larger numbers are
// written in decimal digits, so a huge w:start cannot build a huge label.
inline constexpr int kMaxLetterRepeat = 10;

// One level (w:lvl) of a list definition.
struct ListLevel {
  int start = 1;
  std::string format = "decimal";  // w:numFmt: decimal, chineseCounting, ideographTraditional…
  std::string text;                // w:lvlText: "%1、", "（%2）", "第%1章"
  std::optional<int> restart;      // w:lvlRestart: 0 = never; n = after level n (1-based) or above
  std::string suffix = "tab";      // w:suff: tab, space, nothing
  bool legal = false;              // w:isLgl: show the levels above as decimals
  std::string style;               // w:pStyle linking the level to a paragraph style
};

// The automatic numbering of numbering.xml, rendered as text the way Word shows it: counters
// per list, advanced paragraph by paragraph in document order.
class Numbering {
 public:
  Numbering() = default;
  Numbering(const XmlPart& numbering, const StyleSheet& styles);

  // The label of the next paragraph of list `num_id` at `level` ("三、", "（十二）", "第一章 "),
  // advancing the counters (which stop at INT_MAX); "" for bullets, unknown lists and numId 0.
  // At most kMaxLabelBytes, plus the space of its w:suff.
  std::string Next(const std::string& num_id, int level);
  // The level of list `num_id` tied to paragraph style `style_id` (w:pStyle), or -1.
  int LevelOfStyle(const std::string& num_id, std::string_view style_id) const;

 private:
  struct List {  // an abstractNum
    std::array<ListLevel, 9> levels;
    std::string num_style_link;  // w:numStyleLink: the levels live in another list
  };
  struct Instance {    // a num
    std::string list;  // abstractNumId
    std::map<int, int> start_override;
    std::map<int, ListLevel> level_override;
  };
  struct Counters {
    std::array<int, 9> value{};
    std::array<bool, 9> started{};
  };

  const List* ListOf(const std::string& num_id, std::string* list_id) const;
  ListLevel LevelOf(const std::string& num_id, int level) const;

  std::map<std::string, List> lists_;
  std::map<std::string, Instance> instances_;
  std::map<std::string, std::string> style_num_;  // numbering style id -> its numId
  std::map<std::string, Counters> counters_;      // by abstractNumId: lists share counters
  std::set<std::string> seen_;                    // nums whose start overrides were applied
};

// `n` in the w:numFmt `format`: (3, "chineseCounting") -> "三", (2, "ideographTraditional")
// -> "乙", (4, "decimalEnclosedCircle") -> "④". Unknown formats fall back to decimal, and so do
// numbers a format cannot write in a few characters. Never more than a few dozen bytes.
std::string FormatNumber(int n, std::string_view format);

// True when the label ends in its own punctuation (、 ） . …), which already separates it from the
// title: a tab after it is shown as nothing, not as a space.
bool EndsWithDelimiter(std::string_view label);

}  // namespace plancheck::docx
