// Rebuilds the tables that Word-to-text conversion flattened:
//
//   <TAB>序号            one cell per TAB-led line
//   <TAB>指标名称
//   （共26项）            a line without a TAB continues the cell above (a cell broken over lines)
//                        blank lines end a row
//   <TAB>1
//   <TAB>                an empty TAB line is a merged (vertically spanned) cell
//
// Cells broken around an [image: …] (a lost "%" in a "（%）" unit) may even carry blank lines
// inside them; the bracket left open tells those apart from the end of a row.
#include <re2/re2.h>

#include <algorithm>

#include "checker/decode/utf8.h"
#include "checker/document/artefacts.h"
#include "checker/document/builders.h"
#include "checker/document/normalise.h"
#include "checker/document/table_rows.h"

namespace plancheck {
namespace {

bool IsTabLed(std::string_view line) { return !line.empty() && line.front() == '\t'; }

// A TAB line with nothing after the TAB is an empty (merged) cell, not a blank line.
bool IsBlank(std::string_view line) { return !IsTabLed(line) && utf8::Trim(line).empty(); }

// One physical line of a cell, artefacts removed.
struct CellPiece {
  std::string text;
  int line = 0;
  int column = 1;
  bool lost_image = false;
};

// "[image: x.png]v" at the end of a line: the image often replaced a "%" and the converter left
// a stray letter or two after it.
const RE2& TrailingImageDebris() {
  static const RE2 pattern(R"(\[image: [^\]]*\] *([A-Za-z]{1,2})? *$)");
  return pattern;
}

CellPiece ReadPiece(std::string_view raw, int line) {
  CellPiece piece;
  piece.line = line;
  std::size_t skip = 0;
  if (IsTabLed(raw)) skip = 1;
  CleanLine clean = StripArtefacts(raw.substr(skip), line);
  for (const Artefact& a : clean.artefacts) {
    if (a.kind == Artefact::Kind::kImage) piece.lost_image = true;
  }
  std::string text = std::move(clean.text);
  re2::StringPiece debris;
  if (RE2::PartialMatch(raw, TrailingImageDebris(), &debris) && !debris.empty()) {
    // The letters are the last non-space bytes of the cleaned text.
    const std::string_view trimmed = utf8::Trim(text);
    if (trimmed.ends_with(std::string_view(debris.data(), debris.size()))) {
      text.resize(static_cast<std::size_t>(trimmed.data() - text.data()) + trimmed.size() -
                  debris.size());
    }
  }
  const std::string_view trimmed = utf8::Trim(text);
  const std::size_t lead = static_cast<std::size_t>(trimmed.data() - text.data());
  const std::size_t raw_offset = lead < clean.text_to_raw.size() ? clean.text_to_raw[lead] : 0;
  piece.column = static_cast<int>(utf8::CodePoints(raw, skip + raw_offset)) + 1;
  piece.text = std::string(trimmed);
  return piece;
}

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Continues `cell` with the next line of a broken cell.
void Append(Cell& cell, const CellPiece& piece) {
  if (!piece.text.empty()) {
    if (cell.text.empty()) {
      cell.pos = {piece.line, piece.column};
    } else if (IsAsciiAlnum(cell.text.back()) && IsAsciiAlnum(piece.text.front())) {
      cell.text += ' ';
    }
    cell.text += piece.text;
  }
  cell.last_line = piece.line;
  cell.lost_artefact = cell.lost_artefact || piece.lost_image;
}

Cell StartCell(const CellPiece& piece) {
  Cell cell;
  cell.pos = {piece.line, piece.column};
  Append(cell, piece);
  return cell;
}

void Finish(Cell& cell) {
  cell.empty = cell.text.empty();
  cell.norm = Nfkc(cell.text);
}

// True while a "（", "(", "“" or "《" in the cell is still waiting for its closing mark.
bool HasOpenBracket(const Cell& cell) {
  int depth = 0;
  for (std::size_t pos = 0; pos < cell.text.size();) {
    const char32_t cp = utf8::Next(cell.text, pos);
    if (cp == U'（' || cp == U'(' || cp == U'“' || cp == U'《') ++depth;
    if (cp == U'）' || cp == U')' || cp == U'”' || cp == U'》') --depth;
  }
  return depth > 0;
}

// Walks the lines of one table, from its first TAB-led line.
class TableReader {
 public:
  TableReader(const std::vector<std::string_view>& lines, std::size_t first)
      : lines_(lines), pos_(first) {}

