#pragma once
// The pages' JS and CSS, compiled into the binary from checker/serve/assets/ (no CDN: the
// intranets serve runs on are offline).
#include <string_view>

namespace plancheck::serve {

struct Asset {
  std::string_view bytes;
  std::string_view content_type;
};

// The asset of that file name, or nullptr.
const Asset* FindAsset(std::string_view name);

}  // namespace plancheck::serve
