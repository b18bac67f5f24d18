// Metadata of a plan: title, region, level, period, kind, draft, 发文字号, date, and the writing
// window (writing_window.h) that these and the text give.
//
// Everything is read from the blocks, never from the outline (which may be built differently):
// the header zone is the run of short lines before the body (title lines, 发文字号, issuer,
// 关于印发…的通知, addressee, date); the body supplies the region context, the period when the
// title has none, and the date when it is signed at the end.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/decode/utf8.h"
#include "checker/document/builders.h"
#include "checker/document/chinese_numeral.h"
#include "checker/document/gazetteer.h"
#include "checker/document/normalise.h"
#include "checker/document/town_resolver.h"
#include "checker/document/writing_window.h"

namespace plancheck {
namespace {

constexpr std::size_t kMaxHeaderLines = 12;
constexpr std::size_t kMaxHeaderLineLength = 100;  // code points; the body's paragraphs are longer
constexpr std::size_t kSignatureLines = 8;         // a date signed at the end sits in these
constexpr int kMaxPeriodYears = 10;

// ---------------------------------------------------------------------------------------------
// Matching helpers

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

std::size_t OffsetIn(std::string_view text, re2::StringPiece piece) {
  return static_cast<std::size_t>(piece.data() - text.data());
}

// Byte ranges of 《…》 citations: years and names in them belong to other documents.
std::vector<std::pair<std::size_t, std::size_t>> Citations(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  static const RE2 citation(R"(《[^《》]*(?:《[^《》]*》[^《》]*)*》)");
  ForEachMatch(text, citation, [&](const std::vector<re2::StringPiece>& g) {
    spans.emplace_back(OffsetIn(text, g[0]), OffsetIn(text, g[0]) + g[0].size());
  });
  return spans;
}

bool Cited(const std::vector<std::pair<std::size_t, std::size_t>>& spans, std::size_t offset) {
  return std::any_of(spans.begin(), spans.end(),
                     [&](const auto& s) { return offset >= s.first && offset < s.second; });
}

int Year(std::string_view digits) {  // "2022" or "２０２２"
  const std::string ascii = Nfkc(digits);
  int year = 0;
  for (const char c : ascii) {
    if (c < '0' || c > '9') return 0;
    year = year * 10 + (c - '0');
  }
  return year;
}

// 十六 -> 16; 二〇二二 -> 2022, also with the ○ (white circle) or O typed for 〇. 0 when it is
// none.
int ChineseNumber(std::string_view text) {
  std::string digits;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = utf8::Next(text, pos);
    utf8::Append(digits, cp == U'○' || cp == U'O' || cp == U'o' ? U'〇' : cp);
  }
  return ParseChineseNumber(digits).value_or(0);
}

// ---------------------------------------------------------------------------------------------
// Header lines

enum class LineKind { kTitle, kDocNumber, kDate, kIssuer, kNotice, kAddressee, kAnnex, kSentence };

bool IsSpace(char32_t cp) {
  return cp == U' ' || cp == U'\t' || cp == U'\u3000' || cp == U'\u00A0';
}

bool IsAsciiWord(char32_t cp) {
  return cp < 0x80 && std::isalnum(static_cast<unsigned char>(cp)) != 0;
}

// Trimmed, and without the spaces a cover page sets between characters (松 江 区 规 划); a run
// of spaces between two Latin letters or digits stays one space.
std::string Compact(std::string_view text) {
  text = utf8::Trim(text);
  std::string out;
  char32_t before = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = utf8::Next(text, pos);
    if (!IsSpace(cp)) {
      utf8::Append(out, cp);
      before = cp;
      continue;
    }
    std::size_t after_pos = pos;
    char32_t after = cp;
    while (after_pos < text.size() && IsSpace(after)) after = utf8::Next(text, after_pos);
    if (IsAsciiWord(before) && IsAsciiWord(after)) out += ' ';
    while (pos < text.size()) {  // skip the rest of the run
      std::size_t next = pos;
      if (!IsSpace(utf8::Next(text, next))) break;
      pos = next;
    }
  }
  return out;
}

std::string Trimmed(const Block& block) { return Compact(block.text); }

// 发文字号: issuer abbreviation, year in 〔〕 (or the [] （） 【】 typed instead), number, 号.
bool IsDocNumber(std::string_view norm) {
  static const RE2 number(
      R"(^[(]?\s*\p{Han}{1,12}\s*[〔\[(【〖﹝]\s*(?:19|20)\d{2}\s*[〕\])】〗﹞]\s*第?\s*\d{1,5}\s*号\s*[)]?$)");
  return RE2::FullMatch(norm, number);
}