  // Reads the table; returns the index of the first line after it.
  std::size_t Read(Table& table);

 private:
  std::size_t NextNonBlank(std::size_t from) const {
    while (from < lines_.size() && IsBlank(lines_[from])) ++from;
    return from;
  }
  // Cells in the run of non-blank lines starting at `from` (TAB-led lines).
  std::size_t SegmentCells(std::size_t from) const {
    std::size_t n = 0;
    for (; from < lines_.size() && !IsBlank(lines_[from]); ++from) n += IsTabLed(lines_[from]);
    return n;
  }
  bool SegmentIsNote(std::size_t from) const { return StartsAsTableNote(lines_[from].substr(1)); }
  void CloseRow(Table& table);
  bool ContinuesCell(const CellPiece& piece) const;
  bool RowGoesOn(std::size_t next) const;

  const std::vector<std::string_view>& lines_;
  std::size_t pos_;
  std::vector<Cell> row_;
  bool in_header_ = true;
  std::size_t width_ = 0;  // header cells; 0 until the header is closed
};

void TableReader::CloseRow(Table& table) {
  if (row_.empty()) return;
  for (Cell& c : row_) Finish(c);
  if (in_header_) {
    const bool numeric =
        std::any_of(row_.begin(), row_.end(), [](const Cell& c) { return IsPureNumber(c.norm); });
    if (numeric) {
      table.rows.push_back(std::move(row_));  // no header: the first row is already data
    } else {
      table.header = std::move(row_);
    }
    in_header_ = false;
    width_ = table.header.empty() ? table.rows.front().size() : table.header.size();
  } else if (IsTableNote(row_)) {
    table.notes.push_back(std::move(row_.front()));
  } else {
    table.rows.push_back(std::move(row_));
  }
  row_.clear();
}

// A line without a TAB right under a cell continues it while the row still lacks cells, while
// the cell has a bracket open, or when it is a short fragment ("性" of a broken "预期性").
bool TableReader::ContinuesCell(const CellPiece& piece) const {
  static const RE2 sentence_end(R"([。；;:：]$)");
  if (row_.empty()) return false;
  if (in_header_ || row_.size() < width_ || HasOpenBracket(row_.back())) return true;
  return utf8::CodePoints(piece.text) <= 6 && !RE2::PartialMatch(piece.text, sentence_end);
}

// At a blank line, with `next` the next non-blank line: true when the row goes on after the
// blank, because a cell broken around an image left its bracket open, or because a stray blank
// line cut off the row's last cell or two.
bool TableReader::RowGoesOn(std::size_t next) const {
  if (in_header_ || row_.empty() || row_.size() >= width_ || next >= lines_.size()) return false;
  if (!IsTabLed(lines_[next])) return HasOpenBracket(row_.back());
  const std::size_t more = SegmentCells(next);
  return !SegmentIsNote(next) && more * 2 < width_ && row_.size() + more <= width_;
}

std::size_t TableReader::Read(Table& table) {
  table.first_line = static_cast<int>(pos_) + 1;
  int last_line = table.first_line;
  while (pos_ < lines_.size()) {
    const std::string_view line = lines_[pos_];
    const int number = static_cast<int>(pos_) + 1;
    if (IsBlank(line)) {
      const std::size_t next = NextNonBlank(pos_);
      if (RowGoesOn(next)) {
        pos_ = next;
        continue;
      }
      CloseRow(table);
      if (next >= lines_.size() || !IsTabLed(lines_[next])) break;
      pos_ = next;
      continue;
    }
    const CellPiece piece = ReadPiece(line, number);
    if (IsTabLed(line)) {
      row_.push_back(StartCell(piece));
    } else if (ContinuesCell(piece)) {
      Append(row_.back(), piece);  // a cell broken over lines
    } else {
      break;
    }
    last_line = number;
    ++pos_;
  }
  CloseRow(table);
  table.last_line = last_line;
  return pos_;
}

// Up to three short title lines above the table (附件 / 表1, the title, its period), skipping
// blank lines between them.
std::string Caption(const std::vector<std::string_view>& lines, std::size_t first) {
  static const RE2 sentence_end(R"([。；;]\s*$)");
  std::vector<std::string> parts;
  std::size_t i = first;
  int blanks = 0;
  while (i > 0 && parts.size() < 3) {
    const std::string_view raw = lines[--i];
    if (IsBlank(raw)) {
      if (++blanks > 2) break;
      continue;
    }
    blanks = 0;
    if (IsTabLed(raw)) break;
    const std::string text(utf8::Trim(StripArtefacts(raw, static_cast<int>(i) + 1).text));
    if (utf8::CodePoints(text) > 40 || RE2::PartialMatch(text, sentence_end)) break;
    parts.push_back(text);
  }
  std::string caption;
  for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
    if (!caption.empty()) caption += ' ';
    caption += *it;
  }
  return caption;
}

// A table starts at a TAB-led line whose run of lines holds at least two cells: a lone TAB-led
// paragraph is a one-cell box (专栏) and stays prose.
bool StartsTable(const std::vector<std::string_view>& lines, std::size_t i) {
  if (!IsTabLed(lines[i])) return false;
  int cells = 0;
  for (std::size_t j = i; j < lines.size() && !IsBlank(lines[j]); ++j) cells += IsTabLed(lines[j]);
  return cells >= 2;
}

void MarkBlocks(const Table& table, int index, std::vector<Block>& blocks) {
  auto it = std::lower_bound(blocks.begin(), blocks.end(), table.first_line,
                             [](const Block& b, int line) { return b.line < line; });
  for (; it != blocks.end() && it->line <= table.last_line; ++it) {
    if (it->kind == Block::Kind::kFootnote) continue;
    it->kind = Block::Kind::kTableCell;
    it->table = index;
  }
}

std::string Squeeze(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c != ' ' && c != '\t') out += c;
  }
  return out;
}

