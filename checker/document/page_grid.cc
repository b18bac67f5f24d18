#include "checker/document/page_grid.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace plancheck {
namespace {

constexpr double kTouch = 2.5;           // points: rules this close meet
constexpr double kMinBand = 4;           // points: a thinner band is a double rule, not a row
constexpr std::size_t kMaxRules = 4000;  // per page; more is a drawing, not tables

struct Segment {
  double at = 0;  // y of a horizontal rule, x of a vertical one
  double from = 0;
  double to = 0;
};

// Horizontal and vertical rules, each sorted and with touching collinear pieces joined.
void Split(const std::vector<RuleLine>& rules, std::vector<Segment>& horizontal,
           std::vector<Segment>& vertical) {
  for (const RuleLine& r : rules) {
    if (std::abs(r.y0 - r.y1) <= 1) {
      horizontal.push_back({(r.y0 + r.y1) / 2, std::min(r.x0, r.x1), std::max(r.x0, r.x1)});
    } else if (std::abs(r.x0 - r.x1) <= 1) {
      vertical.push_back({(r.x0 + r.x1) / 2, std::min(r.y0, r.y1), std::max(r.y0, r.y1)});
    }
  }
  for (std::vector<Segment>* set : {&horizontal, &vertical}) {
    std::sort(set->begin(), set->end(), [](const Segment& a, const Segment& b) {
      return std::abs(a.at - b.at) > 1 ? a.at < b.at : a.from < b.from;
    });
    std::vector<Segment> joined;
    for (const Segment& s : *set) {
      if (!joined.empty() && std::abs(joined.back().at - s.at) <= 1 &&
          s.from <= joined.back().to + kTouch) {
        joined.back().to = std::max(joined.back().to, s.to);
      } else {
        joined.push_back(s);
      }
    }
    *set = std::move(joined);
  }
}

bool Meet(const Segment& h, const Segment& v) {
  return v.at >= h.from - kTouch && v.at <= h.to + kTouch && h.at >= v.from - kTouch &&
         h.at <= v.to + kTouch;
}

std::size_t Root(std::vector<std::size_t>& parent, std::size_t i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

// Groups of rules that touch: each group one table (or box).
std::vector<std::vector<std::size_t>> Groups(const std::vector<Segment>& h,
                                             const std::vector<Segment>& v) {
  std::vector<std::size_t> parent(h.size() + v.size());
  std::iota(parent.begin(), parent.end(), 0);
  for (std::size_t i = 0; i < h.size(); ++i) {
    for (std::size_t j = 0; j < v.size(); ++j) {
      if (Meet(h[i], v[j])) parent[Root(parent, i)] = Root(parent, h.size() + j);
    }
  }
  std::vector<std::vector<std::size_t>> groups(parent.size());
  for (std::size_t i = 0; i < parent.size(); ++i) groups[Root(parent, i)].push_back(i);
  std::erase_if(groups, [](const auto& g) { return g.empty(); });
  return groups;
}

std::vector<double> Distinct(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  std::vector<double> out;
  for (const double v : values) {
    if (out.empty() || v - out.back() > kMinBand) out.push_back(v);
  }
  return out;
}

bool Covers(const std::vector<Segment>& set, double at, double along) {
  return std::any_of(set.begin(), set.end(), [&](const Segment& s) {
    return std::abs(s.at - at) <= kTouch && s.from - kTouch <= along && along <= s.to + kTouch;
  });
}

// The cells of each band between two horizontal rules, split where a vertical rule crosses it.
std::vector<RuledRow> Rows(const std::vector<Segment>& h, const std::vector<Segment>& v,
                           const std::vector<double>& ys, const std::vector<double>& xs) {
  std::vector<RuledRow> rows;
  for (std::size_t r = 0; r + 1 < ys.size(); ++r) {
    RuledRow row{ys[r], ys[r + 1], {}};
    const double middle = (ys[r] + ys[r + 1]) / 2;
    double left = xs.front();
    for (std::size_t k = 1; k < xs.size(); ++k) {
      if (k + 1 < xs.size() && !Covers(v, xs[k], middle)) continue;
      const bool ruled_above = Covers(h, ys[r], (left + xs[k]) / 2);
      row.cells.push_back({left, xs[k], r > 0 && !ruled_above, {}});
      left = xs[k];
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

// The topmost cell of the merged cell that holds (row, cell).
RuledCell* Owner(std::vector<RuledRow>& rows, std::size_t row, std::size_t cell) {
  RuledCell* at = &rows[row].cells[cell];
  while (at->continues && row > 0) {
    const auto above = std::find_if(
        rows[row - 1].cells.begin(), rows[row - 1].cells.end(), [&](const RuledCell& c) {
          return std::abs(c.x0 - at->x0) <= kTouch && std::abs(c.x1 - at->x1) <= kTouch;
        });
    if (above == rows[row - 1].cells.end()) {
      at->continues = false;  // the cell above is split differently: not one merged cell
      break;
    }
    at = &*above;
    --row;
  }
  return at;
}

void Place(const PageText& page, PageGrid& grid, std::vector<bool>& used) {
  for (std::size_t i = 0; i < page.runs.size(); ++i) {
    if (used[i]) continue;
    const TextRun& run = page.runs[i];
    const double x = run.x + run.width / 2;
    const double y = run.y - run.size / 3;  // the middle of the glyphs, above the baseline
    if (x < grid.x0 || x > grid.x1 || y < grid.y0 || y > grid.y1) continue;
    for (std::size_t r = 0; r < grid.rows.size(); ++r) {
      if (y < grid.rows[r].y0 || y > grid.rows[r].y1) continue;
      for (std::size_t c = 0; c < grid.rows[r].cells.size(); ++c) {
        const RuledCell& cell = grid.rows[r].cells[c];
        if (x < cell.x0 || x > cell.x1) continue;
        Owner(grid.rows, r, c)->runs.push_back(&run);
        used[i] = true;
        break;
      }
      break;
    }
  }
}

std::optional<PageGrid> GridOf(const std::vector<std::size_t>& group, const std::vector<Segment>& h,
                               const std::vector<Segment>& v, int page) {
  std::vector<Segment> gh, gv;
  for (const std::size_t i : group)
    (i < h.size() ? gh : gv).push_back(i < h.size() ? h[i] : v[i - h.size()]);
  std::vector<double> ys, xs;
  for (const Segment& s : gh) ys.push_back(s.at);
  for (const Segment& s : gv) xs.push_back(s.at);
  ys = Distinct(ys);
  xs = Distinct(xs);
  if (ys.size() < 2 || xs.size() < 2) return std::nullopt;
  PageGrid grid{page, xs.front(), ys.front(), xs.back(), ys.back(), xs, Rows(gh, gv, ys, xs)};
  for (std::size_t r = 0; r < grid.rows.size(); ++r) {
    for (std::size_t c = 0; c < grid.rows[r].cells.size(); ++c) Owner(grid.rows, r, c);
  }
  return grid;
}

}  // namespace

std::vector<PageGrid> RuledTables(const PageText& page, std::vector<bool>& used) {
  if (page.rules.size() > kMaxRules) return {};
  std::vector<Segment> h, v;
  Split(page.rules, h, v);
  std::vector<PageGrid> grids;
  for (const auto& group : Groups(h, v)) {
    std::optional<PageGrid> grid = GridOf(group, h, v, page.number);
    // One ruled box round text (a 专栏, a bordered paragraph) is prose set in a frame.
    if (grid && !(grid->rows.size() == 1 && grid->rows[0].cells.size() == 1)) {
      grids.push_back(std::move(*grid));
    }
  }
  std::sort(grids.begin(), grids.end(),
            [](const PageGrid& a, const PageGrid& b) { return a.y0 < b.y0; });
  for (PageGrid& grid : grids) Place(page, grid, used);
  return grids;
}

}  // namespace plancheck
