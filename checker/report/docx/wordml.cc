#include "checker/report/docx/wordml.h"

#include <cmath>
#include <string>

#include "checker/report/docx/xml_text.h"

namespace plancheck::report::docx {
namespace {

std::string W(const char* name) { return std::string("w:") + name; }

void AppendRunFormat(pugi::xml_node run, const RunFormat& format) {
  if (!format.bold && format.east_asia_font.empty() && format.half_points == 0) return;
  pugi::xml_node props = run.append_child("w:rPr");
  if (!format.east_asia_font.empty()) {
    pugi::xml_node fonts = props.append_child("w:rFonts");
    SetW(fonts, "ascii", format.east_asia_font);
    SetW(fonts, "hAnsi", format.east_asia_font);
    SetW(fonts, "eastAsia", format.east_asia_font);
    SetW(fonts, "hint", "eastAsia");
  }
  if (format.bold) {
    props.append_child("w:b");
    props.append_child("w:bCs");
  }
  if (format.half_points > 0) {
    AppendVal(props, "w:sz", std::to_string(format.half_points));
    AppendVal(props, "w:szCs", std::to_string(format.half_points));
  }
}

void AppendPlain(pugi::xml_node run, std::string_view text) {
  if (text.empty()) return;
  pugi::xml_node t = run.append_child("w:t");
  // Leading, trailing or doubled spaces are text too.
  t.append_attribute("xml:space") = "preserve";
  t.text().set(std::string(text).c_str());
}

}  // namespace

void SetW(pugi::xml_node node, const char* name, std::string_view value) {
  node.append_attribute(W(name).c_str()) = std::string(value).c_str();
}

void SetW(pugi::xml_node node, const char* name, long long value) {
  node.append_attribute(W(name).c_str()) = value;
}

pugi::xml_node AppendVal(pugi::xml_node parent, const char* name, std::string_view value) {
  pugi::xml_node node = parent.append_child(name);
  SetW(node, "val", value);
  return node;
}

pugi::xml_node StartDocument(pugi::xml_document& xml) {
  pugi::xml_node document = xml.append_child("w:document");
  document.append_attribute("xmlns:w") = kWordNamespace;
  document.append_attribute("xmlns:r") = kRelationshipNamespace;
  return document.append_child("w:body");
}

pugi::xml_node AppendParagraph(pugi::xml_node parent, std::string_view style) {
  pugi::xml_node p = parent.append_child("w:p");
  if (!style.empty()) AppendVal(p.append_child("w:pPr"), "w:pStyle", style);
  return p;
}

void AppendText(pugi::xml_node paragraph, std::string_view text, const RunFormat& format) {
  const std::string safe = XmlSafeText(text);
  pugi::xml_node run = paragraph.append_child("w:r");
  AppendRunFormat(run, format);
  std::size_t start = 0;
  for (std::size_t i = 0; i <= safe.size(); ++i) {
    const char c = i < safe.size() ? safe[i] : '\0';
    if (i < safe.size() && c != '\t' && c != '\n' && c != '\r') continue;
    AppendPlain(run, std::string_view(safe).substr(start, i - start));
    if (c == '\t') run.append_child("w:tab");
    if (c == '\n') run.append_child("w:br");
    start = i + 1;  // a CR alone is dropped: CRLF is one break
  }
}

void AppendField(pugi::xml_node paragraph, std::string_view instruction, std::string_view shown,
                 const RunFormat& format) {
  const auto fld_char = [&](const char* type) {
    pugi::xml_node run = paragraph.append_child("w:r");
    AppendRunFormat(run, format);
    SetW(run.append_child("w:fldChar"), "fldCharType", type);
  };
  fld_char("begin");
  pugi::xml_node run = paragraph.append_child("w:r");
  AppendRunFormat(run, format);
  pugi::xml_node instr = run.append_child("w:instrText");
  instr.append_attribute("xml:space") = "preserve";
  std::string code = " ";  // appended: GCC 12's bogus -Wrestrict on " " + string (GCC bug 105329)
  code.append(instruction).append(" ");
  instr.text().set(code.c_str());
  fld_char("separate");
  AppendText(paragraph, shown, format);
  fld_char("end");
}

void AppendPageBreak(pugi::xml_node body) {
  pugi::xml_node run = body.append_child("w:p").append_child("w:r");
  SetW(run.append_child("w:br"), "type", "page");
}

pugi::xml_node AppendTable(pugi::xml_node body, std::string_view style,
                           std::span<const int> column_twips) {
  pugi::xml_node table = body.append_child("w:tbl");
  pugi::xml_node props = table.append_child("w:tblPr");
  if (!style.empty()) AppendVal(props, "w:tblStyle", style);
  int total = 0;
  for (const int w : column_twips) total += w;
  pugi::xml_node width = props.append_child("w:tblW");
  SetW(width, "w", total);
  SetW(width, "type", "dxa");
  AppendVal(props, "w:jc", "center");
  SetW(props.append_child("w:tblLayout"), "type", "fixed");
  pugi::xml_node grid = table.append_child("w:tblGrid");
  for (const int w : column_twips) SetW(grid.append_child("w:gridCol"), "w", w);
  return table;
}

pugi::xml_node AppendRow(pugi::xml_node table, bool header) {
  pugi::xml_node row = table.append_child("w:tr");
  pugi::xml_node props = row.append_child("w:trPr");
  props.append_child("w:cantSplit");
  if (header) props.append_child("w:tblHeader");
  return row;
}

pugi::xml_node AppendCell(pugi::xml_node row, int twips) {
  pugi::xml_node cell = row.append_child("w:tc");
  pugi::xml_node props = cell.append_child("w:tcPr");
  pugi::xml_node width = props.append_child("w:tcW");
  SetW(width, "w", twips);
  SetW(width, "type", "dxa");
  AppendVal(props, "w:vAlign", "center");
  return cell;
}

int Twips(double mm) { return static_cast<int>(std::lround(mm / 25.4 * 1440.0)); }

void AppendSection(pugi::xml_node body, const PageSetup& page) {
  pugi::xml_node section = body.append_child("w:sectPr");
  if (!page.footer_rel_id.empty()) {
    pugi::xml_node footer = section.append_child("w:footerReference");
    SetW(footer, "type", "default");
    footer.append_attribute("r:id") = page.footer_rel_id.c_str();
  }
  pugi::xml_node size = section.append_child("w:pgSz");
  SetW(size, "w", Twips(page.width_mm));
  SetW(size, "h", Twips(page.height_mm));
  pugi::xml_node margins = section.append_child("w:pgMar");
  SetW(margins, "top", Twips(page.top_mm));
  SetW(margins, "right", Twips(page.right_mm));
  SetW(margins, "bottom", Twips(page.bottom_mm));
  SetW(margins, "left", Twips(page.left_mm));
  SetW(margins, "header", Twips(page.header_mm));
  SetW(margins, "footer", Twips(page.footer_mm));
  SetW(margins, "gutter", 0);
  if (page.line_pitch_twips > 0) {
    pugi::xml_node grid = section.append_child("w:docGrid");
    SetW(grid, "type", "lines");
    SetW(grid, "linePitch", page.line_pitch_twips);
  }
}

}  // namespace plancheck::report::docx
