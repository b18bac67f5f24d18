// plancheck indicators FILE [--format text|json|csv]: every quantitative target of one plan.
#include <iomanip>
#include <iostream>
#include <sstream>

#include "checker/cli/commands.h"
#include "checker/cli/inputs.h"
#include "checker/cli/lang.h"
#include "checker/decode/utf8.h"
#include "checker/document/document.h"
#include "checker/formats/format.h"
#include "checker/indicators/indicator.h"
#include "checker/report/common.h"
#include "checker/report/json_model.h"

namespace plancheck::cli {
namespace {

using report::Json;

std::string Number(double v) {
  std::ostringstream out;
  out << std::setprecision(10) << v;
  return out.str();
}

// "≥ 90 %", "1–2 家", "> 99 %".
std::string Target(const Indicator& ind) {
  std::string op = ind.op;
  if (op == ">=") op = "≥";
  if (op == "<=") op = "≤";
  std::string value = Number(ind.value);
  if (ind.value_max) value += "–" + Number(*ind.value_max);
  std::string out = (op == "=" || op == "range") ? value : op + " " + value;
  if (!ind.unit.empty())
    out += (ind.unit == "%" ? "" : " ") + ind.unit + (ind.unit_inferred ? "?" : "");
  if (ind.kind == "change") out = "+" + out;
  return out;
}

// Pads `s` to `width` display columns (a Chinese character takes two).
std::string Pad(const std::string& s, std::size_t width) {
  std::size_t cols = 0;
  for (std::size_t pos = 0; pos < s.size();) {
    const char32_t cp = utf8::Next(s, pos);
    cols += (cp >= 0x1100 && (utf8::IsHan(cp) || (cp >= 0x3000 && cp <= 0x303F) ||
                              (cp >= 0xFF00 && cp <= 0xFF60) || cp == U'“' || cp == U'”'))
                ? 2
                : 1;
  }
  return cols >= width ? s : s + std::string(width - cols, ' ');
}

void PrintText(const Document& doc, const Indicators& found, Lang lang, std::ostream& out) {
  out << doc.path << (lang == Lang::kZh ? "：共 " : ": ") << found.items.size()
      << Tr(lang, " 项指标\n", " indicators\n");
  if (found.items.empty()) return;
  out << Pad(Tr(lang, "行", "line"), 6) << Pad(Tr(lang, "来源", "source"), 7)
      << Pad(Tr(lang, "目标", "target"), 14) << Pad(Tr(lang, "年份", "year"), 6)
      << Pad(Tr(lang, "性质", "nature"), 8) << Tr(lang, "名称\n", "name\n");
  for (const Indicator& ind : found.items) {
    std::string name = ind.name;
    if (!ind.category.empty()) name = ind.category + " › " + name;
    if (ind.baseline) {
      name += "  (" + (ind.baseline_year ? std::to_string(*ind.baseline_year) + ": " : "") +
              Number(*ind.baseline) + ")";
    }
    if (ind.normalised) name += "  [= " + Number(*ind.normalised) + " " + ind.normalised_unit + "]";
    out << Pad(std::to_string(ind.line), 6)
        << Pad(lang == Lang::kZh ? report::IndicatorSourceLabel(ind.source, lang) : ind.source, 7)
        << Pad(Target(ind), 14) << Pad(ind.year ? std::to_string(*ind.year) : "-", 6)
        << Pad(ind.nature.empty() ? "-" : ind.nature, 8) << name << '\n';
  }
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

template <typename T>
std::string CsvOptional(const std::optional<T>& v) {
  if (!v) return {};
  if constexpr (std::is_floating_point_v<T>) {
    return Number(*v);
  } else {
    return std::to_string(*v);
  }
}

// UTF-8 with a BOM and CRLF, so Excel and WPS open it as Chinese text.
void PrintCsv(const Document& doc, const Indicators& found, std::ostream& out) {
  out << "\xEF\xBB\xBF";
  out << "path,line,column,source,kind,category,name,op,value,value_max,unit,unit_inferred,"
         "normalised,normalised_unit,nature,baseline,baseline_year,year,evidence\r\n";
  for (const Indicator& ind : found.items) {
    out << CsvField(doc.path) << ',' << ind.line << ',' << ind.column << ',' << ind.source << ','
        << ind.kind << ',' << CsvField(ind.category) << ',' << CsvField(ind.name) << ','
        << CsvField(ind.op) << ',' << Number(ind.value) << ',' << CsvOptional(ind.value_max) << ','
        << CsvField(ind.unit) << ',' << (ind.unit_inferred ? "true" : "false") << ','
        << CsvOptional(ind.normalised) << ',' << CsvField(ind.normalised_unit) << ','
        << CsvField(ind.nature) << ',' << CsvOptional(ind.baseline) << ','
        << CsvOptional(ind.baseline_year) << ',' << CsvOptional(ind.year) << ','
        << CsvField(ind.evidence) << "\r\n";
  }
}

}  // namespace

void AddIndicatorsCommand(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand("indicators",
                                 "List the quantitative targets of a plan / 列出规划的量化指标");
  auto file = std::make_shared<std::string>();
  auto format = std::make_shared<std::string>("text");
  cmd->add_option("FILE", *file, "The plan (.txt, .md, .docx)")->required();
  cmd->add_option("--format", *format, "text, json or csv")
      ->check(CLI::IsMember({"text", "json", "csv"}))
      ->capture_default_str();
  cmd->callback([cmd, file, format, &exit_code] {
    RequireOneFile(*file, "indicators", CommandLang(*cmd));
    const Document doc = LoadDocument(*file);
    const Indicators found = ExtractIndicators(doc);
    if (*format == "json") {
      // The same indicator objects as the check report's (DESIGN.md's JSON contract).
      Json items = Json::array();
      for (const Indicator& ind : found.items) items.push_back(report::IndicatorJson(ind));
      std::cout << Json{{"path", doc.path}, {"indicators", items}}.dump(
                       2, ' ', false, Json::error_handler_t::replace)
                << '\n';
    } else if (*format == "csv") {
      PrintCsv(doc, found, std::cout);
    } else {
      PrintText(doc, found, CommandLang(*cmd), std::cout);
    }
    exit_code = 0;
  });
}

}  // namespace plancheck::cli
