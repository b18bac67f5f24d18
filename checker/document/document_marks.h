#pragma once
#include <string>
#include <vector>

#include "checker/document/block.h"

namespace plancheck {

// The parts of a 公文 that frame the plan rather than belong to it (GB/T 9704-2012): the
// 发文机关标志 above the red line (乐山市五通桥区人民政府办公室文件) and the 版记 after the body
// (抄送：…, 信息公开选项：…, …办公室 2022年5月6日印发). They are metadata, not text to check.
struct DocumentMarks {
  std::string issuer_mark;           // "" when the plan has none
  std::vector<std::string> imprint;  // the 版记's lines, in order
};

// Takes the marks out of `blocks` (paragraph blocks only, never a heading or a table cell) and
// returns them. Call before the outline is built: it runs on every format the same way.
DocumentMarks TakeDocumentMarks(std::vector<Block>& blocks);

}  // namespace plancheck
