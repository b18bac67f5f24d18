#include "checker/formats/pdf/rules.h"

#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

namespace plancheck {
namespace {

constexpr double kScale = 2;           // pixels per point: a 0.5 pt border is one pixel
constexpr int kDark = 128;             // gray level below which a pixel is ink
constexpr double kMinHorizontal = 40;  // points: a glyph's stroke or a dash —— is shorter
constexpr double kMinVertical = 22;    // points: a glyph's stroke is shorter than a row

struct Raster {
  const unsigned char* data = nullptr;
  int width = 0;
  int height = 0;
  int stride = 0;
  bool Dark(int x, int y) const { return data[y * stride + x] < kDark; }
};

void Horizontal(const Raster& r, std::vector<RuleLine>& out) {
  const int min_run = static_cast<int>(kMinHorizontal * kScale);
  for (int y = 0; y < r.height; ++y) {
    for (int x = 0; x < r.width;) {
      if (!r.Dark(x, y)) {
        ++x;
        continue;
      }
      const int start = x;
      while (x < r.width && r.Dark(x, y)) ++x;
      if (x - start >= min_run) out.push_back({start / kScale, y / kScale, x / kScale, y / kScale});
    }
  }
}

void Vertical(const Raster& r, std::vector<RuleLine>& out) {
  const int min_run = static_cast<int>(kMinVertical * kScale);
  for (int x = 0; x < r.width; ++x) {
    for (int y = 0; y < r.height;) {
      if (!r.Dark(x, y)) {
        ++y;
        continue;
      }
      const int start = y;
      while (y < r.height && r.Dark(x, y)) ++y;
      if (y - start >= min_run) out.push_back({x / kScale, start / kScale, x / kScale, y / kScale});
    }
  }
}

}  // namespace

std::vector<RuleLine> RulesOnPage(const poppler::page& page) {
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, false);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, false);
  renderer.set_image_format(poppler::image::format_gray8);
  const poppler::image image = renderer.render_page(&page, 72 * kScale, 72 * kScale);
  std::vector<RuleLine> rules;
  if (!image.is_valid() || image.format() != poppler::image::format_gray8) return rules;
  const Raster raster{reinterpret_cast<const unsigned char*>(image.const_data()), image.width(),
                      image.height(), image.bytes_per_row()};
  Horizontal(raster, rules);
  Vertical(raster, rules);
  return rules;
}

}  // namespace plancheck
