// The audit's matrix.xlsx (libxlsxwriter): one sheet per view — the plans × rules matrix, every
// gap, every indicator, the rules — each with a frozen header row and filters.
#include <fcntl.h>
#include <unistd.h>

#include <map>
#include <stdexcept>

#include <xlsxwriter.h>

#include "checker/report/audit_model.h"
#include "checker/report/common.h"

namespace plancheck::report {
namespace {

// A fixed creation date: the same audit gives the same bytes (no timestamps in reports).
constexpr time_t kCreated = 946684800;  // 2000-01-01T00:00:00Z

struct Formats {
  lxw_format* header;
  lxw_format* wrap;
  lxw_format* status[4];  // by Status
};

Formats MakeFormats(lxw_workbook* wb) {
  Formats f{};
  f.header = workbook_add_format(wb);
  format_set_bold(f.header);
  format_set_bg_color(f.header, 0xE8ECF1);
  format_set_text_wrap(f.header);
  format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
  f.wrap = workbook_add_format(wb);
  format_set_text_wrap(f.wrap);
  format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
  const lxw_color_t fills[4] = {0xE6F4E7, 0xFDECEA, 0xFFF4D6, 0xF1F1F1};  // pass fail partial n/a
  const lxw_color_t fonts[4] = {0x1B5E20, 0xB71C1C, 0x8A5A00, 0x616161};
  for (int i = 0; i < 4; ++i) {
    f.status[i] = workbook_add_format(wb);
    format_set_bg_color(f.status[i], fills[i]);
    format_set_font_color(f.status[i], fonts[i]);
    format_set_align(f.status[i], LXW_ALIGN_CENTER);
  }
  return f;
}

class Sheet {
 public:
  Sheet(lxw_workbook* wb, const char* name, const Formats& formats)
      : ws_(workbook_add_worksheet(wb, name)), formats_(formats) {}

  void Header(const std::vector<std::string>& names) {
    for (std::size_t c = 0; c < names.size(); ++c) Text(0, c, names[c], formats_.header);
    columns_ = names.size();
  }
  void Text(std::size_t row, std::size_t col, const std::string& s, lxw_format* format = nullptr) {
    if (s.empty() && format == nullptr) return;
    worksheet_write_string(ws_, Row(row), Col(col), s.c_str(), format);
    rows_ = std::max(rows_, row + 1);
  }
  void Number(std::size_t row, std::size_t col, double value) {
    worksheet_write_number(ws_, Row(row), Col(col), value, nullptr);
    rows_ = std::max(rows_, row + 1);
  }
  // A cell note (Excel's comment, WPS's 批注): the rule id under a rule's Chinese name.
  void Note(std::size_t row, std::size_t col, const std::string& s) {
    worksheet_write_comment(ws_, Row(row), Col(col), s.c_str());
  }
  void Width(std::size_t first, std::size_t last, double width, lxw_format* format = nullptr) {
    worksheet_set_column(ws_, Col(first), Col(last), width, format);
  }
  // Frozen header row (and `frozen_columns`), filters over everything written.
  void Finish(std::size_t frozen_columns = 0) {
    worksheet_freeze_panes(ws_, 1, Col(frozen_columns));
    if (columns_ > 0) {
      worksheet_autofilter(ws_, 0, 0, Row(std::max<std::size_t>(rows_, 1) - 1), Col(columns_ - 1));
    }
  }

