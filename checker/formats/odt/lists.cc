#include "checker/formats/odt/lists.h"

#include <algorithm>
#include <limits>

#include "checker/formats/docx/numbering.h"

namespace plancheck::odt {
namespace {

// The next value of a counter: a start-value may be INT_MAX, and a counter stays there.
int Advance(int value) { return value == std::numeric_limits<int>::max() ? value : value + 1; }

// `label` cut to docx::kMaxLabelBytes on a code point boundary, as a .docx label is.
void Bound(std::string& label) {
  if (label.size() <= docx::kMaxLabelBytes) return;
  std::size_t end = docx::kMaxLabelBytes;
  while (end > 0 && (static_cast<unsigned char>(label[end]) & 0xC0) == 0x80) --end;
  label.resize(end);
}

}  // namespace

std::string_view WordFormat(std::string_view odf) {
  static const std::map<std::string_view, std::string_view> kFormats = {
      {"", "none"},
      {"1", "decimal"},
      {"a", "lowerLetter"},
      {"A", "upperLetter"},
      {"i", "lowerRoman"},
      {"I", "upperRoman"},
      {"01, 02, 03, ...", "decimalZero"},
      {"一, 二, 三, ...", "chineseCounting"},
      {"壹, 贰, 叁, ...", "chineseLegalSimplified"},
      {"壹, 貳, 參, ...", "ideographLegalTraditional"},
      {"甲, 乙, 丙, ...", "ideographTraditional"},
      {"子, 丑, 寅, ...", "ideographZodiac"},
      {"①, ②, ③, ...", "decimalEnclosedCircle"},
      {"１, ２, ３, ...", "decimalFullWidth"},
      {"〇, 一, 二, ...", "ideographDigital"},
  };
  const auto it = kFormats.find(odf);
  return it == kFormats.end() ? "decimal" : it->second;
}

int ListNumbering::Begin(std::string_view style, std::string_view xml_id,
                         std::string_view continue_list, bool continue_numbering) {
  int sequence = -1;
  if (const auto it = by_id_.find(continue_list); !continue_list.empty() && it != by_id_.end()) {
    sequence = it->second;
  } else if (const auto last = last_of_style_.find(style);
             continue_numbering && last != last_of_style_.end()) {
    sequence = last->second;
  } else {
    sequence = static_cast<int>(sequences_.size());
    sequences_.emplace_back();
  }
  if (!xml_id.empty()) by_id_[std::string(xml_id)] = sequence;
  last_of_style_[std::string(style)] = sequence;
  return sequence;
}

std::string ListNumbering::Next(int sequence, const ListStyle& style, int level, int start) {
  level = std::clamp(level, 0, kListLevels - 1);
  Counters& counters = sequences_.at(static_cast<std::size_t>(sequence));
  const auto at = static_cast<std::size_t>(level);
  const ListLevelStyle& current = style.levels[at];
  if (start > 0) {
    counters.value[at] = start;
  } else {
    counters.value[at] = counters.started[at] ? Advance(counters.value[at]) : current.start;
  }
  counters.started[at] = true;
  for (std::size_t deeper = at + 1; deeper < kListLevels; ++deeper)
    counters.started[deeper] = false;
  if (!current.numbered) return "";
  const auto number = [&](int l) {
    const auto i = static_cast<std::size_t>(l);
    const int value = counters.started[i] ? counters.value[i] : style.levels[i].start;
    return docx::FormatNumber(value, WordFormat(style.levels[i].format));
  };
  std::string label;
  if (!current.list_format.empty()) {  // LibreOffice's own template: "（%2%）", "第%1%章"
    const std::string& text = current.list_format;
    for (std::size_t i = 0; i < text.size() && label.size() <= docx::kMaxLabelBytes; ++i) {
      const bool ref = text[i] == '%' && i + 2 < text.size() && text[i + 1] >= '1' &&
                       text[i + 1] <= '9' && text[i + 2] == '%';
      if (ref) {
        label += number(std::min(text[i + 1] - '1', level));
        i += 2;
      } else if (text.compare(i, 4, "%10%") == 0) {
        label += number(9);
        i += 3;
      } else {
        label += text[i];
      }
    }
  } else {  // ODF 1.2: prefix, the shown levels joined by ".", suffix
    label = current.prefix;
    const int first = std::max(0, level - current.display_levels + 1);
    for (int l = first; l <= level; ++l) label.append(l == first ? "" : ".").append(number(l));
    label += current.suffix;
  }
  Bound(label);
  if (label.empty()) return label;
  if (current.followed_by == "space") return label + " ";
  if (current.followed_by == "listtab" && !docx::EndsWithDelimiter(label)) return label + " ";
  return label;
}

}  // namespace plancheck::odt
