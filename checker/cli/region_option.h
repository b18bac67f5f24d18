#pragma once
// --region and the config's `region:`: the plan's region when its text does not say.
#include <string>

#include "checker/document/metadata.h"
#include "checker/report/report.h"

namespace plancheck::cli {

// "上海市/松江区", "四川省/乐山市/五通桥区", "五通桥区" or a GB/T 2260 code, resolved with the
// built-in gazetteer: the last part names the division, the parts before it (outermost first)
// pick among divisions of the same name. Sets region and level. Throws UsageError (exit 2) for a
// name that is unknown or still ambiguous, listing the candidates.
void ApplyRegionOption(const std::string& option, Metadata& metadata, report::Lang lang);

}  // namespace plancheck::cli
