#pragma once
// The plan's own text as HTML, paragraph by paragraph, with each finding marked where it is: the
// characters it found (<mark>), or a pin at its place when it names a place rather than words.
#include <cstddef>
#include <string>
#include <vector>

#include "checker/report/report.h"

namespace plancheck::serve {

// The findings a report page shows: gaps the baseline does not accept, by level, then by place.
std::vector<std::size_t> ShownFindings(const report::CheckedPlan& plan);

// <div class="plan-text"> with a <p id="L<line>"> per paragraph; the finding `i` (an index into
// plan.report.results) is <mark id="f-<i>">.
std::string PlanTextHtml(const report::CheckedPlan& plan, const std::vector<std::size_t>& shown);

// The byte span [begin, end) of `block_raw` a finding marks, from its column and its hit.
// begin == end: a place, not characters. Exposed for the tests.
struct MarkSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};
MarkSpan FindingSpan(const std::string& block_raw, const Result& result);

}  // namespace plancheck::serve