// 2022年6月16日 and 二〇二二年六月十六日, alone on a line (or in brackets) -> "2022-06-16".
std::string ParseDate(std::string_view norm) {
  static const RE2 arabic(
      R"(^[(]?\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[)]?$)");
  static const RE2 chinese(
      R"(^[(]?\s*([〇○零OoＯ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日\s*[)]?$)");
  int year = 0;
  int month = 0;
  int day = 0;
  std::string y;
  std::string m;
  std::string d;
  const bool arabic_date = RE2::FullMatch(norm, arabic, &year, &month, &day);
  if (!arabic_date && RE2::FullMatch(norm, chinese, &y, &m, &d)) {
    year = ChineseNumber(y);
    month = ChineseNumber(m);
    day = ChineseNumber(d);
  }
  if (year < 1949 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return "";
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, day);
  return out;
}

LineKind Classify(const Block& block) {
  static const RE2 issuer(
      R"((人民政府|人民政府办公室|办公室|办公厅|委员会|司法局|司法厅|人民法院|人民检察院|[局厅部院])$)");
  static const RE2 notice(R"(关于.*(印发|转发|下发|发布|颁布)|的通知$)");
  static const RE2 annex(R"(^附件\s*\d*\s*[:：]?$)");
  static const RE2 kind(R"(规划|方案|计划|意见|纲要|要点|办法|规定|细则)");
  static const RE2 month(
      R"(^[(]?(?:19|20)\d{2}年\d{1,2}月[)]?$|^[〇○零O一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月$)");
  const std::string norm = Compact(block.norm);
  if (IsDocNumber(norm)) return LineKind::kDocNumber;
  if (!ParseDate(norm).empty() || RE2::FullMatch(norm, month)) return LineKind::kDate;
  if (RE2::PartialMatch(norm, notice)) return LineKind::kNotice;
  if (RE2::PartialMatch(norm, annex)) return LineKind::kAnnex;
  if (norm.ends_with(":")) return LineKind::kAddressee;
  if (norm.find("。") != std::string_view::npos) return LineKind::kSentence;
  if (RE2::PartialMatch(norm, issuer) && !RE2::PartialMatch(norm, kind)) return LineKind::kIssuer;
  return LineKind::kTitle;
}

// The short lines before the body: it starts at the first numbered heading or long paragraph
// (an issuing notice's 现印发给你们… sentence still belongs to the header).
std::vector<const Block*> HeaderZone(const Document& doc) {
  static const RE2 numbered(
      R"(^\s*(第[一二三四五六七八九十百零〇\d]+[章节编]|[一二三四五六七八九十]+\s*[、.]))");
  std::vector<const Block*> zone;
  for (const Block& block : doc.blocks) {
    if (block.kind == Block::Kind::kFootnote) continue;
    if (block.kind == Block::Kind::kTableCell || zone.size() == kMaxHeaderLines) break;
    const std::string text = Trimmed(block);
    const bool notice_sentence =
        text.find("印发") != std::string::npos || text.find("转发") != std::string::npos;
    if (RE2::PartialMatch(block.norm, numbered)) break;
    if (utf8::CodePoints(text) >= kMaxHeaderLineLength && !notice_sentence) break;
    zone.push_back(&block);
  }
  return zone;
}

// ---------------------------------------------------------------------------------------------
// Title

std::string InnerTitle(std::string_view wrapped) {
  const std::size_t open = wrapped.find("《");
  if (open == std::string_view::npos) return Compact(wrapped);
  const std::vector<std::pair<std::size_t, std::size_t>> spans = Citations(wrapped);
  if (spans.empty()) return Compact(wrapped.substr(open + 3));
  const auto [start, end] = spans.front();
  return Compact(wrapped.substr(start + 3, end - start - 6));  // 《 and 》 are 3 bytes each
}

// 关于印发《…》的通知, possibly wrapped over two or three lines.
std::string NoticeTitle(const std::vector<const Block*>& zone, const std::vector<LineKind>& kinds) {
  static const RE2 wrapper(R"(关于\s*(?:印发|转发|下发|发布|颁布)\s*(.+?)\s*的\s*(?:通知|决定))");
  for (std::size_t i = 0; i < zone.size(); ++i) {
    if (kinds[i] != LineKind::kNotice) continue;
    std::string joined;
    for (std::size_t j = i; j < zone.size() && j < i + 3; ++j) {
      joined += Trimmed(*zone[j]);
      std::string inner;
      if (RE2::PartialMatch(joined, wrapper, &inner)) return InnerTitle(inner);
    }
  }
  return "";
}

