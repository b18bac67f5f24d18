#include "checker/indicators/indicator.h"

namespace plancheck {

Indicators ExtractIndicators(const Document&) { return {}; }

}  // namespace plancheck
