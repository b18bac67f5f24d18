#pragma once
// The check each serve request runs: `check`'s own run (CheckPlans) on the request's files and
// form fields, over `base` (config, rulebook loaded once, language).
#include "checker/cli/checking.h"
#include "checker/serve/check_service.h"

namespace plancheck::cli {

serve::CheckFunction ServeCheck(CheckRequest base);

}  // namespace plancheck::cli
