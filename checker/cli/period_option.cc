#include "checker/cli/period_option.h"

#include <re2/re2.h>

#include <fmt/format.h>

#include "checker/cli/usage_error.h"
#include "checker/document/writing_window.h"
#include "checker/report/common.h"

namespace plancheck::cli {
using report::Tr;

namespace {

constexpr int kMinYear = 1949;
constexpr int kMaxYear = 2100;

bool InRange(int year) { return year >= kMinYear && year <= kMaxYear; }

}  // namespace

Period ParsePeriodOption(const std::string& value, const std::string& what, report::Lang lang) {
  static const RE2 range(R"(\s*(\d{4})\s*年?\s*(?:-|—|–|~|～|至|到)\s*(\d{4})\s*年?\s*)");
  static const RE2 single(R"(\s*(\d{4})\s*年?\s*)");
  int from = 0;
  int to = 0;
  if (RE2::FullMatch(value, single, &from)) to = from;
  if ((to != 0 || RE2::FullMatch(value, range, &from, &to)) && InRange(from) && InRange(to) &&
      from <= to) {
    return Period{from, to, value};
  }
  throw UsageError(
      fmt::format("{}: {} '{}'{}", what, Tr(lang, "规划期写法不对", "not a period"), value,
                  Tr(lang, "；应写起止年份，如 2020-2022（或一年：2023）",
                     "; give the first and last year, e.g. 2020-2022 (or one year: 2023)")));
}

std::string ParseDateOption(const std::string& value, const std::string& what, report::Lang lang) {
  int y = 0;
  if (RE2::FullMatch(value, R"((\d{4})-\d{2}-\d{2})", &y) && InRange(y) &&
      WidenDate(value, false) == value) {
    return value;
  }
  throw UsageError(fmt::format(
      "{}: {} '{}'{}", what, Tr(lang, "成文日期写法不对", "not a date"), value,
      Tr(lang, "；应写 年-月-日，如 2020-06-01", "; give year-month-day, e.g. 2020-06-01")));
}

void ApplyPeriodAndDate(const std::string& period, const std::string& date, Document& document,
                        report::Lang lang) {
  if (period.empty() && date.empty()) return;
  Metadata& m = document.metadata;
  if (!period.empty()) m.period = ParsePeriodOption(period, "--period", lang);
  if (!date.empty()) m.date = ParseDateOption(date, "--date", lang);
  m.written = ReadWrittenWindow(document, m);
}

}  // namespace plancheck::cli