 private:
  static lxw_row_t Row(std::size_t r) { return static_cast<lxw_row_t>(r); }
  static lxw_col_t Col(std::size_t c) { return static_cast<lxw_col_t>(c); }
  lxw_worksheet* ws_;
  const Formats& formats_;
  std::size_t rows_ = 1;
  std::size_t columns_ = 0;
};

void MatrixSheet(lxw_workbook* wb, const Formats& f, const CheckRun& run, const Matrix& matrix,
                 Lang lang) {
  Sheet sheet(wb, Tr(lang, "矩阵", "Matrix"), f);
  std::vector<std::string> header = {Tr(lang, "规划", "Plan"), Tr(lang, "文件", "Document"),
                                     Tr(lang, "得分", "Score")};
  // Rules by their Chinese name, the id in the header cell's note (a reader knows the names).
  for (const MatrixColumn& column : matrix.columns) header.push_back(column.Title());
  sheet.Header(header);
  for (std::size_t c = 0; c < matrix.columns.size(); ++c)
    sheet.Note(0, c + 3, matrix.columns[c].rule);
  const std::vector<std::size_t> order = PlanOrder(run);  // as index.html: lowest score first
  for (std::size_t row = 1; row <= order.size(); ++row) {
    const std::size_t n = order[row - 1];
    const CheckedPlan& plan = run.plans[n];
    sheet.Text(row, 0, PlanLabel(plan));
    sheet.Text(row, 1, plan.path());
    sheet.Number(row, 2, RoundScore(plan.report.summary.score));
    for (std::size_t c = 0; c < matrix.columns.size(); ++c) {
      const std::optional<Status>& cell = matrix.cells[n][c];
      if (cell) sheet.Text(row, c + 3, StatusLabel(*cell, lang), f.status[static_cast<int>(*cell)]);
    }
  }
  sheet.Width(0, 0, 18);
  sheet.Width(1, 1, 36);
  sheet.Width(2, 2, 8);
  if (!matrix.columns.empty()) sheet.Width(3, matrix.columns.size() + 2, 10);
  sheet.Finish(1);
}

// One row per gap: the rule by its name (its id in the last column, to filter and look up: a note
// per row would make a province's workbook heavy), 改为 the replacement text where the rule gives
// one (a wrong form and its right form).
void GapSheet(lxw_workbook* wb, const Formats& f, const CheckRun& run, Lang lang) {
  Sheet sheet(wb, Tr(lang, "差距", "Gaps"), f);
  sheet.Header({Tr(lang, "文件", "Document"), Tr(lang, "规则", "Rule"), Tr(lang, "状态", "Status"),
                Tr(lang, "级别", "Level"), Tr(lang, "行", "Line"), Tr(lang, "列", "Column"),
                Tr(lang, "章节", "Section"), Tr(lang, "问题", "Message"), Tr(lang, "原文", "Text"),
                Tr(lang, "改为", "Change to"), Tr(lang, "依据", "Basis"),
                Tr(lang, "建议", "Suggestion"), Tr(lang, "规则编号", "Rule id")});
  std::map<std::string, std::string> names;  // rule id → its name, looked up once per rule
  for (const RuleInfo& info : run.rules) {
    if (!info.title.empty()) names[info.id] = info.title;
  }
  std::size_t row = 1;
  for (const std::size_t n : PlanOrder(run)) {
    const CheckedPlan& plan = run.plans[n];
    for (const SectionGroup& group : GroupForDisplay(plan, false)) {
      for (const std::size_t i : group.results) {
        const Result& r = plan.report.results[i];
        sheet.Text(row, 0, plan.path());
        const auto name = names.find(r.rule);
        sheet.Text(row, 1, name != names.end() ? name->second : r.rule);
        sheet.Text(row, 2, StatusLabel(r.status, lang), f.status[static_cast<int>(r.status)]);
        sheet.Text(row, 3, LevelLabel(r.level, lang));
        if (r.location.line > 0) sheet.Number(row, 4, r.location.line);
        if (r.location.column > 0) sheet.Number(row, 5, r.location.column);
        sheet.Text(row, 6, r.location.section);
        sheet.Text(row, 7, r.message);
        sheet.Text(row, 8, r.evidence);
        sheet.Text(row, 9, r.fix);
        sheet.Text(row, 10, r.basis);
        sheet.Text(row, 11, r.suggestion);
        sheet.Text(row, 12, r.rule);
        ++row;
      }
    }
  }
  sheet.Width(0, 1, 30);
  sheet.Width(2, 5, 8);
  sheet.Width(6, 6, 24);
  sheet.Width(7, 8, 40, f.wrap);
  sheet.Width(9, 9, 16, f.wrap);
  sheet.Width(10, 11, 40, f.wrap);
  sheet.Width(12, 12, 36);
  sheet.Finish();
}

void IndicatorSheet(lxw_workbook* wb, const Formats& f, const CheckRun& run, Lang lang) {
  Sheet sheet(wb, Tr(lang, "指标", "Indicators"), f);
  sheet.Header({Tr(lang, "规划", "Plan"), Tr(lang, "指标", "Indicator"),
                Tr(lang, "类别", "Category"), Tr(lang, "目标", "Target"), Tr(lang, "比较", "Op"),
                Tr(lang, "数值", "Value"), Tr(lang, "单位", "Unit"),
                Tr(lang, "每万人", "Per 10,000"), Tr(lang, "折算单位", "Normalised unit"),
                Tr(lang, "性质", "Nature"), Tr(lang, "基期值", "Baseline"),
                Tr(lang, "目标年", "Year"), Tr(lang, "来源", "Source"), Tr(lang, "行", "Line")});
  std::size_t row = 1;
  for (const std::size_t n : PlanOrder(run)) {
    const CheckedPlan& plan = run.plans[n];
    for (const Indicator& i : plan.report.indicators.items) {
      sheet.Text(row, 0, PlanLabel(plan));
      sheet.Text(row, 1, i.name);
      sheet.Text(row, 2, i.category);
      sheet.Text(row, 3, FormatTarget(i));
      sheet.Text(row, 4, i.op);
      sheet.Number(row, 5, i.value);
      sheet.Text(row, 6, i.unit);
      if (i.normalised) sheet.Number(row, 7, *i.normalised);
      sheet.Text(row, 8, i.normalised_unit);
      sheet.Text(row, 9, i.nature);
      if (i.baseline) sheet.Number(row, 10, *i.baseline);
      if (i.year) sheet.Number(row, 11, *i.year);
      sheet.Text(row, 12, IndicatorSourceLabel(i.source, lang));
      sheet.Number(row, 13, i.line);
      ++row;
    }
  }
  sheet.Width(0, 0, 18);
  sheet.Width(1, 1, 40, f.wrap);
  sheet.Width(2, 3, 16);
  sheet.Width(4, 13, 10);
  sheet.Finish();
}

void RuleSheet(lxw_workbook* wb, const Formats& f, const Matrix& matrix, Lang lang) {
  Sheet sheet(wb, Tr(lang, "规则", "Rules"), f);
  sheet.Header({Tr(lang, "规则", "Rule"), Tr(lang, "规则包", "Pack"), Tr(lang, "名称", "Title"),
                Tr(lang, "级别", "Level"), Tr(lang, "依据", "Basis"),
                StatusLabel(Status::kPass, lang), StatusLabel(Status::kPartial, lang),
                StatusLabel(Status::kFail, lang), StatusLabel(Status::kNa, lang)});
  for (std::size_t c = 0; c < matrix.columns.size(); ++c) {
    const MatrixColumn& column = matrix.columns[c];
    const RuleTally t = Tally(matrix, c);
    sheet.Text(c + 1, 0, column.rule);
    sheet.Text(c + 1, 1, column.pack);
    sheet.Text(c + 1, 2, column.Title());
    if (column.info != nullptr) {
      sheet.Text(c + 1, 3, LevelLabel(column.info->level, lang));
      sheet.Text(c + 1, 4, column.info->basis);
    }
    sheet.Number(c + 1, 5, t.pass);
    sheet.Number(c + 1, 6, t.partial);
    sheet.Number(c + 1, 7, t.fail);
    sheet.Number(c + 1, 8, t.na);
  }
  sheet.Width(0, 0, 40);
  sheet.Width(1, 1, 12);
  sheet.Width(2, 2, 30, f.wrap);
  sheet.Width(3, 3, 8);
  sheet.Width(4, 4, 60, f.wrap);
  sheet.Width(5, 8, 8);
  sheet.Finish();
}

// libxlsxwriter prints its own "[ERROR] …" lines to stderr (on a full disk, say) before it
// returns the error that plancheck then reports once, in the user's language. Its stderr is sent
// to /dev/null while it works; the audit writes the workbook after every worker has finished, so
// nothing else of plancheck's is lost with it.
class QuietStderr {
 public:
  QuietStderr() : saved_(::dup(STDERR_FILENO)) {
    const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (saved_ >= 0 && null >= 0) ::dup2(null, STDERR_FILENO);
    if (null >= 0) ::close(null);
  }
  ~QuietStderr() {
    if (saved_ < 0) return;
    ::dup2(saved_, STDERR_FILENO);
    ::close(saved_);
  }
  QuietStderr(const QuietStderr&) = delete;
  QuietStderr& operator=(const QuietStderr&) = delete;

