#include "checker/document/document_marks.h"

#include <re2/re2.h>

#include <algorithm>

namespace plancheck {
namespace {

// An organ's name (or names, for a joint 标志) followed by 文件, alone on its line; never a
// sentence (关于…文件) nor a title. GB/T 9704-2012 7.2.2.
bool IsIssuerMark(const std::string& norm) {
  static const RE2 mark(
      R"(^\s*((?:[^\s，。；：、“”《》（）]{2,30}?(?:人民政府|政府|办公室|办公厅|委员会|委|司法局|司法厅|局|厅|部|院|会)\s*){1,4})文\s*件\s*$)");
  return norm.rfind("关于", 0) != 0 && RE2::FullMatch(norm, mark);
}

// A 版记 line (GB/T 9704-2012 8): 抄送, the 印发机关 and 印发日期, and the 信息公开 option that
// government sites print with it.
bool IsImprintLine(const std::string& norm) {
  static const RE2 line(
      R"(^\s*(?:抄\s*送\s*[:：]|主\s*送\s*[:：]|(?:信息)?公开(?:方式|选项|属性)\s*[:：]|.{2,40}?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印\s*发\s*$))");
  return RE2::PartialMatch(norm, line);
}

bool Paragraph(const Block& block) { return block.kind == Block::Kind::kParagraph; }

// A 抄送 list ends with 。 (GB/T 9704-2012 8.2); one that does not goes on in the next block, as
// a page reader may break it: 抄送：…县政 / 协办公室。
bool ContinuesCopyTo(const Block& copy_to, const Block& next) {
  static const RE2 open(R"(^\s*抄\s*送\s*[:：].*[^。.]\s*$)");
  static const RE2 tail(R"(^[^，。：:]{1,30}。\s*$)");
  return Paragraph(copy_to) && RE2::FullMatch(copy_to.norm, open) &&
         RE2::FullMatch(next.norm, tail);
}

}  // namespace

DocumentMarks TakeDocumentMarks(std::vector<Block>& blocks) {
  DocumentMarks marks;
  // The 版记: the run of imprint lines that ends the document (a plan quoting 抄送 mid-text keeps
  // it).
  std::size_t end = blocks.size();
  std::vector<std::size_t> joined;  // lines that carry on the 抄送 line before them
  while (end > 0 && Paragraph(blocks[end - 1])) {
    if (IsImprintLine(blocks[end - 1].norm)) {
      --end;
    } else if (end > 1 && ContinuesCopyTo(blocks[end - 2], blocks[end - 1])) {
      joined.push_back(end - 1);
      end -= 2;
    } else {
      break;
    }
  }
  for (std::size_t i = end; i < blocks.size(); ++i) {
    if (std::find(joined.begin(), joined.end(), i) != joined.end()) {
      marks.imprint.back() += blocks[i].text;
    } else {
      marks.imprint.push_back(blocks[i].text);
    }
  }
  blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(end), blocks.end());
  // The 标志 is the first thing on the first page, above even the 发文字号.
  if (!blocks.empty() && Paragraph(blocks.front()) && IsIssuerMark(blocks.front().norm)) {
    marks.issuer_mark = blocks.front().text;
    blocks.erase(blocks.begin());
  }
  return marks;
}

}  // namespace plancheck
