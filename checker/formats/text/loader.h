#pragma once
#include <string>
#include <string_view>

#include "checker/document/document.h"

namespace plancheck {

// A .txt or .md plan: decoded (UTF-8, UTF-16, GB18030 …), then built by ParseText.
Document LoadText(const std::string& path, std::string_view bytes);

}  // namespace plancheck
