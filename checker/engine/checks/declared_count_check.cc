#include "checker/engine/checks/declared_count_check.h"

#include <re2/re2.h>

#include "checker/decode/utf8.h"

namespace plancheck::checks {
namespace {

// 共26项 / 共 26 项指标 in the NFKC view.
const RE2& DeclaredPattern() {
  static const RE2 pattern(R"(共\s*(\d{1,3})\s*(?:项|个|条))");
  return pattern;
}

struct Declared {
  int count = 0;
  const Block* block = nullptr;  // where it is written, when in a block
  std::size_t offset = 0;
};

std::optional<Declared> FindDeclared(const Document& doc, const Table& table) {
  int n = 0;
  // Header cells first, then the caption and the three blocks above the table.
  for (const Cell& cell : table.header) {
    if (RE2::PartialMatch(cell.norm, DeclaredPattern(), &n)) {
      const Block* block = doc.BlockAtLine(cell.pos.line);
      for (const Block& b : doc.blocks) {
        if (b.line >= cell.pos.line && b.line <= std::max(cell.last_line, cell.pos.line) &&
            RE2::PartialMatch(b.norm, DeclaredPattern())) {
          block = &b;
          break;
        }
      }
      return Declared{n, block, 0};
    }
  }
  for (const Block& b : doc.blocks) {
    if (b.line >= table.first_line || b.line < table.first_line - 4) continue;
    if (b.kind == Block::Kind::kTableCell) continue;
    if (RE2::PartialMatch(b.norm, DeclaredPattern(), &n)) return Declared{n, &b, 0};
  }
  return std::nullopt;
}

}  // namespace

int CountedRows(const Table& table) {
  const int column = table.Column({"序号"});
  if (column < 0) return static_cast<int>(table.rows.size());
  int n = 0;
  for (const auto& row : table.rows) {
    if (static_cast<std::size_t>(column) < row.size() &&
        RE2::FullMatch(std::string(utf8::Trim(row[static_cast<std::size_t>(column)].norm)),
                       R"(\d+)")) {
      ++n;
    }
  }
  return n;
}

std::unique_ptr<Check> DeclaredCountCheck::FromYaml(const RuleSpec&, YamlMap&) {
  return std::make_unique<DeclaredCountCheck>();
}

void DeclaredCountCheck::Evaluate(const CheckInput& input, ResultSink& sink) const {
  int checked = 0;
  for (const Table& table : input.doc.tables) {
    const std::optional<Declared> declared = FindDeclared(input.doc, table);
    if (!declared) continue;
    ++checked;
    const int rows = CountedRows(table);
    if (rows == declared->count) continue;
    const std::string detail = "声明共 " + std::to_string(declared->count) + " 项，表格实有 " +
                               std::to_string(rows) + " 项";
    Result& r = declared->block ? sink.AddAt(Status::kFail, sink.Message("项数不符", detail),
                                             *declared->block, 0)
                                : sink.Add(Status::kFail, sink.Message("项数不符", detail));
    if (declared->block == nullptr) r.location.line = table.first_line;
  }
  if (sink.size() == 0) {
    sink.Add(Status::kPass, checked == 0 ? "没有声明项数的表格" : "声明的项数与表格一致");
  }
}

}  // namespace plancheck::checks