// The first run of title lines: 绿园区公共法律服务体系建设 / “十四五”规划（征求意见稿）.
// At most three lines: a cover page's further lines are not the title.
std::string PlainTitle(const std::vector<const Block*>& zone, const std::vector<LineKind>& kinds) {
  constexpr int kMaxTitleLines = 3;
  static const RE2 kind(R"(规划|方案|计划|意见|纲要|要点|办法|规定|细则|决定|报告|通知)");
  static const RE2 complete(
      R"((规划|方案|计划|意见|纲要|要点|办法|规定|细则|决定|报告|通知)(?:[（(][^（()）]*[)）])?$)");
  static const RE2 bracketed(R"(^[（(【].*[)）】]$)");
  std::string title;
  int lines = 0;
  for (std::size_t i = 0; i < zone.size() && lines < kMaxTitleLines; ++i) {
    // A notice that issues nothing (关于开展…的通知) is the document's own title.
    const bool title_like = kinds[i] == LineKind::kTitle || kinds[i] == LineKind::kNotice;
    if (!title_like && !title.empty()) break;
    if (zone[i]->kind == Block::Kind::kHeading && !title.empty()) break;  // a section title
    if (!title_like) continue;
    // Once the title has its kind word, only a bracketed line follows: （2023—2025年）,
    // （征求意见稿）.
    const std::string line = Trimmed(*zone[i]);
    if (RE2::PartialMatch(title, complete) && !RE2::FullMatch(line, bracketed)) break;
    title += line;
    ++lines;
  }
  return RE2::PartialMatch(title, kind) ? title : "";
}

// 三年规划 and 发展规划 are 规划; 工作方案 is 方案; 指导意见 is 意见.
std::string KindOf(std::string_view text, bool at_end) {
  static const RE2 title_kind(
      R"((规划纲要|规划|实施方案|行动方案|工作方案|方案|行动计划|工作计划|计划|实施意见|指导意见|意见|纲要|工作要点|要点|实施细则|细则|实施办法|办法|规定|通知)$)");
  static const RE2 body_kind(
      R"((?:制定|制订|编制|提出|形成)(?:本|如下|以下)(规划纲要|规划|实施方案|行动方案|工作方案|方案|行动计划|工作计划|计划|实施意见|意见))");
  static const RE2 trailing(R"(^(.*?)(?:\s*(?:[(][^()]*[)]|征求意见稿|送审稿|讨论稿|草案))+\s*$)");
  static const std::map<std::string, std::string> kCanonical = {
      {"规划纲要", "规划"}, {"行动方案", "方案"}, {"工作方案", "方案"},
      {"工作计划", "计划"}, {"实施意见", "意见"}, {"指导意见", "意见"},
      {"要点", "工作要点"}, {"实施细则", "细则"}, {"实施办法", "办法"}};
  std::string norm = Nfkc(text);
  std::string stripped;
  if (RE2::FullMatch(norm, trailing, &stripped)) norm = stripped;
  std::string kind;
  if (!RE2::PartialMatch(norm, at_end ? title_kind : body_kind, &kind)) return "";
  const auto it = kCanonical.find(kind);
  return it == kCanonical.end() ? kind : it->second;
}

// ---------------------------------------------------------------------------------------------
// Period

// (2023-2025), （2021—2025年）, 2020年至2022年.
const RE2& RangePattern() {
  static const RE2 range(
      R"([（(]?\s*((?:19|20|１９|２０)[0-9０-９]{2})\s*年?\s*(?:[-—–―─~～〜－]+|至|到)\s*((?:19|20|１９|２０)[0-9０-９]{2})\s*年?\s*[）)]?)");
  return range;
}

struct Found {
  Period period;
  std::size_t offset = 0;
};

std::vector<Found> Ranges(std::string_view text) {
  std::vector<Found> found;
  ForEachMatch(text, RangePattern(), [&](const std::vector<re2::StringPiece>& g) {
    const int from = Year(g[1]);
    const int to = Year(g[2]);
    if (to <= from || to - from > kMaxPeriodYears) return;
    found.push_back({{from, to, std::string(utf8::Trim(g[0]))}, OffsetIn(text, g[0])});
  });
  return found;
}

