#pragma once
// The number syntaxes of GB/T 33190-2016 (OFD): boxes "x y w h", matrices "a b c d e f", glyph
// offsets with the "g N v" repeat, and the straight pieces of a path's AbbreviatedData. Lengths
// are millimetres; kPointsPerMm turns them into the points PageText uses.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck::ofd {

inline constexpr double kPointsPerMm = 72.0 / 25.4;

struct Box {
  double x = 0, y = 0, width = 0, height = 0;
};

// An affine map x' = a·x + c·y + e, y' = b·x + d·y + f (ST_Array of six numbers).
struct Matrix {
  double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
  double X(double x, double y) const { return a * x + c * y + e; }
  double Y(double x, double y) const { return b * x + d * y + f; }
  // How much the map stretches a vertical length (type size follows it).
  double VerticalScale() const;
};

// A space-separated list of numbers, at most `max_count`; nullopt when one is not a number.
std::optional<std::vector<double>> ParseNumbers(std::string_view text, std::size_t max_count);

std::optional<Box> ParseBox(std::string_view text);
std::optional<Matrix> ParseMatrix(std::string_view text);

// DeltaX / DeltaY: numbers, where "g N v" stands for N copies of v. `problem` says what is wrong
// (empty when the list is good): a token that is no number, a "g" without its count and value,
// or more than `max_count` values in all (checked before a repeat is expanded).
struct Deltas {
  std::vector<double> values;
  std::string problem;     // in English
  std::string problem_zh;  // the same in Chinese
};
Deltas ParseDeltas(std::string_view text, std::size_t max_count);

struct Segment {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// The straight segments of AbbreviatedData: S/M start a subpath, L draws to a point, C closes it.
// Curves (Q, B, A) are skipped, their end point kept; an unknown command ends the reading.
std::vector<Segment> StraightSegments(std::string_view data, std::size_t max_count);

}  // namespace plancheck::ofd
