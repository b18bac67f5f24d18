#include "checker/report/indicator_chart.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "checker/report/common.h"

namespace plancheck::report {
namespace {

constexpr double kLeft = 16, kWidth = 608, kTop = 16, kBand = 44;  // the plot area, in px
constexpr int kBins = 64;

struct Axis {
  double lo, hi;
  double X(double v) const { return kLeft + (v - lo) / (hi - lo) * kWidth; }
};

Axis MakeAxis(const std::vector<ChartPoint>& points, std::optional<double> target) {
  double lo = target.value_or(points.front().value);
  double hi = lo;
  for (const ChartPoint& p : points) {
    lo = std::min(lo, p.value);
    hi = std::max(hi, p.value);
  }
  const double pad = hi > lo ? (hi - lo) * 0.04 : std::max(1.0, std::abs(lo) * 0.1);
  return {lo - pad, hi + pad};
}

const char* Fill(bool meets) { return meets ? "#2e7d32" : "#c62828"; }

void Dots(const std::vector<ChartPoint>& points, const Axis& axis, std::string& out) {
  for (std::size_t i = 0; i < points.size(); ++i) {
    const ChartPoint& p = points[i];
    // A fixed jitter across the band, so equal values stay visible as several plans.
    const double y = kTop + 6 + static_cast<double>((i * 7919) % 33);
    out += fmt::format(
        "<circle cx=\"{:.1f}\" cy=\"{:.0f}\" r=\"3.5\" fill=\"{}\" fill-opacity=\".65\"><title>{}: "
        "{}</title></circle>",
        axis.X(p.value), y, Fill(p.meets), HtmlEscape(p.label), FormatNumber(p.value));
  }
}

void Histogram(const std::vector<ChartPoint>& points, const Axis& axis, Lang lang,
               std::string& out) {
  std::vector<int> meets(kBins, 0), misses(kBins, 0);
  const double step = (axis.hi - axis.lo) / kBins;
  for (const ChartPoint& p : points) {
    const int bin = std::clamp(static_cast<int>((p.value - axis.lo) / step), 0, kBins - 1);
    ++(p.meets ? meets : misses)[static_cast<std::size_t>(bin)];
  }
  int most = 1;
  for (int b = 0; b < kBins; ++b) most = std::max(most, meets[b] + misses[b]);
  const double bar = kWidth / kBins;
  for (int b = 0; b < kBins; ++b) {
    const int total = meets[b] + misses[b];
    if (total == 0) continue;
    const double x = kLeft + b * bar;
    double bottom = kTop + kBand;
    for (const auto& [count, ok] : {std::pair{misses[b], false}, std::pair{meets[b], true}}) {
      if (count == 0) continue;
      const double h = kBand * count / most;
      bottom -= h;
      out += fmt::format(
          "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\">"
          "<title>{}–{}: {} {}</title></rect>",
          x, bottom, bar - 1, h, Fill(ok), FormatNumber(axis.lo + b * step),
          FormatNumber(axis.lo + (b + 1) * step), count, Tr(lang, "份规划", "plans"));
    }
  }
}

}  // namespace

std::string StripChart(const std::vector<ChartPoint>& points, std::optional<double> target,
                       std::string_view target_text, std::string_view unit, Lang lang) {
  if (points.empty()) return "";
  const Axis axis = MakeAxis(points, target);
  const double base = kTop + kBand;
  std::string out = fmt::format(
      "<svg class=\"strip\" viewBox=\"0 0 640 82\" width=\"640\" height=\"82\" role=\"img\" "
      "aria-label=\"{}\"><line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#8c959f\"/>",
      HtmlEscape(points.size() <= kDotsUpTo ? Tr(lang, "各规划的值", "each plan's value")
                                            : Tr(lang, "各值区间的规划数", "plans per value")),
      kLeft, base, kLeft + kWidth, base);
  if (points.size() <= kDotsUpTo) {
    Dots(points, axis, out);
  } else {
    Histogram(points, axis, lang, out);
  }
  const std::string u = HtmlEscape(unit);
  out += fmt::format(
      "<text x=\"{}\" y=\"76\" font-size=\"11\" fill=\"#57606a\">{}{}</text>"
      "<text x=\"{}\" y=\"76\" font-size=\"11\" fill=\"#57606a\" text-anchor=\"end\">{}{}</text>",
      kLeft, FormatNumber(axis.lo), u, kLeft + kWidth, FormatNumber(axis.hi), u);
  if (target) {
    const double x = axis.X(*target);
    out += fmt::format(
        "<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\" stroke=\"#1f2328\" "
        "stroke-width=\"2\" stroke-dasharray=\"4 2\"><title>{3}</title></line>"
        "<text x=\"{0:.1f}\" y=\"11\" font-size=\"11\" text-anchor=\"middle\">{4} {3}</text>",
        x, kTop - 4, base + 4, HtmlEscape(target_text), Tr(lang, "目标", "target"));
  }
  out += "</svg>";
  return out;
}

}  // namespace plancheck::report
