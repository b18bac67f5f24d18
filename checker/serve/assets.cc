#include "checker/serve/assets.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace plancheck {
// generated/serve_assets.cc (cmake/embed_files.cmake over checker/serve/assets/).
const std::vector<std::pair<std::string_view, std::string_view>>& ServeAssets();
}  // namespace plancheck

namespace plancheck::serve {
namespace {

std::string_view ContentType(std::string_view name) {
  if (name.ends_with(".js")) return "text/javascript; charset=utf-8";
  if (name.ends_with(".css")) return "text/css; charset=utf-8";
  return "application/octet-stream";
}

const std::map<std::string_view, Asset>& Assets() {
  static const std::map<std::string_view, Asset> assets = [] {
    std::map<std::string_view, Asset> out;
    for (const auto& [name, bytes] : ServeAssets()) out[name] = Asset{bytes, ContentType(name)};
    return out;
  }();
  return assets;
}

}  // namespace

const Asset* FindAsset(std::string_view name) {
  const auto it = Assets().find(name);
  return it == Assets().end() ? nullptr : &it->second;
}

}  // namespace plancheck::serve
