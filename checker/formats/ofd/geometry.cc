#include "checker/formats/ofd/geometry.h"

#include <charconv>
#include <cmath>

namespace plancheck::ofd {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ','; }

// The tokens of `text`, split at white space (and commas, which some producers write).
std::vector<std::string_view> Tokens(std::string_view text) {
  std::vector<std::string_view> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsSpace(text[i])) ++i;
    const std::size_t start = i;
    while (i < text.size() && !IsSpace(text[i])) ++i;
    if (i > start) tokens.push_back(text.substr(start, i - start));
  }
  return tokens;
}

std::optional<double> Number(std::string_view token) {
  if (token.starts_with('+')) token.remove_prefix(1);
  double value = 0;
  const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
  if (ec != std::errc() || end != token.data() + token.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

Deltas TooMany(std::size_t max_count) {
  const std::string n = std::to_string(max_count);
  return {{}, "more than " + n + " offsets", "超过 " + n + " 个偏移值"};
}

}  // namespace

double Matrix::VerticalScale() const { return std::hypot(c, d); }

std::optional<std::vector<double>> ParseNumbers(std::string_view text, std::size_t max_count) {
  const std::vector<std::string_view> tokens = Tokens(text);
  if (tokens.size() > max_count) return std::nullopt;
  std::vector<double> values;
  for (const std::string_view token : tokens) {
    const std::optional<double> value = Number(token);
    if (!value) return std::nullopt;
    values.push_back(*value);
  }
  return values;
}

std::optional<Box> ParseBox(std::string_view text) {
  const auto values = ParseNumbers(text, 4);
  if (!values || values->size() != 4) return std::nullopt;
  return Box{(*values)[0], (*values)[1], (*values)[2], (*values)[3]};
}

std::optional<Matrix> ParseMatrix(std::string_view text) {
  const auto v = ParseNumbers(text, 6);
  if (!v || v->size() != 6) return std::nullopt;
  return Matrix{(*v)[0], (*v)[1], (*v)[2], (*v)[3], (*v)[4], (*v)[5]};
}

Deltas ParseDeltas(std::string_view text, std::size_t max_count) {
  Deltas out;
  const std::vector<std::string_view> tokens = Tokens(text);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    std::size_t repeat = 1;
    std::string_view token = tokens[i];
    if (token == "g") {
      const std::optional<double> count =
          i + 1 < tokens.size() ? Number(tokens[i + 1]) : std::nullopt;
      if (!count || *count < 0 || *count != std::floor(*count) || i + 2 >= tokens.size()) {
        out.problem = "\"g\" must be followed by a whole count and a value";
        out.problem_zh = "“g”后应有整数个数和一个值";
        return out;
      }
      if (*count > static_cast<double>(max_count - out.values.size())) return TooMany(max_count);
      repeat = static_cast<std::size_t>(*count);
      token = tokens[i + 2];
      i += 2;
    }
    const std::optional<double> value = Number(token);
    if (!value) {
      const std::string shown(token.substr(0, 40));
      out.problem = "\"" + shown + "\" is not a number";
      out.problem_zh = "“" + shown + "”不是数";
      return out;
    }
    if (out.values.size() + repeat > max_count) return TooMany(max_count);
    out.values.insert(out.values.end(), repeat, *value);
  }
  return out;
}

std::vector<Segment> StraightSegments(std::string_view data, std::size_t max_count) {
  const std::vector<std::string_view> tokens = Tokens(data);
  std::vector<Segment> segments;
  double x = 0, y = 0, start_x = 0, start_y = 0;
  const auto point = [&](std::size_t at, double& px, double& py) {
    const auto a = at < tokens.size() ? Number(tokens[at]) : std::nullopt;
    const auto b = at + 1 < tokens.size() ? Number(tokens[at + 1]) : std::nullopt;
    if (!a || !b) return false;
    px = *a;
    py = *b;
    return true;
  };
  // Operands per command: S/M/L one point, Q two, B three, A seven numbers (end point last).
  std::size_t i = 0;
  while (i < tokens.size() && segments.size() < max_count) {
    const std::string_view op = tokens[i];
    double px = 0, py = 0;
    if (op == "S" || op == "M") {
      if (!point(i + 1, px, py)) break;
      x = start_x = px;
      y = start_y = py;
      i += 3;
    } else if (op == "L") {
      if (!point(i + 1, px, py)) break;
      segments.push_back({x, y, px, py});
      x = px;
      y = py;
      i += 3;
    } else if (op == "C") {
      if (x != start_x || y != start_y) segments.push_back({x, y, start_x, start_y});
      x = start_x;
      y = start_y;
      i += 1;
    } else if (op == "Q" || op == "B" || op == "A") {
      const std::size_t last = op == "Q" ? 3 : op == "B" ? 5 : 6;
      if (!point(i + last, px, py)) break;
      x = px;
      y = py;
      i += last + 2;
    } else {
      break;
    }
  }
  return segments;
}

}  // namespace plancheck::ofd
