#pragma once
// --period and --date, and the config's `period:` and `date:`: the plan's period and 成文日期 when
// its text does not say them (or says them wrongly). They override what the metadata reader found,
// and the writing window (metadata.written) is read again with them.
#include <string>

#include "checker/document/document.h"
#include "checker/report/report.h"

namespace plancheck::cli {

// "2020-2022" (also 2020—2022, 2020–2022, 2020~2022, 2020至2022) or one year "2023". Throws
// UsageError naming `what` (--period, or file:line:column of the config) when malformed.
Period ParsePeriodOption(const std::string& value, const std::string& what, report::Lang lang);

// "2020-06-01": a real day. Throws UsageError naming `what` when malformed.
std::string ParseDateOption(const std::string& value, const std::string& what, report::Lang lang);

// Sets the period and the date that are given (an empty string leaves the plan's own), then reads
// the writing window again. Both must have been checked with the parsers above.
void ApplyPeriodAndDate(const std::string& period, const std::string& date, Document& document,
                        report::Lang lang);

}  // namespace plancheck::cli
