#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "checker/document/gazetteer.h"

namespace plancheck {

// The 乡镇 and 街道 table (rules/gazetteer/towns.tsv, README beside it): 38k rows, searched in
// place. The rows are sorted by name, so a lookup is a binary search over the bytes; nothing is
// parsed or indexed up front, and start-up costs the same as without the table. Only the rows a
// lookup returns are parsed.
class TownTable {
 public:
  // The copy compiled into the binary. Throws std::runtime_error when it is missing.
  static const TownTable& Builtin();

  // Wraps `tsv` (which must outlive the table): skips the `#` comments and the column line.
  // Throws std::runtime_error naming `source` when the column line is not the towns' one.
  explicit TownTable(std::string_view tsv, std::string source = "towns.tsv");

  // Every town with this full name (城关镇 -> 88), in code order; empty when none.
  std::vector<Division> ByName(std::string_view name) const;
  // True when some town's name starts with `prefix`: lets a scan stop growing a candidate early.
  bool HasPrefix(std::string_view prefix) const;

  // Reads every row: counts them and throws std::runtime_error naming the line when a row is
  // malformed or out of order. For tests and `scripts/gen-gazetteer` checks, not for lookups.
  std::size_t Validate() const;

 private:
  std::size_t LowerBound(
      std::string_view name) const;  // offset into body_ of the first row >= name
  Division Row(std::size_t offset) const;

  std::string_view body_;      // the rows, after the column line
  std::size_t body_line_ = 0;  // 1-based line number of body_'s first row, for messages
  std::string source_;
};

}  // namespace plancheck
