#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck::indicators {

// A number as a plan writes it: "90", "1.5", a range "1-2" / "1～2" / "1至2", or a Chinese
// numeral ("百", "一", "两"). Offsets are bytes of the text searched.
struct Quantity {
  double value = 0;
  std::optional<double> value_max;  // the upper end of a range
  std::size_t begin = 0;
  std::size_t end = 0;
  bool chinese = false;
};

std::vector<Quantity> FindQuantities(std::string_view text);

// The unit right after a quantity ("%", "名", "个百分点"; kLostUnit where an image took it).
struct UnitRead {
  std::string unit;
  std::size_t length = 0;  // bytes, leading spaces included
  bool lost = false;
};

UnitRead UnitAfter(std::string_view right);

// A target as a table cell gives it: "100", "≥1", ">99", "1-2", "95%", "不低于90%", "100%以上",
// "全覆盖".
struct CellTarget {
  std::string op;
  double value = 0;
  std::optional<double> value_max;
  std::string unit;
};

std::optional<CellTarget> ParseTargetCell(std::string_view norm);

// A plain number in a cell ("2.28", "0"), for baselines; nullopt for "—", "无", text.
std::optional<double> ParsePlainNumber(std::string_view norm);

}  // namespace plancheck::indicators
