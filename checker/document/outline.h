#pragma once
#include <string>
#include <vector>

namespace plancheck {

// How a heading is numbered. Outermost first, as DESIGN.md orders them.
enum class NumberStyle {
  kChapter,      // 第X章
  kSection,      // 第X节
  kHanComma,     // 一、
  kHanParen,     // （一） or (一)
  kArabicDot,    // 1.  1．  1、
  kArabicParen,  // （1） or (1)
  kCircled,      // ①
  kBox,          // 专栏N
  kTable,        // 表N
  kAnnex,        // 附件 / 附件N
  kUnnumbered,   // no number: a heading only by its markup (a Word heading style, markdown #)
};

// What a section is for; checks count commitments in forward-looking sections (not background).
enum class SectionRole {
  kNone,        // before the first heading, or a heading nothing places
  kBackground,  // 规划背景, 发展基础, 发展现状, 面临形势: where the plan starts from
  kGuidance,    // 总体要求, 指导思想, 基本原则
  kGoals,       // 主要目标, 发展目标, indicator targets
  kTasks,       // 主要任务 and the task areas themselves
  kSafeguards,  // 保障措施, 组织实施
  kAnnex,       // 专栏, 表N, 附件: indicator tables and project boxes
};

struct Heading {
  int level = 1;  // relative to the styles the plan uses, 1 = outermost
  NumberStyle style = NumberStyle::kHanComma;
  std::string number;  // as written, without its delimiter: "一", "（一）", "(二)", "1", "第一章",
                       // "专栏1", "附件"
  int ordinal = 0;  // the number as an integer (一 -> 1, 十二 -> 12, ② -> 2); 0 when there is none
  std::string title;  // run-in headings end at the first 。
  int line = 0;
  int column = 1;
  int block = -1;        // index into Document::blocks
  int parent = -1;       // index into Outline::headings
  bool run_in = false;   // the paragraph's body follows the title on the same line
  int markup_level = 0;  // the heading level its markup gives (Heading 2, ##); 0 when none
  SectionRole role = SectionRole::kNone;
};

struct Outline {
  std::vector<Heading> headings;  // flat, in document order

  // "二、总体要求 › （一）指导思想" for the heading at `index` (empty for -1).
  std::string Path(int index) const;
  // The role of the section a block is in (Block::heading; kNone for -1).
  SectionRole RoleOf(int heading) const {
    return heading >= 0 && heading < static_cast<int>(headings.size()) ? headings[heading].role
                                                                       : SectionRole::kNone;
  }
};

}  // namespace plancheck
