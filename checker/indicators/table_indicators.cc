#include "checker/indicators/table_indicators.h"

#include <re2/re2.h>

#include <string>

#include "checker/decode/utf8.h"
#include "checker/document/normalise.h"
#include "checker/indicators/context.h"
#include "checker/indicators/numbers.h"
#include "checker/indicators/quantity.h"
#include "checker/indicators/units.h"

namespace plancheck::indicators {
namespace {

std::optional<int> YearIn(std::string_view norm) {
  static const RE2 pattern(R"((20\d\d|19\d\d)\s*年?)");
  std::string year;
  if (!RE2::PartialMatch(norm, pattern, &year)) return std::nullopt;
  return ParseInt(year);
}

// Which column holds what, found from the header.
struct Columns {
  int name = -1;
  int category = -1;
  int unit = -1;
  int target = -1;
  int baseline = -1;
  int nature = -1;
  std::optional<int> target_year;
  std::optional<int> baseline_year;
};

bool IsBaselineHeader(std::string_view norm) {
  static const RE2 pattern("(情况|现状|基数|基期|基准|现值|实际|完成|基础)");
  return RE2::PartialMatch(norm, pattern);
}

// The target column: one that says 目标/预期/规划; else the latest year that is no baseline.
void FindTargetColumns(const Table& table, Columns& cols) {
  static const RE2 target_word("(目标|预期|规划|指标值)");
  for (std::size_t i = 0; i < table.header.size(); ++i) {
    const std::string& h = table.header[i].norm;
    const int col = static_cast<int>(i);
    if (col == cols.name || col == cols.nature || col == cols.category) continue;
    if (RE2::PartialMatch(h, target_word) && !IsBaselineHeader(h)) {
      cols.target = col;
      cols.target_year = YearIn(h);
    }
  }
  for (std::size_t i = 0; i < table.header.size(); ++i) {
    const std::string& h = table.header[i].norm;
    const int col = static_cast<int>(i);
    const std::optional<int> year = YearIn(h);
    if (!year || col == cols.target) continue;
    if (IsBaselineHeader(h) ||
        (cols.target >= 0 && cols.target_year && *year < *cols.target_year)) {
      cols.baseline = col;
      cols.baseline_year = year;
    } else if (cols.target < 0 || (cols.target_year && *year > *cols.target_year)) {
      if (cols.target >= 0 && cols.target_year) {
        cols.baseline = cols.target;
        cols.baseline_year = cols.target_year;
      }
      cols.target = col;
      cols.target_year = year;
    }
  }
}

// The name column: "指标名称", "指标" …, but never 指标类别 or 指标性质 found by containment.
int NameColumn(const Table& table) {
  static const RE2 other_role("(类别|性质|属性|类型|单位|序号|分类)");
  static const RE2 name_word("(指标|名称|项目|内容)");
  const int found = table.Column({"指标名称", "指标", "指标内容", "名称", "项目", "内容"});
  if (found < 0 ||
      !RE2::PartialMatch(table.header[static_cast<std::size_t>(found)].norm, other_role)) {
    return found;
  }
  for (std::size_t i = 0; i < table.header.size(); ++i) {
    const std::string& h = table.header[i].norm;
    if (RE2::PartialMatch(h, name_word) && !RE2::PartialMatch(h, other_role)) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

Columns FindColumns(const Table& table) {
  Columns cols;
  cols.name = NameColumn(table);
  cols.category = table.Column({"指标类别", "类别", "领域", "分类", "类型", "方面"});
  if (cols.category == cols.name) cols.category = -1;
  cols.unit = table.Column({"计量单位", "单位"});
  cols.nature = table.Column({"指标性质", "属性", "性质"});
  if (cols.nature == cols.name || cols.nature == cols.category) cols.nature = -1;
  FindTargetColumns(table, cols);
  return cols;
}

// A row laid over the header: cells left of the name column from the left, cells right of it
// from the right, and the surplus in the middle — a group cell and its sub-indicator when the
// name column splits in two (法治文化阵地覆盖率 › 市级青少年法治教育基地覆盖率).
struct AlignedRow {
  std::vector<const Cell*> cells;  // header.size() entries, nullptr where the row has none
  std::vector<const Cell*> name_parts;
};

AlignedRow Align(const std::vector<Cell>& row, std::size_t width, int name_col) {
  AlignedRow out;
  out.cells.assign(width, nullptr);
  if (name_col < 0 || row.size() < width) {
    for (std::size_t i = 0; i < row.size() && i < width; ++i) out.cells[i] = &row[i];
    if (name_col >= 0 && static_cast<std::size_t>(name_col) < row.size()) {
      out.name_parts.push_back(&row[static_cast<std::size_t>(name_col)]);
    }
    return out;
  }
  const auto name = static_cast<std::size_t>(name_col);
  const std::size_t right = width - name - 1;
  for (std::size_t i = 0; i < name; ++i) out.cells[i] = &row[i];
  for (std::size_t i = 0; i < right; ++i) out.cells[width - 1 - i] = &row[row.size() - 1 - i];
  for (std::size_t i = name; i < row.size() - right; ++i) out.name_parts.push_back(&row[i]);
  out.cells[name] = out.name_parts.empty() ? nullptr : out.name_parts.back();
  return out;
}

const Cell* At(const AlignedRow& row, int col) {
  return col >= 0 && static_cast<std::size_t>(col) < row.cells.size()
             ? row.cells[static_cast<std::size_t>(col)]
             : nullptr;
}

std::string CleanCategory(std::string_view text) {
  static const RE2 numbering(R"(^\s*(?:\d+|[一二三四五六七八九十]+)\s*[.、．]\s*)");
  std::string out = SqueezeCjkSpaces(text);
  RE2::Replace(&out, numbering, "");
  return out;
}

std::string Nature(const Cell* cell) {
  if (cell == nullptr || cell->empty) return {};
  if (cell->norm.find("约束") != std::string::npos) return "约束性";
  if (cell->norm.find("预期") != std::string::npos) return "预期性";
  return SqueezeCjkSpaces(cell->text);
}

// Name and unit from the name cell: a "（%）" suffix gives the unit; an empty "（）" left by a
// lost image on a rate name gives an inferred "%".
void NameAndUnit(const Cell& cell, Indicator& ind) {
  static const RE2 empty_bracket(R"(\s*[（(]\s*[）)]\s*$)");
  std::string name = SqueezeCjkSpaces(cell.text);
  std::string stripped;
  if (std::optional<std::string> unit = UnitFromNameSuffix(name, stripped)) {
    name = stripped;
    if (ind.unit.empty()) ind.unit = *unit;
  }
  const bool lost = cell.lost_artefact && RE2::Replace(&name, empty_bracket, "");
  ind.name = name;
  if (ind.unit.empty() && (lost || cell.lost_artefact) && IsRateName(name)) {
    static const std::string kPercent = "%";  // copied: GCC 12 -Wrestrict on = "%" when inlined
    ind.unit = kPercent;
    ind.unit_inferred = true;
  }
}

std::string Evidence(const std::vector<Cell>& row) {
  std::string out;
  for (const Cell& c : row) {
    if (c.empty) continue;
    if (!out.empty()) out += " | ";
    out += c.text;
  }
  return out;
}

int BlockAt(const Document& doc, int line) {
  const Block* block = doc.BlockAtLine(line);
  return block == nullptr ? -1 : static_cast<int>(block - doc.blocks.data());
}

class TableReader {
 public:
  TableReader(const Document& doc, const Table& table, const std::optional<Period>& plan)
      : doc_(doc), table_(table), cols_(FindColumns(table)) {
    if (cols_.target_year) {
      year_ = cols_.target_year;
    } else if (std::optional<Period> p = PeriodIn(Nfkc(table.caption))) {
      year_ = p->to;
    } else if (plan && plan->to > 0) {
      year_ = plan->to;
    }
  }

  bool IsIndicatorTable() const { return cols_.name >= 0 && cols_.target >= 0; }

  void Read(std::vector<Indicator>& out) {
    for (const std::vector<Cell>& row : table_.rows) ReadRow(row, out);
  }

 private:
  void ReadRow(const std::vector<Cell>& row, std::vector<Indicator>& out);

  const Document& doc_;
  const Table& table_;
  Columns cols_;
  std::optional<int> year_;
  std::string category_;  // carried down over merged category cells
};

void TableReader::ReadRow(const std::vector<Cell>& row, std::vector<Indicator>& out) {
  const AlignedRow cells = Align(row, table_.header.size(), cols_.name);
  const Cell* category = At(cells, cols_.category);
  if (category != nullptr && !category->empty) category_ = CleanCategory(category->text);
  const Cell* name = At(cells, cols_.name);
  const Cell* target = At(cells, cols_.target);
  if (name == nullptr || name->empty || target == nullptr) return;
  const std::optional<CellTarget> value = ParseTargetCell(target->norm);
  if (!value) return;  // a group row, or a target in words

  Indicator ind;
  ind.source = "table";
  ind.category = category_;
  ind.op = value->op;
  ind.value = value->value;
  ind.value_max = value->value_max;
  const Cell* unit = At(cells, cols_.unit);
  if (unit != nullptr && !unit->empty) ind.unit = SqueezeCjkSpaces(unit->norm);
  NameAndUnit(*name, ind);
  if (ind.unit.empty()) ind.unit = value->unit;
  ind.nature = Nature(At(cells, cols_.nature));
  if (const Cell* base = At(cells, cols_.baseline); base != nullptr) {
    ind.baseline = ParsePlainNumber(base->norm);
    if (ind.baseline) ind.baseline_year = cols_.baseline_year;
  }
  ind.year = year_;
  ind.line = name->pos.line;
  ind.column = name->pos.column;
  ind.block = BlockAt(doc_, ind.line);
  ind.evidence = Evidence(row);
  NormalisePerPopulation(ind);
  out.push_back(std::move(ind));
}

}  // namespace

std::vector<Indicator> TableIndicators(const Document& doc, const std::optional<Period>& plan) {
  std::vector<Indicator> out;
  for (const Table& table : doc.tables) {
    TableReader reader(doc, table, plan);
    if (reader.IsIndicatorTable()) reader.Read(out);
  }
  return out;
}

}  // namespace plancheck::indicators
