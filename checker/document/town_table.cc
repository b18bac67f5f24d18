#include "checker/document/town_table.h"

#include <algorithm>
#include <stdexcept>

#include "checker/data/embedded.h"

namespace plancheck {
namespace {

constexpr std::string_view kEmbeddedPath = "gazetteer/towns.tsv";
constexpr std::string_view kColumns = "code\tlevel\tname\tshort\tprovince\tcity\tcounty";
constexpr std::size_t kFields = 7;

std::string_view LineAt(std::string_view body, std::size_t offset) {
  const std::size_t end = body.find('\n', offset);
  std::string_view line = body.substr(offset, end == std::string_view::npos ? end : end - offset);
  if (line.ends_with('\r')) line.remove_suffix(1);
  return line;
}

std::size_t NextLine(std::string_view body, std::size_t offset) {
  const std::size_t end = body.find('\n', offset);
  return end == std::string_view::npos ? body.size() : end + 1;
}

// The third field (name) of a row, without splitting the rest.
std::string_view NameOf(std::string_view line) {
  const std::size_t a = line.find('\t');
  const std::size_t b = a == std::string_view::npos ? a : line.find('\t', a + 1);
  if (b == std::string_view::npos) return {};
  const std::size_t c = line.find('\t', b + 1);
  return line.substr(b + 1, c == std::string_view::npos ? c : c - b - 1);
}

std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> fields;
  for (std::size_t start = 0;;) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

bool IsTownCode(std::string_view code) {
  return code.size() == 9 &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

const TownTable& TownTable::Builtin() {
  static const TownTable table = [] {
    for (const auto& [path, contents] : EmbeddedFiles()) {
      if (path == kEmbeddedPath) return TownTable(contents, "rules/gazetteer/towns.tsv");
    }
    throw std::runtime_error("the built-in town table (rules/gazetteer/towns.tsv) is missing");
  }();
  return table;
}

TownTable::TownTable(std::string_view tsv, std::string source) : source_(std::move(source)) {
  std::size_t offset = 0;
  std::size_t line = 1;
  while (offset < tsv.size() && tsv[offset] == '#') {
    offset = NextLine(tsv, offset);
    ++line;
  }
  if (LineAt(tsv, offset) != kColumns) {
    throw std::runtime_error(
        source_ + ":" + std::to_string(line) +
        ": expected the column line \"code<TAB>level<TAB>name<TAB>short<TAB>"
        "province<TAB>city<TAB>county\"; regenerate with scripts/gen-gazetteer");
  }
  body_ = tsv.substr(NextLine(tsv, offset));
  body_line_ = line + 1;
}

// Bisects byte offsets; each probe backs up to the start of its line. lo and hi stay on line
// starts, so the search ends on the first row whose name is not less than `name`.
std::size_t TownTable::LowerBound(std::string_view name) const {
  std::size_t lo = 0;
  std::size_t hi = body_.size();
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    const std::size_t newline = mid == 0 ? std::string_view::npos : body_.rfind('\n', mid - 1);
    const std::size_t start = newline == std::string_view::npos ? 0 : newline + 1;
    if (NameOf(LineAt(body_, start)) < name) {
      lo = NextLine(body_, start);
    } else {
      hi = start;
    }
  }
  return lo;
}

Division TownTable::Row(std::size_t offset) const {
  const std::vector<std::string_view> f = Fields(LineAt(body_, offset));
  const auto fail = [&](const std::string& what) {
    const auto line = body_line_ + static_cast<std::size_t>(
                                       std::count(body_.begin(), body_.begin() + offset, '\n'));
    return std::runtime_error(source_ + ":" + std::to_string(line) + ": " + what +
                              "; regenerate with scripts/gen-gazetteer");
  };
  if (f.size() != kFields) throw fail("expected 7 tab-separated fields");
  if (!IsTownCode(f[0])) throw fail("code '" + std::string(f[0]) + "' is not 9 digits");
  if (f[1] != "town") throw fail("level '" + std::string(f[1]) + "' is not town");
  if (f[2].empty() || f[4].empty()) throw fail("empty name or province");
  Division d;
  d.code = std::string(f[0]);
  d.level = Division::Level::kTown;
  d.name = std::string(f[2]);
  d.short_name = std::string(f[3]);
  d.province = std::string(f[4]);
  d.city = std::string(f[5]);
  d.county = std::string(f[6]);
  return d;
}

std::vector<Division> TownTable::ByName(std::string_view name) const {
  std::vector<Division> found;
  if (name.empty()) return found;
  for (std::size_t at = LowerBound(name); at < body_.size() && NameOf(LineAt(body_, at)) == name;
       at = NextLine(body_, at)) {
    found.push_back(Row(at));
  }
  return found;
}

bool TownTable::HasPrefix(std::string_view prefix) const {
  const std::size_t at = LowerBound(prefix);
  return at < body_.size() && NameOf(LineAt(body_, at)).starts_with(prefix);
}

std::size_t TownTable::Validate() const {
  std::size_t rows = 0;
  Division previous;
  for (std::size_t at = 0; at < body_.size(); at = NextLine(body_, at), ++rows) {
    Division row = Row(at);
    if (rows > 0 &&
        (row.name < previous.name || (row.name == previous.name && row.code <= previous.code))) {
      const auto line = body_line_ + rows;
      throw std::runtime_error(source_ + ":" + std::to_string(line) + ": " + row.name +
                               " is out of order (rows are sorted by name, then code); "
                               "regenerate with scripts/gen-gazetteer");
    }
    previous = std::move(row);
  }
  return rows;
}

}  // namespace plancheck