// 十四五 = the 14th five-year plan = 2021-2025 (the plans run in five-year steps since 1966).
std::vector<Found> FiveYearPlans(std::string_view text) {
  static const RE2 plan(R"(十([一二三四五六七八九])(?:五|个五年))");
  std::vector<Found> found;
  ForEachMatch(text, plan, [&](const std::vector<re2::StringPiece>& g) {
    const int ordinal = 10 + ChineseNumber(g[1]);
    const int from = 1966 + 5 * (ordinal - 3);
    found.push_back({{from, from + 4, std::string(g[0])}, OffsetIn(text, g[0])});
  });
  return found;
}

// 到2022年 (a target year), not the 到 of a range (2020年到2022年).
std::vector<Found> TargetYears(std::string_view text) {
  static const RE2 target(R"(到\s*([0-9０-９]{4})\s*年)");
  std::vector<Found> found;
  ForEachMatch(text, target, [&](const std::vector<re2::StringPiece>& g) {
    const std::size_t at = OffsetIn(text, g[0]);
    const std::string_view before = utf8::Trim(text.substr(0, at));
    if (before.ends_with("年") ||
        (!before.empty() && std::isdigit(static_cast<unsigned char>(before.back())))) {
      return;
    }
    const int year = Year(g[1]);
    if (year >= 1990 && year <= 2100) found.push_back({{0, year, std::string(g[0])}, at});
  });
  return found;
}

// A plan for one year: 2023年工作要点 (not 到2025年, not the end of a range).
std::vector<Found> SingleYears(std::string_view text) {
  static const RE2 year(R"(((?:19|20|１９|２０)[0-9０-９]{2})\s*年度?)");
  std::vector<Found> found;
  if (!Ranges(text).empty()) return found;
  ForEachMatch(text, year, [&](const std::vector<re2::StringPiece>& g) {
    const std::size_t at = OffsetIn(text, g[0]);
    const std::string_view before = utf8::Trim(text.substr(0, at));
    if (before.ends_with("到") || before.ends_with("至")) return;
    const int y = Year(g[1]);
    found.push_back({{y, y, std::string(g[0])}, at});
  });
  return found;
}

std::vector<Found> Uncited(std::string_view text, std::vector<Found> found) {
  const auto spans = Citations(text);
  std::erase_if(found, [&](const Found& f) { return Cited(spans, f.offset); });
  return found;
}

bool IsBody(const Block& block) { return block.kind != Block::Kind::kFootnote; }

struct PeriodEvidence {
  std::optional<Found> horizon;   // the nearest target year (到2022年)
  std::vector<Found> standalone;  // a line that is nothing but a period: （2023—2025）
  std::vector<Found> ranges;      // in running text
  std::map<int, std::pair<int, Found>> plans;  // 十X五 by first year -> (count, first)
};

// Years inside 《…》 belong to the cited documents and are left out.
PeriodEvidence GatherPeriods(const Document& doc, int issue_year) {
  PeriodEvidence e;
  for (const Block& block : doc.blocks) {
    if (!IsBody(block)) continue;
    const std::string_view text = block.text;
    for (const Found& t : Uncited(text, TargetYears(text))) {
      if (t.period.to < issue_year) continue;
      if (!e.horizon || t.period.to < e.horizon->period.to) e.horizon = t;
    }
    const bool alone = RE2::FullMatch(utf8::Trim(text), RangePattern());
    for (const Found& r : Uncited(text, Ranges(text)))
      (alone ? e.standalone : e.ranges).push_back(r);
    for (const Found& p : Uncited(text, FiveYearPlans(text))) {
      ++e.plans.try_emplace(p.period.from, 0, p).first->second.first;
    }
  }
  return e;
}

// The plan's own period, most reliable source first: the title; a period standing alone on a
// line (the subtitle （2023—2025）); a range or 十X五 in the text that agrees with the target
// year; the target year alone (到2022年: to = 2022, from = the year the plan was issued when that
// is known, else 0 for unknown). The nearest 到YYYY年 is the plan's horizon: 到2035年 is the
// long-range vision beyond it, and a retrospective 2016～2018年 does not reach it.
std::optional<Period> ReadPeriod(const Document& doc, std::string_view title, int issue_year) {
  for (const auto& found : {Uncited(title, Ranges(title)), Uncited(title, FiveYearPlans(title)),
                            Uncited(title, SingleYears(title))}) {
    if (!found.empty()) return found.front().period;
  }
  const PeriodEvidence e = GatherPeriods(doc, issue_year);
  const auto fits = [&](const Found& f) {
    return !e.horizon ||
           (f.period.from <= e.horizon->period.to && e.horizon->period.to <= f.period.to);
  };
  for (const Found& f : e.standalone) {
    if (fits(f)) return f.period;
  }
  if (e.horizon) {
    for (const Found& f : e.ranges) {
      if (fits(f)) return f.period;
    }
  }
  const Found* plan = nullptr;
  int most = 0;
  for (const auto& [from, counted] : e.plans) {
    if (fits(counted.second) && counted.first >= most) {
      plan = &counted.second;
      most = counted.first;
    }
  }
  if (plan != nullptr) return plan->period;
  if (!e.horizon) return std::nullopt;
  Period period = e.horizon->period;
  period.from = issue_year > 0 && issue_year <= period.to ? issue_year : 0;
  return period;
}