// The header text without its remarks: "指标名称（共26项）" -> "指标名称".
std::string HeaderKey(const Cell& cell) {
  std::string key = Squeeze(cell.norm);
  const std::size_t paren = key.find('(');
  if (paren != std::string::npos && paren > 0) key.resize(paren);
  return key;
}

}  // namespace

std::vector<Table> BuildTables(const std::vector<std::string_view>& lines,
                               std::vector<Block>& blocks) {
  std::vector<Table> tables;
  std::size_t i = 0;
  while (i < lines.size()) {
    if (!StartsTable(lines, i)) {
      ++i;
      continue;
    }
    Table table;
    table.caption = Caption(lines, i);
    const std::size_t next = TableReader(lines, i).Read(table);
    MarkBlocks(table, static_cast<int>(tables.size()), blocks);
    tables.push_back(std::move(table));
    i = std::max(next, i + 1);
  }
  return tables;
}

// Exact header names win over containment, so "指标" finds the 指标 column before 指标类别.
int Table::Column(const std::vector<std::string>& names) const {
  for (const std::string& name : names) {
    const std::string want = Squeeze(Nfkc(name));
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (HeaderKey(header[i]) == want) return static_cast<int>(i);
    }
  }
  for (const std::string& name : names) {
    const std::string want = Squeeze(Nfkc(name));
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (Squeeze(header[i].norm).find(want) != std::string::npos) return static_cast<int>(i);
    }
  }
  return -1;
}

}  // namespace plancheck
