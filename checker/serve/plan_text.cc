#include "checker/serve/plan_text.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "checker/decode/utf8.h"
#include "checker/report/common.h"

namespace plancheck::serve {
namespace {

using report::HtmlEscape;

struct Placed {
  std::size_t result;
  MarkSpan span;
};

const char* BlockClass(Block::Kind kind) {
  switch (kind) {
    case Block::Kind::kHeading:
      return "b-heading";
    case Block::Kind::kTableCell:
      return "b-cell";
    case Block::Kind::kFootnote:
      return "b-note";
    case Block::Kind::kParagraph:
      break;
  }
  return "b-para";
}

// One block's raw text with its findings marked; overlapping findings after the first become
// pins at their start, so that every finding keeps its own anchor.
std::string MarkedBlock(const std::string& raw, std::vector<Placed> placed,
                        const std::vector<Result>& results) {
  std::sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.result < b.result;
  });
  std::string out;
  std::size_t at = 0;
  for (Placed& p : placed) {
    if (p.span.begin < at) p.span = {at, at};
    out += HtmlEscape(std::string_view(raw).substr(at, p.span.begin - at));
    const Result& r = results[p.result];
    const std::string attributes = fmt::format(
        "id=\"f-{}\" class=\"hl lv-{}{}\" title=\"{}\"", p.result, ToString(r.level),
        p.span.begin == p.span.end ? " pin" : "", HtmlEscape(report::OneLine(r.message)));
    const std::string inner =
        p.span.begin == p.span.end
            ? "⚑"
            : HtmlEscape(std::string_view(raw).substr(p.span.begin, p.span.end - p.span.begin));
    out += fmt::format("<mark {}>{}</mark>", attributes, inner);
    at = p.span.end;
  }
  out += HtmlEscape(std::string_view(raw).substr(at));
  return out;
}

int LevelOrder(Severity level) {
  return level == Severity::kError ? 0 : level == Severity::kWarning ? 1 : 2;
}

}  // namespace

MarkSpan FindingSpan(const std::string& raw, const Result& result) {
  const int column = std::max(1, result.location.column);
  const std::size_t begin = std::min(raw.size(), utf8::ByteOffset(raw, column - 1));
  if (result.hit_at == std::string::npos || result.hit_length == 0 ||
      result.hit_at + result.hit_length > result.evidence.size()) {
    return {begin, begin};
  }
  const std::string_view hit(result.evidence.data() + result.hit_at, result.hit_length);
  if (std::string_view(raw).substr(begin, hit.size()) == hit) return {begin, begin + hit.size()};
  // The column counts what the evidence left out (artefacts): the hit nearest to it.
  const std::size_t after = raw.find(hit, begin);
  const std::size_t before = raw.rfind(hit, begin);
  std::size_t found = std::string::npos;
  if (after != std::string::npos && before != std::string::npos) {
    found = after - begin <= begin - before ? after : before;
  } else {
    found = after != std::string::npos ? after : before;
  }
  if (found == std::string::npos) return {begin, begin};
  return {found, found + hit.size()};
}

std::vector<std::size_t> ShownFindings(const report::CheckedPlan& plan) {
  const std::vector<Result>& results = plan.report.results;
  std::vector<std::size_t> shown;
  for (std::size_t i = 0; i < results.size(); ++i) {
    if (report::IsGap(results[i]) && !plan.Accepted(i)) shown.push_back(i);
  }
  std::stable_sort(shown.begin(), shown.end(), [&](std::size_t a, std::size_t b) {
    const Result& x = results[a];
    const Result& y = results[b];
    if (x.level != y.level) return LevelOrder(x.level) < LevelOrder(y.level);
    if (x.location.line != y.location.line) return x.location.line < y.location.line;
    return x.location.column < y.location.column;
  });
  return shown;
}

std::string PlanTextHtml(const report::CheckedPlan& plan, const std::vector<std::size_t>& shown) {
  const Document& doc = *plan.document;
  const std::vector<Result>& results = plan.report.results;
  // Each finding goes to the first block of its line.
  std::map<int, std::size_t> first_block;
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) first_block.emplace(doc.blocks[b].line, b);
  std::map<std::size_t, std::vector<Placed>> by_block;
  for (const std::size_t i : shown) {
    const auto it = first_block.find(results[i].location.line);
    if (results[i].location.line <= 0 || it == first_block.end()) continue;
    by_block[it->second].push_back({i, FindingSpan(doc.blocks[it->second].raw, results[i])});
  }
  std::string out = "<div class=\"plan-text\" id=\"plan-text\">\n";
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
    const Block& block = doc.blocks[b];
    const std::string id =
        first_block.at(block.line) == b ? fmt::format(" id=\"L{}\"", block.line) : std::string();
    const auto marks = by_block.find(b);
    out += fmt::format("<p{} class=\"{}\" data-line=\"{}\">{}</p>\n", id, BlockClass(block.kind),
                       block.line,
                       marks == by_block.end() ? HtmlEscape(block.raw)
                                               : MarkedBlock(block.raw, marks->second, results));
  }
  out += "</div>\n";
  return out;
}

}  // namespace plancheck::serve
