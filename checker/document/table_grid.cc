#include "checker/document/table_grid.h"

#include <re2/re2.h>

#include <algorithm>

#include "checker/decode/utf8.h"
#include "checker/document/normalise.h"
#include "checker/document/table_rows.h"

namespace plancheck {
namespace {

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// One cell of the Table as the text loader would give it: one per w:tc, the continuation of a
// vertically merged cell empty (and marked merged), a cell spanning columns still one cell.
Cell ToCell(const GridCell& raw) {
  Cell cell;
  cell.text = raw.continues ? "" : raw.text;
  cell.norm = Nfkc(cell.text);
  cell.empty = cell.text.empty();
  cell.merged = raw.continues;
  cell.pos = {raw.first_line, 1};
  cell.last_line = raw.last_line;
  return cell;
}

bool HasNumber(const GridRow& row) {
  return std::any_of(row.cells.begin(), row.cells.end(),
                     [](const GridCell& c) { return IsPureNumber(Nfkc(c.text)); });
}

// How many rows head the table: those Word repeats on each page; else the first row, unless it
// is data already; two when the second row only continues and splits the first (指标 | 2025年
// over 指标 | 数值 | 单位).
std::size_t HeaderRows(const std::vector<GridRow>& raw) {
  std::size_t rows = 0;
  while (rows < raw.size() && raw[rows].header) ++rows;
  if (rows > 0 || raw.empty()) return rows;
  if (HasNumber(raw[0])) return 0;
  if (raw.size() < 2 || HasNumber(raw[1])) return 1;
  const bool continued =
      std::any_of(raw[1].cells.begin(), raw[1].cells.end(), [&](const GridCell& c) {
        return c.continues &&
               std::any_of(raw[0].cells.begin(), raw[0].cells.end(),
                           [&](const GridCell& u) { return u.starts && u.column == c.column; });
      });
  return continued ? 2 : 1;
}

// The header as one row: the cells of its last row, each under the texts of the cells above
// that cover it ("2025年" over "目标" -> "2025年目标").
std::vector<Cell> Header(const std::vector<GridRow>& raw, std::size_t rows) {
  std::vector<Cell> header;
  if (rows == 0) return header;
  for (GridCell leaf : raw[rows - 1].cells) {
    std::string text;
    for (std::size_t r = 0; r + 1 < rows; ++r) {
      for (const GridCell& upper : raw[r].cells) {
        const bool covers = upper.column <= leaf.column && leaf.column < upper.column + upper.span;
        if (covers && !upper.continues && !upper.text.empty()) JoinSoft(text, upper.text);
      }
    }
    if (!leaf.continues && leaf.text != text) JoinSoft(text, leaf.text);
    leaf.text = text;
    leaf.continues = false;
    header.push_back(ToCell(leaf));
  }
  return header;
}

}  // namespace

void LayGrid(const std::vector<GridRow>& raw, Table& table) {
  const std::size_t header_rows = HeaderRows(raw);
  table.header = Header(raw, header_rows);
  for (std::size_t r = header_rows; r < raw.size(); ++r) {
    std::vector<Cell> row;
    for (const GridCell& cell : raw[r].cells) row.push_back(ToCell(cell));
    if (IsTableNote(row)) {
      table.notes.push_back(
          std::move(*std::find_if(row.begin(), row.end(), [](const Cell& c) { return !c.empty; })));
    } else {
      table.rows.push_back(std::move(row));
    }
  }
}

std::string TableCaption(const std::vector<std::string>& recent) {
  static const RE2 sentence_end(R"([。；;]\s*$)");
  std::vector<std::string> parts;
  int blanks = 0;
  for (auto it = recent.rbegin(); it != recent.rend() && parts.size() < 3; ++it) {
    if (it->empty()) {
      if (++blanks > 2) break;
      continue;
    }
    blanks = 0;
    if (utf8::CodePoints(*it) > 40 || RE2::PartialMatch(*it, sentence_end)) break;
    parts.push_back(*it);
  }
  std::string caption;
  for (auto it = parts.rbegin(); it != parts.rend(); ++it)
    caption += (caption.empty() ? "" : " ") + *it;
  return caption;
}

void JoinSoft(std::string& out, std::string_view next) {
  if (!out.empty() && !next.empty() && IsAsciiAlnum(out.back()) && IsAsciiAlnum(next.front())) {
    out += ' ';
  }
  out += next;
}

}  // namespace plancheck
