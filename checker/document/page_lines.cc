#include "checker/document/page_lines.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>

#include "checker/decode/utf8.h"

namespace plancheck {
namespace {

bool IsAsciiGraphic(char32_t cp) { return cp > 0x20 && cp < 0x7F; }
bool IsAsciiAlnum(char32_t cp) {
  return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

char32_t LastCodePoint(std::string_view s) {
  std::size_t start = s.size();
  while (start > 0 && (static_cast<unsigned char>(s[start - 1]) & 0xC0) == 0x80) --start;
  if (start > 0) --start;
  std::size_t pos = start;
  return s.empty() ? 0 : utf8::Next(s, pos);
}

char32_t FirstCodePoint(std::string_view s) {
  std::size_t pos = 0;
  return s.empty() ? 0 : utf8::Next(s, pos);
}

// Whether the gap between two runs on one line is a typed space. Producers spread CJK text and
// put a little air between Han and Latin (LibreOffice's autospace, about 0.2 em): only a wider
// gap there is a space.
bool GapIsSpace(char32_t before, char32_t after, double gap, double size) {
  if (IsAsciiGraphic(before) && IsAsciiGraphic(after)) return gap > 0.15 * size;
  return gap > 0.45 * size;
}

void AppendRun(PageLine& line, const TextRun& run, double& end) {
  const std::string_view text = run.text;
  if (line.text.empty()) {
    line.x0 = run.x;
  } else if (GapIsSpace(LastCodePoint(line.text), FirstCodePoint(text), run.x - end, run.size)) {
    line.text += ' ';
  }
  line.text += text;
  end = std::max(end, run.x + run.width);
  line.x1 = end;
  line.size = std::max(line.size, run.size);
}

PageLine MakeLine(int page, std::vector<const TextRun*>& runs) {
  std::sort(runs.begin(), runs.end(),
            [](const TextRun* a, const TextRun* b) { return a->x < b->x; });
  PageLine line;
  line.page = page;
  line.baseline = runs.front()->y;
  double end = runs.front()->x;
  std::size_t bold = 0, all = 0;
  for (const TextRun* run : runs) {
    AppendRun(line, *run, end);
    all += run->text.size();
    bold += run->bold ? run->text.size() : 0;
  }
  line.bold = bold * 2 > all;  // digits set in a Latin face do not unbold a bold line
  return line;
}

// The most frequent value, rounded to whole points.
double Mode(const std::vector<double>& values, double fallback) {
  std::map<long, int> counts;
  for (const double v : values) ++counts[std::lround(v)];
  long best = 0;
  int seen = 0;
  for (const auto& [value, count] : counts) {
    if (count > seen) best = value, seen = count;
  }
  return seen == 0 ? fallback : static_cast<double>(best);
}

bool Centered(const PageLine& line, const TextColumn& column) {
  const double middle = (column.left + column.right) / 2;
  // Room on both sides: an indented first line that runs to the margin is not centred.
  return line.x0 > column.left + 0.25 * line.size && line.x1 < column.right - 0.5 * line.size &&
         std::abs((line.x0 + line.x1) / 2 - middle) < line.size;
}

// Closing quotes and brackets and the stops: the characters a line never starts with (GB/T 15834
// and every CJK line breaker), so the character before one goes over with it.
bool NeverStartsALine(char32_t cp) {
  static constexpr std::u32string_view kClosing = U"”’）)》〉」』】〕，,。、；;：:！!？?…";
  return cp != 0 && kClosing.find(cp) != std::u32string_view::npos;
}

// Width of the first piece of `line` that cannot be broken: a Latin word or number, a bracketed
// group of up to six characters (（%）, 《…》), else one character; with the punctuation after
// it that cannot start a line.
double FirstUnitWidth(const PageLine& line) {
  const std::string_view text = line.text;
  std::size_t pos = 0;
  double width = 0;
  int count = 0;
  bool open = false;
  while (pos < text.size() && count < 8) {
    const char32_t cp = utf8::Next(text, pos);
    ++count;
    width += IsAsciiGraphic(cp) ? 0.55 * line.size : line.size;
    if (cp == U'（' || cp == U'(' || cp == U'《' || cp == U'“') open = count == 1 || open;
    if (cp == U'）' || cp == U')' || cp == U'》' || cp == U'”') open = false;
    const char32_t next = pos < text.size() ? FirstCodePoint(text.substr(pos)) : 0;
    if (open && count < 6) continue;
    if (IsAsciiAlnum(cp) && (IsAsciiAlnum(next) || next == '.' || next == '%')) continue;
    if (NeverStartsALine(next)) continue;  // a producer carries 办” over together
    break;
  }
  return width;
}

// True when `line` ends its paragraph because there was room left for `next`'s first word.
bool EndsShort(const PageLine& line, const PageLine& next, const TextColumn& column) {
  const double slack = Centered(line, column) ? (column.right - column.left) - (line.x1 - line.x0)
                                              : column.right - line.x1;
  return slack > FirstUnitWidth(next) + 0.25 * line.size;
}

// A heading run into its paragraph (（十六）全面落实…规划。建立健全习近平法治 / 思想研学…): its
// first line may end short of the margin where the producer set the title in another face, but
// a sentence begun after the title's 。 and cut off mid-word goes on in a line set flush left.
bool RunsIntoTheNextLine(const PageLine& prev, const PageLine& line, const TextColumn& column) {
  const std::string_view text = prev.text;
  const std::size_t stop = text.rfind("。");
  if (stop == std::string_view::npos || stop + std::string_view("。").size() >= text.size()) {
    return false;
  }
  const char32_t last = LastCodePoint(text);
  return utf8::IsHan(last) && line.x0 <= column.left + 0.5 * line.size;
}

bool StartsNewParagraph(const PageLine& prev, const PageLine& line, const TextColumn& column) {
  if (std::abs(prev.size - line.size) > 0.5) return true;
  if (line.page == prev.page) {
    const double step = line.baseline - prev.baseline;
    if (step < 0 || step > (column.pitch + 0.5) * line.size) return true;
  }
  if (EndsShort(prev, line, column) && !RunsIntoTheNextLine(prev, line, column)) return true;
  if (Centered(line, column)) {  // a title set over two lines goes on centred
    return !Centered(prev, column) && prev.x0 <= column.left + 0.25 * prev.size;
  }
  return line.x0 > column.left + 0.5 * line.size;  // an indent
}

}  // namespace

std::vector<PageLine> LinesOf(int page, std::vector<const TextRun*> runs) {
  std::sort(runs.begin(), runs.end(), [](const TextRun* a, const TextRun* b) {
    return a->y != b->y ? a->y < b->y : a->x < b->x;
  });
  std::vector<PageLine> lines;
  std::vector<const TextRun*> current;
  for (const TextRun* run : runs) {
    if (run->text.empty()) continue;
    const double tolerance = 0.35 * std::max(run->size, current.empty() ? 0 : current[0]->size);
    if (!current.empty() && run->y - current.front()->y > tolerance) {
      lines.push_back(MakeLine(page, current));
      current.clear();
    }
    current.push_back(run);
  }
  if (!current.empty()) lines.push_back(MakeLine(page, current));
  return lines;
}

TextColumn ColumnOf(const std::vector<PageLine>& lines) {
  TextColumn column;
  std::vector<double> lefts, rights, pitches;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    lefts.push_back(lines[i].x0);
    if (i > 0 && lines[i].page == lines[i - 1].page && lines[i].size > 0 &&
        std::abs(lines[i].size - lines[i - 1].size) < 0.5) {
      pitches.push_back(10 * (lines[i].baseline - lines[i - 1].baseline) / lines[i].size);
    }
  }
  column.left = Mode(lefts, 0);
  double widest = column.left;
  for (const PageLine& line : lines) widest = std::max(widest, line.x1);
  for (const PageLine& line : lines) {  // the right edge full lines share, not the widest overhang
    if (line.x1 > widest - 3 * line.size) rights.push_back(line.x1);
  }
  column.right = Mode(rights, widest);
  const double pitch = Mode(pitches, 17.5) / 10;
  column.pitch = pitch > 1 && pitch < 3 ? pitch : 1.75;
  return column;
}

std::vector<LineParagraph> ParagraphsOf(const std::vector<PageLine>& lines,
                                        const TextColumn& column) {
  std::vector<LineParagraph> paragraphs;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const PageLine& line = lines[i];
    if (paragraphs.empty() || StartsNewParagraph(lines[i - 1], line, column)) {
      paragraphs.push_back({i, i, line.text, line.size, line.bold});
      continue;
    }
    LineParagraph& paragraph = paragraphs.back();
    JoinWrapped(paragraph.text, line.text);
    paragraph.last = i;
  }
  return paragraphs;
}

void JoinWrapped(std::string& out, std::string_view next) {
  if (!out.empty() && !next.empty() && IsAsciiAlnum(LastCodePoint(out)) &&
      IsAsciiAlnum(FirstCodePoint(next))) {
    out += ' ';
  }
  out += next;
}

}  // namespace plancheck
