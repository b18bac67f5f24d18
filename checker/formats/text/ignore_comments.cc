#include "checker/formats/text/ignore_comments.h"

#include <re2/re2.h>

#include <algorithm>

#include "checker/decode/utf8.h"

namespace plancheck {
namespace {

// The whole line is the comment; the reason is what follows the rule(s).
const RE2& DirectivePattern() {
  static const RE2 re(R"(^\s*<!--\s*plancheck-disable(-file)?(?:\s+([^\s]*))?\s*(.*?)\s*-->\s*$)");
  return re;
}

std::vector<std::string> SplitRules(const std::string& rules) {
  std::vector<std::string> out;
  std::size_t from = 0;
  while (from <= rules.size()) {
    const std::size_t comma = rules.find(',', from);
    const std::string part =
        rules.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
    if (!part.empty()) out.push_back(part);
    if (comma == std::string::npos) break;
    from = comma + 1;
  }
  if (out.empty()) out.emplace_back();  // a directive naming no rule: reported, covers nothing
  return out;
}

struct Line {
  std::size_t begin;
  std::size_t end;  // without the line break
};

std::vector<Line> LinesOf(const std::string& text) {
  std::vector<Line> lines;
  std::size_t from = 0;
  while (from <= text.size()) {
    std::size_t end = text.find('\n', from);
    if (end == std::string::npos) end = text.size();
    std::size_t stop = end;
    if (stop > from && text[stop - 1] == '\r') --stop;
    lines.push_back({from, stop});
    if (end == text.size()) break;
    from = end + 1;
  }
  return lines;
}

}  // namespace

std::vector<WrittenIgnore> TakeIgnoreComments(std::string& text) {
  std::vector<WrittenIgnore> out;
  if (text.find("plancheck-disable") == std::string::npos) return out;
  const std::vector<Line> lines = LinesOf(text);
  std::vector<bool> blank(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line(text.data() + lines[i].begin, lines[i].end - lines[i].begin);
    std::string file_wide, rules, reason;
    if (!RE2::FullMatch(line, DirectivePattern(), &file_wide, &rules, &reason)) {
      blank[i] = utf8::Trim(line).empty();
      continue;
    }
    for (const std::string& rule : SplitRules(rules)) {
      WrittenIgnore w;
      w.directive.rule = rule;
      w.directive.reason = reason;
      w.directive.line = static_cast<int>(i) + 1;
      w.whole_file = !file_wide.empty();
      out.push_back(w);
    }
    // Spaces keep every byte offset and column of the other lines; the line reads as blank.
    std::fill(text.begin() + static_cast<long>(lines[i].begin),
              text.begin() + static_cast<long>(lines[i].end), ' ');
    blank[i] = true;
  }
  // The next paragraph: from the first non-blank line after the comment to the line before the
  // next blank one.
  for (WrittenIgnore& w : out) {
    if (w.whole_file) continue;
    std::size_t i = static_cast<std::size_t>(w.directive.line);  // 0-based index of the next line
    while (i < lines.size() && blank[i]) ++i;
    w.first_line = static_cast<int>(i) + 1;
    while (i + 1 < lines.size() && !blank[i + 1]) ++i;
    w.last_line = static_cast<int>(i) + 1;
  }
  return out;
}

std::vector<IgnoreDirective> AnchorIgnores(const std::vector<WrittenIgnore>& written,
                                           const Document& doc) {
  std::vector<IgnoreDirective> out;
  for (const WrittenIgnore& w : written) {
    IgnoreDirective d = w.directive;
    if (!w.whole_file) {
      d.first_block = doc.blocks.size();  // nothing after it: covers nothing
      d.last_block = 0;
      for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
        const int line = doc.blocks[b].line;
        if (line < w.first_line || line > w.last_line) continue;
        if (d.first_block == doc.blocks.size()) d.first_block = b;
        d.last_block = b;
      }
    }
    out.push_back(d);
  }
  return out;
}

}  // namespace plancheck
