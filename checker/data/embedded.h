#pragma once
#include <string_view>
#include <utility>
#include <vector>

namespace plancheck {
// The files under rules/ as compiled into the binary: (path relative to rules/, contents), sorted
// by path.
const std::vector<std::pair<std::string_view, std::string_view>>& EmbeddedFiles();
}  // namespace plancheck
