#pragma once
// List numbering of an OpenDocument text rendered as the label a reader sees ("一、", "（三）",
// "第二章"): LibreOffice writes a .docx's automatic numbering as list styles and counts the items.
#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "checker/formats/odt/styles.h"

namespace plancheck::odt {

// The counters of the lists of one document. A list (text:list) starts a new sequence unless it
// continues an earlier one (text:continue-list, or text:continue-numbering: the last list of its
// style); its nested lists count on the same sequence, one level deeper.
class ListNumbering {
 public:
  // The sequence a new top-level text:list of `style` takes.
  int Begin(std::string_view style, std::string_view xml_id, std::string_view continue_list,
            bool continue_numbering);
  // The label of the next item of `sequence` at `level` (0-based), advancing its counters:
  // at most docx::kMaxLabelBytes, plus the space its label-followed-by gives. `start` (a
  // text:start-value of the item) restarts the level there when positive.
  std::string Next(int sequence, const ListStyle& style, int level, int start = -1);
  // The sequence of text:h outside lists, numbered by the outline style.
  int outline() const { return kOutline; }

 private:
  static constexpr int kOutline = 0;
  struct Counters {
    std::array<int, kListLevels> value{};
    std::array<bool, kListLevels> started{};
  };
  std::vector<Counters> sequences_{1};
  std::map<std::string, int, std::less<>> by_id_;
  std::map<std::string, int, std::less<>> last_of_style_;
};

// docx::FormatNumber's name for an ODF style:num-format ("一, 二, 三, ..." -> chineseCounting).
std::string_view WordFormat(std::string_view odf_format);

}  // namespace plancheck::odt
