#include "checker/formats/docx/numbering.h"

#include <algorithm>
#include <limits>

#include "checker/decode/utf8.h"

namespace plancheck::docx {
namespace {

constexpr int kLevels = 9;

// The next value of a counter: w:start may be INT_MAX, and a counter stays there.
int Advance(int value) { return value == std::numeric_limits<int>::max() ? value : value + 1; }

// `label` cut to kMaxLabelBytes on a code point boundary: a w:lvlText may be long, and a label
// is a few characters in any real list.
void Bound(std::string& label) {
  if (label.size() <= kMaxLabelBytes) return;
  std::size_t end = kMaxLabelBytes;
  while (end > 0 && (static_cast<unsigned char>(label[end]) & 0xC0) == 0x80) --end;
  label.resize(end);
}

std::string Utf8(char32_t cp) {
  std::string out;
  utf8::Append(out, cp);
  return out;
}

// n in positional Chinese numerals: digits[d] for each digit, units[p] after the digit of 10^p,
// one zero for any run of zeros between digits (一百〇五, 壹佰零伍).
std::string PositionalNumeral(int n, const char32_t* digits, const char32_t* units, int top_power,
                              bool bare_ten) {
  std::string out;
  bool zero_pending = false;
  int base = 1;
  for (int i = 0; i < top_power; ++i) base *= 10;
  for (int power = top_power; power >= 0; --power, base /= 10) {
    const int digit = (n / base) % 10;
    if (digit == 0) {
      zero_pending = !out.empty();
      continue;
    }
    if (zero_pending) out += Utf8(digits[0]);
    zero_pending = false;
    // 十一, not 一十一 (Word's chineseCounting), when bare_ten.
    if (!(bare_ten && digit == 1 && power == 1 && out.empty())) out += Utf8(digits[digit]);
    if (power > 0) out += Utf8(units[power]);
  }
  return out;
}

// 一 … 九十九 … 九万九千九百九十九, the way Word's chineseCounting writes it (十一, not 一十一).
std::string ChineseCounting(int n) {
  static constexpr char32_t kDigits[] = U"〇一二三四五六七八九";
  static constexpr char32_t kUnits[] = {0, U'十', U'百', U'千', U'万'};
  if (n <= 0) return Utf8(kDigits[0]);
  if (n >= 100000) return std::to_string(n);
  return PositionalNumeral(n, kDigits, kUnits, 4, true);
}

// 壹贰叁 … 玖拾玖: the financial numerals, simplified or traditional.
std::string LegalCounting(int n, bool traditional) {
  static constexpr char32_t kSimplified[] = U"零壹贰叁肆伍陆柒捌玖";
  static constexpr char32_t kTraditional[] = U"零壹貳參肆伍陸柒捌玖";
  static constexpr char32_t kUnits[] = {0, U'拾', U'佰', U'仟'};
  if (n <= 0 || n > 9999) return std::to_string(n);
  return PositionalNumeral(n, traditional ? kTraditional : kSimplified, kUnits, 3, false);
}

std::string IdeographDigits(int n) {
  static constexpr char32_t kDigits[] = U"〇一二三四五六七八九";
  std::string out;
  for (const char c : std::to_string(std::max(n, 0))) out += Utf8(kDigits[c - '0']);
  return out;
}

std::string Roman(int n, bool upper) {
  if (n <= 0 || n >= 4000) return std::to_string(n);
  static constexpr std::pair<int, const char*> kTable[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  std::string out;
  for (const auto& [value, letters] : kTable) {
    for (; n >= value; n -= value) out += letters;
  }
  if (upper) std::transform(out.begin(), out.end(), out.begin(), ::toupper);
  return out;
}

// A … Z, AA … ZZ, AAA …: Word repeats the letter. The label grows with the number, so past
// kMaxLetterRepeat copies (n > 26 × kMaxLetterRepeat) it is written in decimal digits instead.
std::string Letters(int n, bool upper) {
  if (n <= 0 || n > 26 * kMaxLetterRepeat) return std::to_string(n);
  const char letter = static_cast<char>((upper ? 'A' : 'a') + (n - 1) % 26);
  return std::string(static_cast<std::size_t>((n - 1) / 26 + 1), letter);
}

std::string Enclosed(int n, std::string_view format) {
  if (format == "decimalEnclosedCircle" || format == "decimalEnclosedCircleChinese") {
    if (n >= 1 && n <= 20) return Utf8(U'①' + static_cast<char32_t>(n - 1));
    if (n >= 21 && n <= 35) return Utf8(U'㉑' + static_cast<char32_t>(n - 21));
    if (n >= 36 && n <= 50) return Utf8(U'㊱' + static_cast<char32_t>(n - 36));
  } else if (format == "decimalEnclosedFullstop") {
    if (n >= 1 && n <= 20) return Utf8(U'⒈' + static_cast<char32_t>(n - 1));
  } else if (format == "decimalEnclosedParen") {
    if (n >= 1 && n <= 20) return Utf8(U'⑴' + static_cast<char32_t>(n - 1));
  } else if (format == "ideographEnclosedCircle") {
    if (n >= 1 && n <= 10) return Utf8(U'㊀' + static_cast<char32_t>(n - 1));
  }
  return std::to_string(n);
}

bool IsCounting(std::string_view format) {
  return format == "chineseCounting" || format == "chineseCountingThousand" ||
         format == "japaneseCounting" || format == "taiwaneseCounting" ||
         format == "taiwaneseCountingThousand" || format == "japaneseLegal";
}

ListLevel ReadLevel(const WordNames& w, pugi::xml_node node) {
  ListLevel level;
  level.start = ToInt(w.ChildVal(node, "start"), 1);
  if (const pugi::xml_node fmt = w.Child(node, "numFmt")) level.format = w.Attr(fmt, "val");
  if (const pugi::xml_node text = w.Child(node, "lvlText")) level.text = w.Attr(text, "val");
  if (const pugi::xml_node restart = w.Child(node, "lvlRestart")) {
    level.restart = ToInt(w.Attr(restart, "val"), 0);
  }
  if (const pugi::xml_node suffix = w.Child(node, "suff")) level.suffix = w.Attr(suffix, "val");
  level.legal = w.Flag(node, "isLgl");
  level.style = w.ChildVal(node, "pStyle");
  return level;
}

}  // namespace

bool EndsWithDelimiter(std::string_view label) {
  for (const std::string_view end : {"、", ".", "．", "）", ")", "：", ":", "]", "】", "〕"}) {
    if (label.ends_with(end)) return true;
  }
  return false;
}

std::string FormatNumber(int n, std::string_view format) {
  if (format == "none" || format == "bullet") return "";
  if (IsCounting(format)) return ChineseCounting(n);
  if (format == "ideographDigital" || format == "japaneseDigitalTenThousand" ||
      format == "taiwaneseDigital") {
    return IdeographDigits(n);
  }
  if (format == "chineseLegalSimplified") return LegalCounting(n, false);
  if (format == "ideographLegalTraditional") return LegalCounting(n, true);
  if (format == "ideographTraditional") {
    return n >= 1 ? Utf8(U"甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10]) : std::to_string(n);
  }
  if (format == "ideographZodiac") {
    return n >= 1 ? Utf8(U"子丑寅卯辰巳午未申酉戌亥"[(n - 1) % 12]) : std::to_string(n);
  }
  if (format == "ideographZodiacTraditional" && n >= 1) {
    return Utf8(U"甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10]) +
           Utf8(U"子丑寅卯辰巳午未申酉戌亥"[(n - 1) % 12]);
  }
  if (format == "decimalZero") return (n >= 0 && n < 10 ? "0" : "") + std::to_string(n);
  if (format == "decimalFullWidth" || format == "decimalFullWidth2") {
    std::string out;
    for (const char c : std::to_string(n))
      out += c == '-' ? "-" : Utf8(U'０' + static_cast<char32_t>(c - '0'));
    return out;
  }
  if (format == "upperRoman" || format == "lowerRoman") return Roman(n, format == "upperRoman");
  if (format == "upperLetter" || format == "lowerLetter")
    return Letters(n, format == "upperLetter");
  if (format.starts_with("decimalEnclosed") || format == "ideographEnclosedCircle") {
    return Enclosed(n, format);
  }
  return std::to_string(n);
}

Numbering::Numbering(const XmlPart& part, const StyleSheet& styles) {
  const WordNames& w = part.w;
  for (const pugi::xml_node node : part.root().children()) {
    if (w.Is(node, "abstractNum")) {
      List list;
      for (const pugi::xml_node lvl : node.children()) {
        if (!w.Is(lvl, "lvl")) continue;
        const int index = ToInt(w.Attr(lvl, "ilvl"), -1);
        if (index >= 0 && index < kLevels)
          list.levels[static_cast<std::size_t>(index)] = ReadLevel(w, lvl);
      }
      list.num_style_link = w.ChildVal(node, "numStyleLink");
      if (!list.num_style_link.empty()) {
        if (const Style* style = styles.Find(list.num_style_link);
            style && style->numbering.num_id) {
          style_num_[list.num_style_link] = *style->numbering.num_id;
        }
      }
      lists_[std::string(w.Attr(node, "abstractNumId"))] = std::move(list);
    } else if (w.Is(node, "num")) {
      Instance instance;
      instance.list = w.ChildVal(node, "abstractNumId");
      for (const pugi::xml_node override : node.children()) {
        if (!w.Is(override, "lvlOverride")) continue;
        const int index = ToInt(w.Attr(override, "ilvl"), -1);
        if (index < 0 || index >= kLevels) continue;
        if (const pugi::xml_node start = w.Child(override, "startOverride")) {
          instance.start_override[index] = ToInt(w.Attr(start, "val"), 1);
        }
        if (const pugi::xml_node lvl = w.Child(override, "lvl")) {
          instance.level_override[index] = ReadLevel(w, lvl);
        }
      }
      instances_[std::string(w.Attr(node, "numId"))] = std::move(instance);
    }
  }
}

const Numbering::List* Numbering::ListOf(const std::string& num_id, std::string* list_id) const {
  std::string id = num_id;
  for (int depth = 0; depth < 4; ++depth) {  // numStyleLink hops, cycles stopped
    const auto instance = instances_.find(id);
    if (instance == instances_.end()) return nullptr;
    const auto list = lists_.find(instance->second.list);
    if (list == lists_.end()) return nullptr;
    const auto link = style_num_.find(list->second.num_style_link);
    if (list->second.num_style_link.empty() || link == style_num_.end()) {
      *list_id = list->first;
      return &list->second;
    }
    id = link->second;
  }
  return nullptr;
}

ListLevel Numbering::LevelOf(const std::string& num_id, int level) const {
  std::string list_id;
  const List* list = ListOf(num_id, &list_id);
  if (list == nullptr) return {};
  ListLevel result = list->levels[static_cast<std::size_t>(level)];
  const Instance& instance = instances_.at(num_id);
  if (const auto it = instance.level_override.find(level); it != instance.level_override.end()) {
    result = it->second;
  }
  if (const auto it = instance.start_override.find(level); it != instance.start_override.end()) {
    result.start = it->second;
  }
  return result;
}

int Numbering::LevelOfStyle(const std::string& num_id, std::string_view style_id) const {
  std::string list_id;
  const List* list = ListOf(num_id, &list_id);
  if (list == nullptr || style_id.empty()) return -1;
  for (int level = 0; level < kLevels; ++level) {
    if (list->levels[static_cast<std::size_t>(level)].style == style_id) return level;
  }
  return -1;
}

std::string Numbering::Next(const std::string& num_id, int level) {
  std::string list_id;
  if (num_id.empty() || num_id == "0" || ListOf(num_id, &list_id) == nullptr) return "";
  level = std::clamp(level, 0, kLevels - 1);
  Counters& counters = counters_[list_id];
  if (seen_.insert(num_id).second) {
    // A list instance with start overrides restarts the list it shares with others.
    for (const auto& [overridden, start] : instances_.at(num_id).start_override) {
      for (int l = overridden; l < kLevels; ++l)
        counters.started[static_cast<std::size_t>(l)] = false;
    }
  }
  const auto at = static_cast<std::size_t>(level);
  counters.value[at] =
      counters.started[at] ? Advance(counters.value[at]) : LevelOf(num_id, level).start;
  counters.started[at] = true;
  for (int deeper = level + 1; deeper < kLevels; ++deeper) {
    const ListLevel def = LevelOf(num_id, deeper);
    if (!def.restart || (*def.restart != 0 && level < *def.restart)) {
      counters.started[static_cast<std::size_t>(deeper)] = false;
    }
  }
  const ListLevel current = LevelOf(num_id, level);
  if (current.format == "bullet") return "";
  std::string label;
  for (std::size_t i = 0; i < current.text.size() && label.size() <= kMaxLabelBytes; ++i) {
    const char c = current.text[i];
    if (c == '%' && i + 1 < current.text.size() && current.text[i + 1] >= '1' &&
        current.text[i + 1] <= '9') {
      const int ref = current.text[++i] - '1';
      const ListLevel def = LevelOf(num_id, ref);
      const auto r = static_cast<std::size_t>(ref);
      const int value = counters.started[r] ? counters.value[r] : def.start;
      label += FormatNumber(value, current.legal && ref < level ? "decimal" : def.format);
    } else {
      label += c;
    }
  }
  Bound(label);
  if (label.empty()) return label;
  if (current.suffix == "space") return label + " ";
  if (current.suffix == "tab" && !EndsWithDelimiter(label)) return label + " ";
  return label;
}

}  // namespace plancheck::docx
