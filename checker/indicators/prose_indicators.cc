#include "checker/indicators/prose_indicators.h"

#include <re2/re2.h>

#include <algorithm>
#include <string>

#include "checker/decode/utf8.h"
#include "checker/indicators/comparators.h"
#include "checker/indicators/numbers.h"
#include "checker/indicators/passage.h"
#include "checker/indicators/quantity.h"
#include "checker/indicators/units.h"

namespace plancheck::indicators {
namespace {

struct Range {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
};

std::string_view Slice(std::string_view text, Range r) { return text.substr(r.begin, r.size()); }

// Splits [begin, end) of `text` at any of the ASCII `marks` or at "。" when `full_stop`.
std::vector<Range> Split(std::string_view text, Range range, std::string_view marks,
                         bool full_stop) {
  static constexpr std::string_view kFullStop = "。";
  bool is_mark[256] = {};
  for (const char c : marks) is_mark[static_cast<unsigned char>(c)] = true;
  std::vector<Range> out;
  std::size_t start = range.begin;
  for (std::size_t i = range.begin; i < range.end;) {
    std::size_t len = 0;
    if (is_mark[static_cast<unsigned char>(text[i])]) {
      len = 1;
    } else if (full_stop && text[i] == kFullStop[0] && text.substr(i).starts_with(kFullStop)) {
      len = kFullStop.size();
    }
    if (len == 0) {
      ++i;
      continue;
    }
    if (i > start) out.push_back({start, i});
    i += len;
    start = i;
  }
  if (range.end > start) out.push_back({start, range.end});
  return out;
}

// Byte ranges of titles, document numbers and quotations, whose numbers are no targets:
// 《…》, 〔…〕, “…”, 【…】, [...].
std::vector<Range> Masked(std::string_view text) {
  // No nesting inside a pair, so an unclosed mark cannot mask the rest of the paragraph.
  static const RE2 pattern(R"((《[^《》]*》|〔[^〔〕]*〕|“[^“”]*”|【[^【】]*】|\[[^\[\]]*\]))");
  std::vector<Range> out;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  while (RE2::FindAndConsume(&input, pattern, &m)) {
    const auto begin = static_cast<std::size_t>(m.data() - text.data());
    out.push_back({begin, begin + m.size()});
  }
  return out;
}

// `ranges` are sorted and do not overlap: a binary search, as a paragraph may hold thousands.
bool Inside(const std::vector<Range>& ranges, std::size_t offset) {
  const auto it = std::upper_bound(ranges.begin(), ranges.end(), offset,
                                   [](std::size_t o, const Range& r) { return o < r.begin; });
  return it != ranges.begin() && offset < (it - 1)->end;
}

// A sentence is read in pieces of at most this many code points, cut at the last clause mark
// within the limit when there is one; a target's evidence is sought in its piece. A paragraph
// without 。 is one sentence; real plans' sentences stay under 300 code points.
constexpr std::size_t kMaxPieceLength = 2000;

// Evidence longer than this many code points is cut to a window around the target.
constexpr std::size_t kMaxEvidenceLength = 240;

// A name is said of the few words next to its number; a subject or object that runs on (a
// paragraph without punctuation) keeps only this many code points of them.
constexpr std::size_t kMaxNameLength = 200;

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

Range KeepLast(std::string_view text, Range r) {
  std::size_t begin = r.end;
  for (std::size_t n = 0; n < kMaxNameLength && begin > r.begin; ++n) {
    do --begin;
    while (begin > r.begin && IsContinuation(text[begin]));
  }
  return {begin, r.end};
}

Range KeepFirst(std::string_view text, Range r) {
  if (r.end <= r.begin) return r;
  return {r.begin, r.begin + utf8::ByteOffset(Slice(text, r), kMaxNameLength)};
}

// The sentence in pieces of at most kMaxPieceLength code points (one piece for real sentences).
std::vector<Range> Pieces(std::string_view text, Range sentence) {
  std::vector<Range> out;
  for (;;) {
    const std::size_t limit =
        sentence.begin + utf8::ByteOffset(Slice(text, sentence), kMaxPieceLength);
    if (limit >= sentence.end) break;
    const std::size_t mark =
        text.substr(sentence.begin, limit - sentence.begin).find_last_of(",;:");
    const std::size_t cut = mark == std::string_view::npos ? limit : sentence.begin + mark + 1;
    out.push_back({sentence.begin, cut});
    sentence.begin = cut;
  }
  out.push_back(sentence);
  return out;
}

// A sentence that reports what was done (截至, 累计, 已建成, "十三五"期间 …) and states nothing
// ahead; or one that opens with a year before the plan.
bool IsHistorical(std::string_view sentence, const std::optional<Period>& plan) {
  static const RE2 past(
      "(截至|截止|累计|已建成|已实现|已经|已有|共有|先后|同比|比上年|较上年|近年来|近几年|过去|"
      "十三五[”\"]?(?:期间|时期|以来|末))");
  static const RE2 ahead(R"((?:^|[^截])(?:到|至)\s*20\d\d\s*年|力争|确保|争取|目标|将|计划)");
  if (RE2::PartialMatch(sentence, past) && !RE2::PartialMatch(sentence, ahead)) return true;
  static const RE2 opening_year(R"(^\s*(?:在|于)?\s*(20\d\d)\s*年)");
  std::string year;
  if (plan && plan->from > 0 && RE2::PartialMatch(sentence, opening_year, &year)) {
    const std::optional<int> opening = ParseInt(year);
    return opening && *opening < plan->from;
  }
  return false;
}

std::optional<int> TargetYear(std::string_view sentence) {
  static const RE2 pattern(R"((?:^|[^截])(?:到|至)\s*(20\d\d)\s*年)");
  std::string year;
  if (!RE2::PartialMatch(sentence, pattern, &year)) return std::nullopt;
  return ParseInt(year);
}

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Numbers that are no quantities: 第三十条, 每万人, G60, 7×24, 12·4, 3.5.1, 1/3.
bool IsExcluded(std::string_view clause, const Quantity& q) {
  static constexpr std::string_view kBefore[] = {"第", "每", "×", "*", "·", "/",
                                                 ":",  "#",  "+", "x", "X"};
  static constexpr std::string_view kAfter[] = {"×", "*", "·", "/", ":", "x", "X", "+"};
  const std::string_view left = clause.substr(0, q.begin);
  const std::string_view right = clause.substr(q.end);
  for (std::string_view w : kBefore) {
    if (left.ends_with(w)) return true;
  }
  for (std::string_view w : kAfter) {
    if (right.starts_with(w)) return true;
  }
  if (!left.empty() && IsAsciiAlnum(left.back())) return true;
  if (!left.empty() && left.back() == '.' && !q.chinese) return true;
  if (!right.empty() && (IsAsciiAlnum(right.front()) ||
                         (right.front() == '.' && right.size() > 1 && IsAsciiAlnum(right[1])))) {
    return true;
  }
  return false;
}

// "一批", "一些", and round numbers that name a campaign rather than count ("百场法治讲座进企业",
// "千名律师进万家") unless a bound follows ("百人以上").
bool IsVagueNumeral(std::string_view numeral, const std::string& unit, const Suffix& suffix) {
  if (unit == "批") return true;
  const bool round = numeral == "百" || numeral == "千" || numeral == "万";
  return round && suffix.op.empty();
}

// The subject of a target with its openers dropped: "到2025年争取实现区级…" -> "区级…".
Range TrimSubject(std::string_view text, Range r) {
  static const RE2 opener(
      R"(^((?:\s|(?:到|至|在)?\s*20\d\d\s*年(?:底|末|前)?|力争|争取|确保|保证|实现|努力|基本|全面|)"
      R"(进一步|逐步|其中|同时|并且|并|且|以及|使|让|要|将|推动|为)+))");
  static const RE2 closer(R"(((?:\s|的|将|要|已|可|应|能)+)$)");
  re2::StringPiece m;
  if (RE2::PartialMatch(Slice(text, r), opener, &m)) r.begin += m.size();
  if (r.end > r.begin && RE2::PartialMatch(Slice(text, r), closer, &m)) r.end -= m.size();
  return r;
}

// Action verbs at the end of a subject that goes before an object: "每个综合网格培育" + "至少1名"
// + "“法律明白人”" -> "每个综合网格“法律明白人”".
Range DropTrailingVerb(std::string_view text, Range r) {
  static const RE2 verb(std::string("(").append(ActionVerbs()).append("|有|拥有)$"));
  re2::StringPiece m;
  if (RE2::PartialMatch(Slice(text, r), verb, &m)) r.end -= m.size();
  return r;
}

// What is counted, after the quantity: up to the clause end, or to the next "和10个".
Range ObjectAfter(std::string_view text, std::size_t from, std::size_t clause_end) {
  static const RE2 next(
      R"(((?:和|及|与|、|以及)\s*(?:\d|[一二两三四五六七八九十百千万]+\s*(?:个|名|家|次|件|项|所|场))))");
  static const RE2 tail(R"(((?:\s|等|的)+)$)");
  Range r{from, std::max(from, clause_end)};
  re2::StringPiece m;
  if (RE2::PartialMatch(Slice(text, r), next, &m)) {
    r.end = static_cast<std::size_t>(m.data() - text.data());
  }
  if (r.end > r.begin && RE2::PartialMatch(Slice(text, r), tail, &m)) r.end -= m.size();
  return r;
}

// "接通率和满意率均" -> {"接通率", "满意率"}; a short later item borrows the first one's head
// ("热线接通率和满意率" -> 热线接通率, 热线满意率).
std::vector<std::string> SplitSubjects(const std::string& subject) {
  static const RE2 sep("(和|及|与|、|以及)");
  std::vector<std::string> items;
  re2::StringPiece input(subject);
  re2::StringPiece m;
  std::size_t start = 0;
  while (RE2::FindAndConsume(&input, sep, &m)) {
    const auto at = static_cast<std::size_t>(m.data() - subject.data());
    items.push_back(subject.substr(start, at - start));
    start = at + m.size();
  }
  items.push_back(subject.substr(start));
  if (items.size() < 2) return {subject};
  const std::size_t first_len = utf8::CodePoints(items.front());
  for (std::size_t i = 1; i < items.size(); ++i) {
    const std::size_t len = utf8::CodePoints(items[i]);
    if (len <= 4 && first_len > len) {
      items[i] =
          items.front().substr(0, utf8::ByteOffset(items.front(), first_len - len)) + items[i];
    }
  }
  return items;
}

// "区级示范村达到90%，市级达到60%": a short subject that names only the level takes the rest of
// the previous target's name ("市级" -> "市级示范村").
std::string CompleteShortName(const std::string& name, const std::string& previous) {
  const std::size_t len = utf8::CodePoints(name);
  if (len < 2 || len > 3 || utf8::CodePoints(previous) <= len + 1) return name;
  const std::size_t cut = utf8::ByteOffset(previous, len);
  const std::size_t name_last = utf8::ByteOffset(name, len - 1);
  const std::size_t previous_last = utf8::ByteOffset(previous, len - 1);
  // Parallel only when both end their level word alike: 区级 / 市级 / 省级.
  if (name.substr(name_last) != previous.substr(previous_last, cut - previous_last)) return name;
  return name + previous.substr(cut);
}

// How one quantity of a clause reads: its unit, the bound after it, the cue before it and the
// subject it is said of. Passage byte offsets.
struct Reading {
  UnitRead unit;
  Suffix suffix;
  Cue cue;
  Range subject;
  Range object_before;  // "新培养" [涉外律师] "20名"
  Range object_after;   // "打造1个" [省级品牌调解工作室]
};

// "对年收入低于3万元的家庭", "50名律师以上的律所": a bound before 的 qualifies the noun after it.
// Still a target when a share is meant ("80%以上的村（社区）建成…") or a verb provides the amount
// ("每年安排不低于50万元的专项经费").
bool IsQualifier(std::string_view left, std::string_view rest, const Reading& r) {
  // Appended, not "(" + std::string: GCC 12 -O2 warns (-Wrestrict) on that insert at 0.
  static const RE2 provides(
      std::string("(").append(ActionVerbs()).append("|安排|投入|保障|提供|落实|确保)\\s*$"));
  if (!rest.starts_with("的") || r.unit.unit == "%") return false;
  if (r.cue.kind == CueKind::kAction) return false;
  return !RE2::PartialMatch(left.substr(0, r.cue.begin), provides);
}

class ClauseReader {
 public:
  ClauseReader(const Passage& passage, std::optional<int> year, const std::vector<Range>& masked,
               std::vector<Indicator>& out)
      : passage_(passage), text_(passage.text()), year_(year), masked_(masked), out_(out) {}

