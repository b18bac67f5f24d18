#include "checker/document/section_roles.h"

#include <re2/re2.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "checker/data/embedded.h"

namespace plancheck {
namespace {

constexpr std::string_view kVocabulary = "outline/section-roles.tsv";

struct RolePattern {
  SectionRole role;
  std::unique_ptr<RE2> pattern;
};

std::vector<RolePattern> Parse(std::string_view tsv) {
  std::vector<RolePattern> rows;
  std::size_t start = 0;
  for (int line = 1; start < tsv.size(); ++line) {
    const std::size_t end = std::min(tsv.find('\n', start), tsv.size());
    const std::string_view row = tsv.substr(start, end - start);
    start = end + 1;
    if (row.empty() || row[0] == '#') continue;
    const std::size_t tab = row.find('\t');
    const std::size_t tab2 = row.find('\t', tab + 1);
    RolePattern rp{SectionRole::kNone, nullptr};
    if (tab == std::string_view::npos || !ParseRole(row.substr(0, tab), rp.role)) {
      throw std::runtime_error("rules/" + std::string(kVocabulary) + ":" + std::to_string(line) +
                               ": expected role<TAB>pattern");
    }
    rp.pattern = std::make_unique<RE2>(std::string(row.substr(tab + 1, tab2 - tab - 1)));
    if (!rp.pattern->ok()) {
      throw std::runtime_error("rules/" + std::string(kVocabulary) + ":" + std::to_string(line) +
                               ": " + rp.pattern->error());
    }
    rows.push_back(std::move(rp));
  }
  return rows;
}

const std::vector<RolePattern>& Vocabulary() {
  static const std::vector<RolePattern> rows = [] {
    for (const auto& [path, contents] : EmbeddedFiles()) {
      if (path == kVocabulary) return Parse(contents);
    }
    throw std::runtime_error("the built-in rules/" + std::string(kVocabulary) + " is missing");
  }();
  return rows;
}

std::string Compact(std::string_view title) {
  std::string out;
  for (const char c : title) {
    if (c != ' ' && c != '\t') out += c;
  }
  return out;
}

SectionRole FromTitle(const Heading& heading) {
  if (heading.style == NumberStyle::kBox || heading.style == NumberStyle::kTable ||
      heading.style == NumberStyle::kAnnex) {
    return SectionRole::kAnnex;
  }
  const std::string title = Compact(heading.title);
  for (const RolePattern& row : Vocabulary()) {
    if (RE2::PartialMatch(title, *row.pattern)) return row.role;
  }
  return SectionRole::kNone;
}

bool ForwardLooking(SectionRole role) {
  return role == SectionRole::kGuidance || role == SectionRole::kGoals ||
         role == SectionRole::kTasks;
}

// Whether a sub-heading's own words may change the role it inherits. Inside 总体要求 the words name
// its parts (指导思想, 主要目标); inside a task area or the background, words such as 统筹推进 or
// 加强领导 describe the content, not a new part of the plan. An annex is one wherever it sits.
bool Refines(SectionRole parent, SectionRole own) {
  if (own == SectionRole::kNone) return false;
  if (own == SectionRole::kAnnex || parent == SectionRole::kNone) return true;
  if (parent == SectionRole::kGuidance) {
    return own == SectionRole::kGuidance || own == SectionRole::kGoals;
  }
  return false;
}

}  // namespace

void AssignSectionRoles(Outline& outline) {
  SectionRole last_top = SectionRole::kNone;
  bool after_background = false;
  for (Heading& heading : outline.headings) {
    const SectionRole own = FromTitle(heading);
    heading.role = own;
    if (heading.parent >= 0) {
      const SectionRole parent = outline.headings[static_cast<std::size_t>(heading.parent)].role;
      heading.role = Refines(parent, own) ? own : parent;
    }
    if (heading.parent < 0) {
      // Family C names no 主要任务: its task areas are the top-level parts after 总体要求.
      if (heading.role == SectionRole::kNone && (ForwardLooking(last_top) || after_background)) {
        heading.role = SectionRole::kTasks;
      }
      after_background = after_background || heading.role == SectionRole::kBackground;
      last_top = heading.role;
    }
  }
}

std::string_view RoleName(SectionRole role) {
  switch (role) {
    case SectionRole::kBackground:
      return "background";
    case SectionRole::kGuidance:
      return "guidance";
    case SectionRole::kGoals:
      return "goals";
    case SectionRole::kTasks:
      return "tasks";
    case SectionRole::kSafeguards:
      return "safeguards";
    case SectionRole::kAnnex:
      return "annex";
    case SectionRole::kNone:
      break;
  }
  return "";
}

bool ParseRole(std::string_view name, SectionRole& role) {
  for (const SectionRole r : {SectionRole::kBackground, SectionRole::kGuidance, SectionRole::kGoals,
                              SectionRole::kTasks, SectionRole::kSafeguards, SectionRole::kAnnex}) {
    if (RoleName(r) == name) {
      role = r;
      return true;
    }
  }
  return false;
}

}  // namespace plancheck