// ---------------------------------------------------------------------------------------------
// The rest of the header

int DocNumberYear(std::string_view norm) {
  static const RE2 year(R"([〔\[(【〖﹝]\s*((?:19|20)\d{2})\s*[〕\])】〗﹞])");
  int y = 0;
  return RE2::PartialMatch(norm, year, &y) ? y : 0;
}

// Signed in the header (under the issuing notice) or at the end of the plan.
std::string ReadDate(const Document& doc, const std::vector<const Block*>& zone) {
  for (const Block* block : zone) {
    std::string date = ParseDate(Compact(block->norm));
    if (!date.empty()) return date;
  }
  std::size_t seen = 0;
  for (auto it = doc.blocks.rbegin(); it != doc.blocks.rend() && seen < kSignatureLines; ++it) {
    if (it->kind != Block::Kind::kParagraph && it->kind != Block::Kind::kHeading) continue;
    ++seen;
    std::string date = ParseDate(Compact(it->norm));
    if (!date.empty()) return date;
  }
  return "";
}

bool IsDraft(std::string_view title, const std::vector<const Block*>& zone) {
  static const RE2 draft(R"(征求意见稿|送审稿|讨论稿|草案|草稿)");
  if (RE2::PartialMatch(title, draft)) return true;
  return std::any_of(zone.begin(), zone.end(),
                     [](const Block* b) { return RE2::PartialMatch(Compact(b->norm), draft); });
}

// 制定本规划 / 提出如下实施方案 in the opening paragraphs, for a plan without a title.
std::string KindFromText(const Document& doc) {
  constexpr std::size_t kOpening = 40;
  for (std::size_t i = 0; i < doc.blocks.size() && i < kOpening; ++i) {
    std::string kind = KindOf(doc.blocks[i].norm, /*at_end=*/false);
    if (!kind.empty()) return kind;
  }
  return "";
}

}  // namespace

Metadata ReadMetadata(const Document& doc) {
  Metadata meta;
  const std::vector<const Block*> zone = HeaderZone(doc);
  std::vector<LineKind> kinds;
  for (const Block* block : zone) kinds.push_back(Classify(*block));

  meta.title = NoticeTitle(zone, kinds);
  if (meta.title.empty()) meta.title = PlainTitle(zone, kinds);
  int issue_year = 0;
  for (std::size_t i = 0; i < zone.size(); ++i) {
    if (kinds[i] != LineKind::kDocNumber || !meta.doc_number.empty()) continue;
    meta.doc_number = std::string(utf8::Trim(zone[i]->text));  // as written, for the form check
    issue_year = DocNumberYear(zone[i]->norm);
  }
  meta.date = ReadDate(doc, zone);
  if (!meta.date.empty()) issue_year = Year(std::string_view(meta.date).substr(0, 4));
  meta.draft = IsDraft(meta.title, zone);
  meta.kind = KindOf(meta.title, /*at_end=*/true);
  if (meta.kind.empty()) meta.kind = KindFromText(doc);
  meta.period = ReadPeriod(doc, meta.title, issue_year);

  std::vector<std::string_view> paragraphs;
  for (const Block& block : doc.blocks) {
    if (IsBody(block)) paragraphs.push_back(block.norm);
  }
  // Down to the town for a township plan (李家台镇…实施方案).
  const std::optional<Division> own =
      ResolvePlace(Nfkc(meta.title), paragraphs, Gazetteer::Builtin(), TownTable::Builtin());
  if (own) {
    meta.region = own->ToRegion();
    meta.level = std::string(own->LevelName());
  }
  meta.written = ReadWrittenWindow(doc, meta);
  return meta;
}

}  // namespace plancheck