  // Reads a clause of `piece`, the piece of the sentence its targets' evidence comes from.
  void Read(Range piece, Range clause);

 private:
  std::optional<Reading> Classify(Range clause, const Quantity& q,
                                  const std::optional<Reading>& previous) const;
  std::vector<std::string> Names(const Reading& r) const;
  void ReadQuantity(const Quantity& q, const Reading& r);
  void ReadFullCoverage(Range clause);
  void Emit(Indicator ind, Range number, const std::vector<std::string>& names);
  std::string Evidence(std::size_t at) const;
  std::string Words(Range r) const { return passage_.Original(r.begin, r.end); }

  const Passage& passage_;
  std::string_view text_;
  Range piece_;
  std::optional<int> year_;
  const std::vector<Range>& masked_;
  std::vector<Indicator>& out_;
  std::string last_name_;  // of the sentence's previous target
};

void ClauseReader::Read(Range piece, Range clause) {
  piece_ = piece;
  std::optional<Reading> previous;
  const std::string_view s = Slice(text_, clause);
  for (Quantity q : FindQuantities(s)) {
    if (Inside(masked_, clause.begin + q.begin) || IsExcluded(s, q)) continue;
    const std::optional<Reading> reading = Classify(clause, q, previous);
    if (!reading) continue;
    q.begin += clause.begin;
    q.end += clause.begin;
    ReadQuantity(q, *reading);
    previous = reading;
  }
  ReadFullCoverage(clause);
}

// Whether the quantity is a target, and how it reads; nullopt when it is none.
std::optional<Reading> ClauseReader::Classify(Range clause, const Quantity& q,
                                              const std::optional<Reading>& previous) const {
  static const RE2 joined(R"((和|及|与|、|以及)\s*$)");
  const std::string_view s = Slice(text_, clause);
  const std::string_view left = s.substr(0, q.begin);
  const std::string_view right = s.substr(q.end);
  Reading r;
  r.unit = UnitAfter(right);
  if (r.unit.unit.empty() && !r.unit.lost) return std::nullopt;
  if (q.chinese && (r.unit.lost || right.substr(r.unit.length).starts_with("性"))) {
    return std::nullopt;  // "一次性": an adjective
  }
  r.suffix = SuffixAfter(right.substr(r.unit.length));
  if (q.chinese && IsVagueNumeral(s.substr(q.begin, q.end - q.begin), r.unit.unit, r.suffix)) {
    return std::nullopt;
  }
  r.cue = CueBefore(left);
  if (IsQualifier(left, right.substr(r.unit.length + r.suffix.length), r)) return std::nullopt;
  r.subject = {clause.begin, clause.begin + r.cue.begin};
  if (r.cue.kind == CueKind::kNone && previous && RE2::PartialMatch(left, joined)) {
    r.cue = previous->cue;  // "建设1个…和10个…": the same verb
    r.subject = previous->subject;
    r.cue.object.reset();
  } else if (r.cue.kind == CueKind::kNone) {
    if (r.suffix.op.empty() || r.suffix.op == "=") return std::nullopt;
    r.subject = {clause.begin, clause.begin + q.begin};
  } else if (r.cue.kind == CueKind::kRate && r.unit.unit != "%" && !r.unit.lost) {
    return std::nullopt;
  }
  if (q.chinese && r.cue.kind != CueKind::kAction && r.cue.kind != CueKind::kLevel &&
      r.cue.kind != CueKind::kComparator && r.suffix.op.empty()) {
    return std::nullopt;
  }
  if (r.cue.object) r.object_before = {clause.begin + *r.cue.object, clause.begin + q.begin};
  std::size_t after = clause.begin + q.end + r.unit.length + r.suffix.length;
  if (text_.substr(after).starts_with("的")) after += std::string_view("的").size();
  r.object_after = ObjectAfter(text_, after, clause.end);
  return r;
}

// The name(s) the target is said of: its subject; the counted object for counts ("打造1个" +
// "省级品牌调解工作室"); one per item for "接通率和满意率均不低于90%".
std::vector<std::string> ClauseReader::Names(const Reading& r) const {
  static const RE2 shared(R"((和|及|与|、).*(均|都|皆)\s*$)");
  static const RE2 shared_word(R"(((?:均|都|皆)\s*)$)");
  Range head = TrimSubject(text_, r.subject);
  const bool split = RE2::PartialMatch(Slice(text_, head), shared);
  re2::StringPiece m;
  if (split && RE2::PartialMatch(Slice(text_, head), shared_word, &m)) head.end -= m.size();
  std::string name;
  if (r.object_before.size() > 0) {
    static const RE2 adverb(R"(((?:新|再|另|共|累计)\s*)$)");  // "新培养": not part of the name
    if (RE2::PartialMatch(Slice(text_, head), adverb, &m)) head.end -= m.size();
    name = Words(KeepLast(text_, head)) + Words(KeepLast(text_, r.object_before));
  } else if (!r.unit.lost && r.object_after.size() > 0 && r.cue.kind != CueKind::kLevel &&
             r.cue.kind != CueKind::kChange) {
    head = DropTrailingVerb(text_, head);
    name = Words(KeepLast(text_, head)) + Words(KeepFirst(text_, r.object_after));
  } else {
    name = Words(KeepLast(text_, head));
  }
  name = SqueezeCjkSpaces(name);
  return split ? SplitSubjects(name) : std::vector<std::string>{name};
}

void ClauseReader::ReadQuantity(const Quantity& q, const Reading& r) {
  Indicator ind;
  ind.source = "prose";
  const bool points = r.unit.unit == "个百分点" || r.unit.unit == "百分点";
  ind.kind = r.cue.kind == CueKind::kChange || points ? "change" : "level";
  ind.value = q.value;
  ind.value_max = q.value_max;
  ind.op = q.value_max ? "range" : CombineOp(r.cue, r.suffix);
  ind.unit = r.unit.unit;
  ind.year = year_;
  std::vector<std::string> names = Names(r);
  if (r.unit.lost && IsRateName(names.front())) {
    ind.unit = "%";
    ind.unit_inferred = true;
  }
  Emit(std::move(ind), {q.begin, q.end}, names);
}

// 实现…全覆盖 at the end of a clause: coverage of 100 %. Not "全覆盖工作" or "全覆盖的网络".
void ClauseReader::ReadFullCoverage(Range clause) {
  static const RE2 pattern(R"(^(.*?(?:实现|达到|做到))(.{1,40}?)全覆盖\s*$)");
  re2::StringPiece head;
  re2::StringPiece what;
  const std::string_view s = Slice(text_, clause);
  if (s.find("全覆盖") == std::string_view::npos || !RE2::FullMatch(s, pattern, &head, &what)) {
    return;
  }
  const auto begin = static_cast<std::size_t>(what.data() - text_.data());
  Indicator ind{.op = "=", .value = 100, .unit = "%", .year = year_, .source = "prose"};
  const std::string name =
      SqueezeCjkSpaces(passage_.Original(begin, begin + what.size())) + "覆盖率";
  Emit(std::move(ind), {begin, begin + what.size()}, {name});
}

// The piece of the sentence around the target, cut at semicolons: lists of targets run on over
// "；". Longer than kMaxEvidenceLength, a window around the target marked with "…": each target
// keeps its own copy, so it must not grow with the paragraph.
std::string ClauseReader::Evidence(std::size_t at) const {
  const std::string_view sentence = Slice(text_, piece_);
  const std::size_t offset = at - piece_.begin;
  const std::size_t before = sentence.rfind(';', offset);
  const std::size_t after = sentence.find(';', offset);
  const std::size_t begin = piece_.begin + (before == std::string_view::npos ? 0 : before + 1);
  const std::size_t end = after == std::string_view::npos ? piece_.end : piece_.begin + after;
  if (utf8::CodePoints(Slice(text_, {begin, end})) <= kMaxEvidenceLength) {
    return std::string(utf8::Trim(passage_.Original(begin, end)));
  }
  std::size_t from = std::clamp(at, begin, end);
  for (std::size_t n = 0; n < kMaxEvidenceLength / 2 && from > begin; ++n) {
    do --from;
    while (from > begin && IsContinuation(text_[from]));
  }
  const std::size_t to = from + utf8::ByteOffset(Slice(text_, {from, end}), kMaxEvidenceLength);
  std::string out = from > begin ? "…" : "";
  out += utf8::Trim(passage_.Original(from, to));
  if (to < end) out += "…";
  return out;
}

void ClauseReader::Emit(Indicator ind, Range number, const std::vector<std::string>& names) {
  const Block& block = passage_.BlockOf(number.begin);
  ind.line = block.line;
  ind.column = block.ColumnOfNorm(passage_.NormOf(number.begin));
  ind.block = passage_.BlockIndexOf(number.begin);
  ind.evidence = Evidence(number.begin);
  // "较2020年增长30%", "比上年提高5个百分点", "年均增长15%": a change of the sentence's
  // previous target, not a subject of its own.
  static const RE2 compared(R"(^\s*(?:较|相比于?|同比|比)\s*(?:(20\d\d)\s*年|上年|去年))");
  static const RE2 compared_bare(R"(^\s*(?:较|同比))");
  for (const std::string& name : names) {
    Indicator one = ind;
    std::string year;
    if (name.empty() || RE2::PartialMatch(name, compared, &year) ||
        RE2::PartialMatch(name, compared_bare)) {
      if (!year.empty()) one.baseline_year = ParseInt(year);
      one.name = last_name_;
    } else {
      one.name = CompleteShortName(name, last_name_);
    }
    last_name_ = one.name;
    NormalisePerPopulation(one);
    out_.push_back(std::move(one));
  }
}

}  // namespace

std::vector<Indicator> ProseIndicators(const Document& doc, const std::vector<bool>& background,
                                       const std::optional<Period>& plan) {
  std::vector<Indicator> out;
  for (const Passage& passage : BuildPassages(doc, background)) {
    const std::string_view text = passage.text();
    const std::vector<Range> masked = Masked(text);
    for (const Range sentence : Split(text, {0, text.size()}, "!?", true)) {
      const std::string_view s = Slice(text, sentence);
      if (IsHistorical(s, plan)) continue;
      ClauseReader reader(passage, TargetYear(s), masked, out);
      for (const Range piece : Pieces(text, sentence)) {
        for (const Range clause : Split(text, piece, ",;:", false)) reader.Read(piece, clause);
      }
    }
  }
  return out;
}

}  // namespace plancheck::indicators
