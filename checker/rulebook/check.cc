#include "checker/rulebook/check.h"

#include <algorithm>

#include "checker/decode/utf8.h"
#include "checker/rulebook/evidence.h"

namespace plancheck {

std::string NestQuotes(std::string_view text) {
  static constexpr std::string_view kOpen = "“", kClose = "”", kOpenSingle = "‘",
                                    kCloseSingle = "’";
  std::string out;
  out.reserve(text.size());
  int depth = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::string_view rest = text.substr(pos);
    if (rest.starts_with(kOpen)) {
      out += depth > 0 ? kOpenSingle : kOpen;
      ++depth;
      pos += kOpen.size();
    } else if (rest.starts_with(kClose)) {
      out += depth > 1 ? kCloseSingle : kClose;
      depth = depth > 0 ? depth - 1 : 0;
      pos += kClose.size();
    } else {
      out += text[pos++];
    }
  }
  return out;
}

Result& ResultSink::Push(Status status, std::string message) {
  Result& r = out_.emplace_back();
  r.rule = rule_.id;
  r.status = status;
  r.level = rule_.level;
  r.message = NestQuotes(message);
  r.basis = rule_.basis;
  r.source = rule_.basis_source;
  r.suggestion = rule_.suggestion;
  return r;
}

Result& ResultSink::Add(Status status, std::string message) {
  return Push(status, std::move(message));
}

Result& ResultSink::AddAt(Status status, std::string message, const Block& block,
                          std::size_t offset, View view, std::size_t length) {
  Result& r = Push(status, std::move(message));
  const std::size_t text_offset = view == View::kNorm ? block.TextOffsetOfNorm(offset) : offset;
  const std::size_t text_end =
      view == View::kNorm ? block.TextOffsetOfNorm(offset + length) : offset + length;
  r.location.line = block.line;
  r.location.column = block.ColumnOfText(text_offset);
  r.location.section = doc_.outline.Path(block.heading);
  PlacedSentence sentence = PlacedSentenceAt(block.text, text_offset);
  r.evidence = std::move(sentence.text);
  r.hit_at = sentence.at;
  const std::size_t hit_length = text_end > text_offset ? text_end - text_offset : 0;
  // A hit that runs past the sentence's end (the second 。 of 。。) is shown whole.
  if (r.hit_at != std::string::npos && r.hit_at + hit_length > r.evidence.size() &&
      text_offset + hit_length <= block.text.size()) {
    r.evidence.resize(r.hit_at);
    r.evidence.append(block.text, text_offset, hit_length);
  }
  if (r.hit_at != std::string::npos && r.hit_at + hit_length <= r.evidence.size() &&
      r.evidence.compare(r.hit_at, hit_length, block.text, text_offset, hit_length) == 0) {
    r.hit_length = hit_length;
  }
  return r;
}

Result& ResultSink::AddAtCell(Status status, std::string message, const Table& table,
                              const Cell& cell, std::size_t text_offset) {
  Result& r = Push(status, std::move(message));
  r.location.line = cell.pos.line;
  r.location.column = cell.pos.column;
  r.location.section = doc_.outline.Path(table.heading);
  PlacedSentence sentence = PlacedSentenceAt(cell.text, text_offset);
  r.evidence = std::move(sentence.text);
  r.hit_at = sentence.at;
  // A cell broken over lines: find the line that holds the place, by the few characters there.
  const std::string_view rest =
      std::string_view(cell.text).substr(std::min(text_offset, cell.text.size()));
  const std::string_view probe = rest.substr(0, utf8::ByteOffset(rest, 3));
  if (probe.empty()) return r;
  // Blocks are in line order: start at the cell's first line rather than walk the document.
  const auto first = std::lower_bound(doc_.blocks.begin(), doc_.blocks.end(), cell.pos.line,
                                      [](const Block& b, int line) { return b.line < line; });
  for (auto it = first; it != doc_.blocks.end(); ++it) {
    const Block& block = *it;
    if (block.line > std::max(cell.last_line, cell.pos.line)) break;
    const std::size_t at = block.text.find(probe);
    if (at == std::string::npos) continue;
    r.location.line = block.line;
    r.location.column = block.ColumnOfText(at);
    break;
  }
  return r;
}

std::string ResultSink::Message(std::string_view fallback, std::string_view detail) const {
  std::string text = rule_.message.empty() ? std::string(fallback) : rule_.message;
  if (!detail.empty()) text += "：" + std::string(detail);
  return text;
}

}  // namespace plancheck
