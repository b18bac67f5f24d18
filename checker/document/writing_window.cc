#include "checker/document/writing_window.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "checker/data/embedded.h"
#include "checker/decode/utf8.h"
#include "checker/document/chinese_numeral.h"
#include "checker/document/normalise.h"

namespace plancheck {
namespace {

constexpr std::string_view kTable = "events/dated-events.tsv";
constexpr std::size_t kContextBefore = 12;  // code points looked at before a mention
constexpr std::size_t kContextAfter = 8;    // and after it

using Bound = WrittenEvidence::Bound;
using Kind = WrittenEvidence::Kind;
using Basis = Written::BeforeBasis;

// ---------------------------------------------------------------------------------------------
// Dates

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysIn(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

std::string Ymd(int y, int m, int d) {
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", y, m, d);
  return out;
}

// ---------------------------------------------------------------------------------------------
// The table

struct Event {
  std::string date;  // as the table gives it
  std::string series;
  std::unique_ptr<RE2> pattern;
  std::string name;
  std::string name_en;
};

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

RE2::Options PatternOptions() {
  RE2::Options o;
  o.set_log_errors(false);
  return o;
}

std::vector<Event> Parse(std::string_view tsv) {
  std::vector<Event> rows;
  std::size_t start = 0;
  for (int line = 1; start < tsv.size(); ++line) {
    const std::size_t end = std::min(tsv.find('\n', start), tsv.size());
    std::string_view row = tsv.substr(start, end - start);
    start = end + 1;
    if (!row.empty() && row.back() == '\r') row.remove_suffix(1);
    if (row.empty() || row[0] == '#') continue;
    const auto fail = [&](const std::string& what) {
      throw std::runtime_error("rules/" + std::string(kTable) + ":" + std::to_string(line) + ": " +
                               what);
    };
    const std::vector<std::string_view> f = SplitTabs(row);
    if (f.size() != 6) fail("expected date, series, pattern, name, name_en, source (6 fields)");
    Event e;
    e.date = std::string(f[0]);
    if (WidenDate(e.date, false).empty()) fail("date '" + e.date + "' is not YYYY[-MM[-DD]]");
    if (f[1] != "-") {
      if (!RE2::FullMatch(f[1], R"(\d{2}\.\d)")) fail("series must be N.k (20.0, 19.5) or -");
      e.series = std::string(f[1]);
    }
    e.pattern = std::make_unique<RE2>(Nfkc(f[2]), PatternOptions());
    if (!e.pattern->ok()) fail("pattern: " + e.pattern->error());
    if (f[3].empty() || f[4].empty() || f[5].empty()) fail("name, name_en and source are needed");
    e.name = std::string(f[3]);
    e.name_en = std::string(f[4]);
    rows.push_back(std::move(e));
  }
  return rows;
}

struct Table {
  std::vector<Event> events;
  std::unique_ptr<RE2::Set> set;  // every pattern, to find the rows a block mentions in one pass
};

const Table& Events() {
  static const Table table = [] {
    Table t;
    for (const auto& [path, contents] : EmbeddedFiles()) {
      if (path == kTable) t.events = Parse(contents);
    }
    if (t.events.empty()) {
      throw std::runtime_error("the built-in rules/" + std::string(kTable) + " is missing");
    }
    t.set = std::make_unique<RE2::Set>(PatternOptions(), RE2::UNANCHORED);
    for (const Event& e : t.events) t.set->Add(e.pattern->pattern(), nullptr);
    if (!t.set->Compile()) throw std::runtime_error("rules/" + std::string(kTable) + ": set");
    return t;
  }();
  return table;
}

const Event* BySeries(const std::string& series) {
  for (const Event& e : Events().events) {
    if (e.series == series) return &e;
  }
  return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Reading the text

template <typename Fn>
void ForEachMatch(std::string_view text, const RE2& re, Fn fn) {
  const int n = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> groups(static_cast<std::size_t>(n));
  std::size_t pos = 0;
  while (pos < text.size() && re.Match(text, pos, text.size(), RE2::UNANCHORED, groups.data(), n)) {
    fn(groups);
    pos = static_cast<std::size_t>(groups[0].data() - text.data()) +
          std::max<std::size_t>(groups[0].size(), 1);
  }
}

bool IsClauseBreak(char32_t cp) {
  return cp == U',' || cp == U'。' || cp == U';' || cp == U':' || cp == U'!' || cp == U'?' ||
         cp == U'，' || cp == U'；' || cp == U'：';
}

// Up to `n` code points before `at`, from the last clause break on.
std::string_view ClauseBefore(std::string_view text, std::size_t at) {
  std::size_t begin = at;
  for (std::size_t count = 0; begin > 0 && count < kContextBefore; ++count) {
    std::size_t prev = begin - 1;
    while (prev > 0 && (static_cast<unsigned char>(text[prev]) & 0xC0) == 0x80) --prev;
    std::size_t p = prev;
    if (IsClauseBreak(utf8::Next(text, p))) break;
    begin = prev;
  }
  return text.substr(begin, at - begin);
}

// Up to kContextAfter code points after `at`, to the next clause break.
std::string_view ClauseAfter(std::string_view text, std::size_t at) {
  std::size_t end = at;
  for (std::size_t count = 0; end < text.size() && count < kContextAfter; ++count) {
    std::size_t next = end;
    if (IsClauseBreak(utf8::Next(text, next))) break;
    end = next;
  }
  return text.substr(at, end - at);
}

// 迎接党的二十大, 即将召开的…, 推动《…》出台: the event or document is still to come.
bool LooksForward(std::string_view text, std::size_t begin, std::size_t end) {
  static const RE2 before(
      R"((?:迎接|喜迎|即将|将要|将于|筹备|谋划|编制|起草|推动出台|推动制定|争取出台|拟出台|待出台|研究制定|配合制定|推进[^,。;]{0,4}立法)[^,。;]*$)");
  static const RE2 after(
      R"(^[》”"]?(?:的)?(?:(?:即将|将于|将要)召开|召开前|召开之前|前夕|出台前|颁布前|(?:尽快|早日|加快)?(?:出台|立法|制定)$))");
  return RE2::PartialMatch(ClauseBefore(text, begin), before) ||
         RE2::PartialMatch(ClauseAfter(text, end), after);
}

// A date written as a deadline or a start (到2025年12月31日, 2023年1月1日起施行) is not a past
// event.
bool DateLooksForward(std::string_view text, std::size_t begin, std::size_t end) {
  static const RE2 before(R"((?:到|至|将|将于|计划于?|预计|力争|确保|拟|定于|争取|于)\s*$)");
  static const RE2 after(R"(^\s*(?:前|之前|以前|起|开始|施行|实施|止|底|为止|截止))");
  return LooksForward(text, begin, end) || RE2::PartialMatch(ClauseBefore(text, begin), before) ||
         RE2::PartialMatch(ClauseAfter(text, end), after);
}

// Byte ranges of 《…》 citations: a date in a title belongs to the document, not to an event.
bool InCitation(std::string_view text, std::size_t at) {
  static const RE2 citation(R"(《[^《》]*》)");
  bool inside = false;
  ForEachMatch(text, citation, [&](const std::vector<re2::StringPiece>& g) {
    const auto from = static_cast<std::size_t>(g[0].data() - text.data());
    if (at >= from && at < from + g[0].size()) inside = true;
  });
  return inside;
}

std::string Compact(std::string_view text) {
  std::string out;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = utf8::Next(text, pos);
    if (cp != U' ' && cp != U'\t' && cp != U'\u3000') utf8::Append(out, cp);
  }
  return out;
}

// The words of block.text behind norm[begin, end).
std::string AsWritten(const Block& block, std::size_t begin, std::size_t end) {
  if (block.norm_to_text.size() != block.norm.size() + 1)
    return block.norm.substr(begin, end - begin);
  const std::size_t from = block.norm_to_text[begin];
  const std::size_t to = block.norm_to_text[end];
  return to > from && to <= block.text.size() ? block.text.substr(from, to - from)
                                              : block.norm.substr(begin, end - begin);
}

int CongressNumber(std::string_view word) { return word == "十九" ? 19 : word == "二十" ? 20 : 0; }

struct Candidates {
  std::vector<WrittenEvidence> after;
  std::vector<WrittenEvidence> before;
};

void EventsIn(const Block& block, Candidates& out) {
  const Table& table = Events();
  std::vector<int> rows;
  if (!table.set->Match(block.norm, &rows)) return;
  std::sort(rows.begin(), rows.end());
  for (const int r : rows) {
    const Event& e = table.events[static_cast<std::size_t>(r)];
    ForEachMatch(block.norm, *e.pattern, [&](const std::vector<re2::StringPiece>& g) {
      const auto begin = static_cast<std::size_t>(g[0].data() - block.norm.data());
      const std::size_t end = begin + g[0].size();
      const bool forward = LooksForward(block.norm, begin, end);
      WrittenEvidence ev;
      ev.bound = forward ? Bound::kBefore : Bound::kAfter;
      ev.kind = forward ? Kind::kLooksForward : Kind::kCites;
      ev.line = block.line;
      ev.text = AsWritten(block, begin, end);
      ev.name = e.name;
      ev.name_en = e.name_en;
      ev.date = e.date;
      (forward ? out.before : out.after).push_back(std::move(ev));
    });
  }
}

// 长府办发〔2022〕10号: the cited document was issued in 2022. The plan's own 发文字号 is left out.
void DocNumbersIn(const Block& block, const std::string& own, Candidates& out) {
  static const RE2 number(
      R"(\p{Han}{1,12}\s*[〔\[【(〖﹝]\s*((?:19|20)\d{2})\s*[〕\])】〗﹞]\s*第?\s*\d{1,5}\s*号)");
  ForEachMatch(block.norm, number, [&](const std::vector<re2::StringPiece>& g) {
    const auto begin = static_cast<std::size_t>(g[0].data() - block.norm.data());
    const std::size_t end = begin + g[0].size();
    if (!own.empty() && Compact(std::string_view(g[0].data(), g[0].size())) == own) return;
    if (LooksForward(block.norm, begin, end)) return;
    WrittenEvidence ev;
    ev.kind = Kind::kDocNumber;
    ev.line = block.line;
    ev.text = AsWritten(block, begin, end);
    ev.name = ev.text;
    ev.name_en = ev.text;
    ev.date = std::string(g[1].data(), g[1].size());
    out.after.push_back(std::move(ev));
  });
}

// 2022年10月16日，习近平总书记在党的二十大报告中……: a day the text narrates. A date that is the
// whole line (the 成文日期 itself), a deadline or a start, or inside a title is left out.
void DatesIn(const Block& block, Candidates& out) {
  static const RE2 date(R"(((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)");
  ForEachMatch(block.norm, date, [&](const std::vector<re2::StringPiece>& g) {
    const auto begin = static_cast<std::size_t>(g[0].data() - block.norm.data());
    const std::size_t end = begin + g[0].size();
    const std::string rest = Compact(block.norm.substr(0, begin) + block.norm.substr(end));
    if (rest.empty() || rest == "(" || rest == "()") return;
    if (InCitation(block.norm, begin) || DateLooksForward(block.norm, begin, end)) return;
    const int y = std::stoi(std::string(g[1].data(), g[1].size()));
    const int m = std::stoi(std::string(g[2].data(), g[2].size()));
    const int d = std::stoi(std::string(g[3].data(), g[3].size()));
    if (y < 1949 || m < 1 || m > 12 || d < 1 || d > DaysIn(y, m)) return;
    WrittenEvidence ev;
    ev.kind = Kind::kDate;
    ev.line = block.line;
    ev.text = AsWritten(block, begin, end);
    ev.name = ev.text;
    ev.name_en = Ymd(y, m, d);
    ev.date = Ymd(y, m, d);
    out.after.push_back(std::move(ev));
  });
}

// 全面贯彻党的十九大和十九届二中、三中、四中全会精神: written before 十九届五中全会;
// 十九届历次全会: before 党的二十大.
void PlenumsIn(const Block& block, Candidates& out) {
  static const RE2 listed(
      R"(党的(十九|二十)大(?:和|及|、|以及)(十九|二十)届((?:[一二三四五六七八九]中[、和及]?)+)全会(?:的)?精神)");
  static const RE2 every(R"((十九|二十)届历次全会(?:的)?精神)");
  const auto add = [&](const std::string& next, std::string_view listed_text) {
    const Event* e = BySeries(next);
    if (e == nullptr) return;
    const auto begin = static_cast<std::size_t>(listed_text.data() - block.norm.data());
    WrittenEvidence ev;
    ev.bound = Bound::kBefore;
    ev.kind = Kind::kPlenums;
    ev.line = block.line;
    ev.text = AsWritten(block, begin, begin + listed_text.size());
    ev.name = e->name;
    ev.name_en = e->name_en;
    ev.date = e->date;
    out.before.push_back(std::move(ev));
  };
  ForEachMatch(block.norm, listed, [&](const std::vector<re2::StringPiece>& g) {
    const int congress = CongressNumber(std::string_view(g[2].data(), g[2].size()));
    if (congress == 0 || congress != CongressNumber(std::string_view(g[1].data(), g[1].size())))
      return;
    int last = 0;
    const std::string_view list(g[3].data(), g[3].size());
    for (std::size_t pos = 0; pos < list.size();) {
      const std::size_t at = pos;
      const char32_t cp = utf8::Next(list, pos);
      if (cp == U'中' || cp == U'、' || cp == U'和' || cp == U'及') continue;
      last = std::max(last, ParseChineseNumber(list.substr(at, pos - at)).value_or(0));
    }
    const std::string_view text(g[2].data(),
                                static_cast<std::size_t>(g[0].data() + g[0].size() - g[2].data()));
    add(std::to_string(congress) + "." + std::to_string(last + 1),
        text.substr(0, text.rfind("精神")));
  });
  ForEachMatch(block.norm, every, [&](const std::vector<re2::StringPiece>& g) {
    const int congress = CongressNumber(std::string_view(g[1].data(), g[1].size()));
    const std::string_view text(g[0].data(), g[0].size());
    add(std::to_string(congress + 1) + ".0", text.substr(0, text.rfind("精神")));
  });
}

bool Earlier(const WrittenEvidence& a, const WrittenEvidence& b) {
  return WidenDate(a.date, false) < WidenDate(b.date, false);
}

}  // namespace

std::string WidenDate(std::string_view date, bool end) {
  int y = 0, m = 0, d = 0;
  if (RE2::FullMatch(date, R"((\d{4})-(\d{2})-(\d{2}))", &y, &m, &d)) {
    if (m < 1 || m > 12 || d < 1 || d > DaysIn(y, m)) return "";
    return std::string(date);
  }
  if (RE2::FullMatch(date, R"((\d{4})-(\d{2}))", &y, &m)) {
    if (m < 1 || m > 12) return "";
    return Ymd(y, m, end ? DaysIn(y, m) : 1);
  }
  if (RE2::FullMatch(date, R"((\d{4}))", &y)) return Ymd(y, end ? 12 : 1, end ? 31 : 1);
  return "";
}

std::string DateWords(std::string_view date, bool zh) {
  if (!zh) return std::string(date);
  int y = 0, m = 0, d = 0;
  if (RE2::FullMatch(date, R"((\d{4})-(\d{2})-(\d{2}))", &y, &m, &d)) {
    return std::to_string(y) + "年" + std::to_string(m) + "月" + std::to_string(d) + "日";
  }
  if (RE2::FullMatch(date, R"((\d{4})-(\d{2}))", &y, &m)) {
    return std::to_string(y) + "年" + std::to_string(m) + "月";
  }
  if (RE2::FullMatch(date, R"((\d{4}))", &y)) return std::to_string(y) + "年";
  return std::string(date);
}

Written ReadWrittenWindow(const Document& doc, const Metadata& metadata) {
  Candidates found;
  const std::string own = Compact(Nfkc(metadata.doc_number));
  for (const Block& block : doc.blocks) {
    EventsIn(block, found);
    DocNumbersIn(block, own, found);
    DatesIn(block, found);
    PlenumsIn(block, found);
  }
  Written w;
  if (!metadata.date.empty()) {  // the 成文日期: nothing it cites can be later
    std::erase_if(found.after, [&](const WrittenEvidence& e) {
      return WidenDate(e.date, false) > metadata.date;
    });
  }
  const auto latest = std::max_element(found.after.begin(), found.after.end(), Earlier);
  if (latest != found.after.end()) {
    w.after = latest->date;
    w.evidence.push_back(*latest);
  }
  const std::string earliest = WidenDate(w.after, false);
  if (!metadata.date.empty()) {
    w.before = metadata.date;
    w.before_basis = Basis::kDate;
    return w;
  }
  // The tightest latest date that does not contradict what the text cites.
  struct Option {
    std::string date;
    Basis basis;
    std::optional<WrittenEvidence> evidence;
  };
  std::vector<Option> options;
  const int period_from = metadata.period ? metadata.period->from : 0;
  for (const WrittenEvidence& e : found.before) {
    // A plan for 2026–2030 is not written in 2022: a guidance formula or a forward look that old
    // is stale text (which the timeliness rules report), not a bound on when it was written.
    if (period_from > 0 && std::atoi(e.date.substr(0, 4).c_str()) < period_from - 2) continue;
    options.push_back(
        {e.date, e.kind == Kind::kPlenums ? Basis::kPlenums : Basis::kLooksForward, e});
  }
  if (const int year =
          [&] {
            int y = 0;
            return RE2::PartialMatch(own, R"([〔\[【(〖﹝]((?:19|20)\d{2})[〕\])】〗﹞])", &y) ? y
                                                                                               : 0;
          }();
      year > 0) {
    WrittenEvidence e;
    e.bound = Bound::kBefore;
    e.kind = Kind::kDocNumber;
    e.text = metadata.doc_number;
    e.name = metadata.doc_number;
    e.name_en = metadata.doc_number;
    e.date = std::to_string(year);
    options.push_back({e.date, Basis::kDocNumber, e});
  }
  if (metadata.period && metadata.period->from > 0) {
    options.push_back({std::to_string(metadata.period->from), Basis::kPeriod, std::nullopt});
  }
  const Option* best = nullptr;
  for (const Option& o : options) {
    const std::string last = WidenDate(o.date, true);
    if (last.empty() || (!earliest.empty() && last < earliest)) continue;
    if (best == nullptr || last < WidenDate(best->date, true)) best = &o;
  }
  if (best != nullptr) {
    w.before = best->date;
    w.before_basis = best->basis;
    if (best->evidence) w.evidence.push_back(*best->evidence);
  }
  return w;
}

std::string WrittenWords(const Written& w, bool zh, bool paragraphs) {
  const auto place = [&](int line) -> std::string {
    if (line <= 0) return "";
    if (zh) return "第" + std::to_string(line) + (paragraphs ? "段" : "行");
    return (paragraphs ? "paragraph " : "line ") + std::to_string(line) + " ";
  };
  const auto find = [&](Bound bound) -> const WrittenEvidence* {
    for (const WrittenEvidence& e : w.evidence) {
      if (e.bound == bound) return &e;
    }
    return nullptr;
  };
  std::vector<std::string> parts;
  if (!w.after.empty()) {
    std::string why;
    if (const WrittenEvidence* e = find(Bound::kAfter)) {
      const std::string at = place(e->line);
      switch (e->kind) {
        case Kind::kDocNumber:
          why = zh ? at + "引用文号" + e->text : at + "cites " + e->text;
          break;
        case Kind::kDate:
          why = zh ? at + "写明" + e->text : at + "gives the date " + e->date;
          break;
        default:
          why = zh ? at + "引用" + e->name : at + "cites " + e->name_en;
          break;
      }
    }
    parts.push_back(zh ? "不早于" + DateWords(w.after, true) +
                             (why.empty() ? "" : "（" + why + "）")
                       : "not before " + w.after + (why.empty() ? "" : " (" + why + ")"));
  }
  if (!w.before.empty()) {
    std::string why;
    const WrittenEvidence* e = find(Bound::kBefore);
    switch (w.before_basis) {
      case Written::BeforeBasis::kDate:
        why = zh ? "成文日期" : "the date of writing";
        break;
      case Written::BeforeBasis::kDocNumber:
        why = zh ? "发文字号" + (e ? e->text : "") : "the document number " + (e ? e->text : "");
        break;
      case Written::BeforeBasis::kPeriod:
        why = zh ? "规划期始于" + w.before + "年" : "the period starts in " + w.before;
        break;
      case Written::BeforeBasis::kPlenums:
        if (e) {
          why = zh ? place(e->line) + "只列到" + e->text + "，未及" + e->name + "（" +
                         DateWords(e->date, true) + "）"
                   : place(e->line) + "lists the plenums only up to " + e->text + ", not " +
                         e->name_en + " (" + e->date + ")";
        }
        break;
      case Written::BeforeBasis::kLooksForward:
        if (e) {
          why = zh ? place(e->line) + "尚在展望" + e->name + "（" + DateWords(e->date, true) + "）"
                   : place(e->line) + "looks forward to " + e->name_en + " (" + e->date + ")";
        }
        break;
      case Written::BeforeBasis::kNone:
        break;
    }
    parts.push_back(zh ? "不晚于" + DateWords(w.before, true) +
                             (why.empty() ? "" : "（" + why + "）")
                       : "not after " + w.before + (why.empty() ? "" : " (" + why + ")"));
  }
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : (zh ? "；" : "; ")) + p;
  return out;
}

}  // namespace plancheck
