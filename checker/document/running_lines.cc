#include "checker/document/running_lines.h"

#include <re2/re2.h>

#include <map>
#include <string>

namespace plancheck {
namespace {

// The margins where producers put running lines, as parts of the page's height.
constexpr double kTopMargin = 0.12;
constexpr double kBottomMargin = 0.88;

std::string WithoutSpaces(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ' || text[i] == '\t') continue;
    if (text.substr(i).starts_with("\xE3\x80\x80")) {  // U+3000
      i += 2;
      continue;
    }
    out += text[i];
  }
  return out;
}

// The line with its digits made one: "第3页" and "第12页" are the same running line.
std::string Shape(std::string_view text) {
  std::string shape = WithoutSpaces(text);
  static const RE2 digits("[0-9]+");
  RE2::GlobalReplace(&shape, digits, "#");
  return shape;
}

bool InMargin(const PageLine& line, const PageText& page) {
  if (page.height <= 0) return false;
  return line.baseline < kTopMargin * page.height || line.baseline > kBottomMargin * page.height;
}

}  // namespace

bool IsPageNumber(std::string_view text) {
  static const RE2 pattern(
      "(?i)(?:[-－—–‒―]*[0-9]+[-－—–‒―]*|第[0-9]+页(?:[,，/]?共[0-9]+页)?|[0-9]+/[0-9]+|"
      "(?:page|p\\.)[0-9]+(?:of[0-9]+)?)");
  return RE2::FullMatch(WithoutSpaces(text), pattern);
}

void DropRunningLines(const std::vector<PageText>& pages,
                      std::vector<std::vector<PageLine>>& lines) {
  std::map<std::string, int> pages_with;  // shape of a margin line -> pages it is on
  for (std::size_t p = 0; p < lines.size(); ++p) {
    std::map<std::string, bool> seen;
    for (const PageLine& line : lines[p]) {
      if (InMargin(line, pages[p]) && !seen[Shape(line.text)]) {
        seen[Shape(line.text)] = true;
        ++pages_with[Shape(line.text)];
      }
    }
  }
  const int repeated = lines.size() < 4 ? 2 : 3;
  for (std::size_t p = 0; p < lines.size(); ++p) {
    std::erase_if(lines[p], [&](const PageLine& line) {
      if (!InMargin(line, pages[p])) return false;
      return IsPageNumber(line.text) || pages_with[Shape(line.text)] >= repeated;
    });
  }
}

}  // namespace plancheck