 private:
  int saved_;
};

}  // namespace

void WriteMatrixXlsx(const CheckRun& run, const RenderOptions& options, const std::string& path) {
  const Lang lang = options.lang;
  lxw_workbook_options workbook_options{};
  const QuietStderr quiet;
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &workbook_options);
  if (wb == nullptr)
    throw std::runtime_error(Tr(lang, "无法创建工作簿", "cannot create the workbook"));
  lxw_doc_properties properties{};
  // libxlsxwriter's C API takes char* but copies the strings.
  std::string title = Tr(lang, "规划合规审查矩阵", "Plan compliance matrix");
  std::string author = "plancheck";
  properties.title = title.data();
  properties.author = author.data();
  properties.created = kCreated;
  workbook_set_properties(wb, &properties);
  const Formats formats = MakeFormats(wb);
  const Matrix matrix = BuildMatrix(run);
  MatrixSheet(wb, formats, run, matrix, lang);
  GapSheet(wb, formats, run, lang);
  IndicatorSheet(wb, formats, run, lang);
  RuleSheet(wb, formats, matrix, lang);
  if (const lxw_error error = workbook_close(wb); error != LXW_NO_ERROR) {
    throw std::runtime_error(lxw_strerror(error));
  }
}

}  // namespace plancheck::report
