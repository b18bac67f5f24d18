#pragma once
#include <optional>
#include <string>
#include <vector>

namespace plancheck {

struct Region {
  std::string province;  // "上海市", "四川省"
  std::string city;      // "乐山市"; empty for a municipality's district or a province
  std::string county;    // "五通桥区"
  std::string code;      // GB/T 2260 code of the most specific unit, e.g. "511112"
  // "李家台镇" for a township plan (乡镇, 街道; code has nine digits); else empty. Last and
  // defaulted, so {province, city, county, code} initialisers stay valid.
  std::string town = {};
};

struct Period {
  int from = 0;
  int to = 0;
  std::string as_written;  // "（2021—2025年）", "十四五", "到2022年"
};

// One place in the text that bounds when the plan was written (checker/document/writing_window.h).
struct WrittenEvidence {
  enum class Bound { kAfter, kBefore };
  // kCites: a dated event or document is cited (the table rules/events/dated-events.tsv);
  // kDocNumber: a cited 文号, whose year is an earliest date; kDate: a date written in running
  // text (2022年10月16日，…); kLooksForward: an event still to come (迎接党的二十大);
  // kPlenums: a guidance formula that lists the plenums up to one before the event.
  enum class Kind { kCites, kDocNumber, kDate, kLooksForward, kPlenums };
  Bound bound = Bound::kAfter;
  Kind kind = Kind::kCites;
  int line = 0;
  std::string
      text;  // the words as written: 党的二十大, 长府办发〔2022〕10号, 十九届二中、三中、四中全会
  std::string
      name;  // the event or document (zh): 党的二十大, 《…》; the text itself for a 文号/date
  std::string name_en;  // the same in English
  std::string date;     // the event's date: YYYY, YYYY-MM or YYYY-MM-DD
};

// When the plan was written, as far as it says: not before `after`, not after `before` (each
// YYYY, YYYY-MM or YYYY-MM-DD as precise as what gives it, "" when unknown).
struct Written {
  // What gives `before`: kDate the 成文日期 (printed, --date or the config); kDocNumber the plan's
  // own 发文字号's year; kPlenums, kLooksForward evidence in the text; kPeriod the year its period
  // starts (a plausible latest, not a certain one).
  enum class BeforeBasis { kNone, kDate, kDocNumber, kPlenums, kLooksForward, kPeriod };
  std::string after;
  std::string before;
  BeforeBasis before_basis = BeforeBasis::kNone;
  std::vector<WrittenEvidence> evidence;  // what decides `after`, then `before` (when in the text)

  bool known() const { return !after.empty() || !before.empty(); }
};

struct Metadata {
  std::string title;
  Region region;
  std::string level;  // "province", "city", "county", "town", or "" when unknown
  std::optional<Period> period;
  std::string kind;        // "规划", "实施方案", …
  bool draft = false;      // 征求意见稿
  std::string doc_number;  // 发文字号, e.g. "五府办发〔2022〕13号"
  std::string date;        // YYYY-MM-DD
  Written written;         // the writing window, from the text and the fields above
  // GB/T 9704's frame, taken out of the body (document_marks.h): 发文机关标志 and 版记 lines.
  std::string issuer_mark;
  std::vector<std::string> imprint;
};

}  // namespace plancheck
