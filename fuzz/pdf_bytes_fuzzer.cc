// Arbitrary bytes as a PDF: LoadDocument -> LoadPdf (poppler's text layer, the ruling lines found
// on a rendering, then the shared fixed-layout builder: lines, paragraphs, running headers and
// page numbers, headings by size, tables by position).
//
// The fixture PDFs are LibreOffice's (130-230 kB, deflated streams, embedded fonts): too large
// for fuzzing and opaque to byte mutations. `fuzz_pdf_bytes --write-seeds=DIR` writes small PDFs
// by hand instead, every stream uncompressed: CJK text in a Type0 font (Identity-H, no embedded
// font, a ToUnicode CMap) — a title, a heading, a paragraph wrapped at the right margin, an
// indicator table with ruled borders, page numbers "— N —" — a few kB each.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "checker/decode/utf8.h"
#include "fuzz/fuzz_support.h"
#include "fuzz/loaded_file.h"

namespace {

struct Line {
  double x, y, size;
  std::string text;  // UTF-8
};

struct Page {
  std::vector<Line> lines;
  std::vector<std::array<double, 4>> rules;  // x1 y1 x2 y2, points from the bottom left
};

std::string Hex4(unsigned value) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%04X", value & 0xFFFF);
  return buffer;
}

// The code units of `text` (CIDs = UTF-16 units, BMP only), as a hex string, noting each for the
// ToUnicode map.
std::string Cids(const std::string& text, std::map<unsigned, bool>& used) {
  std::string hex;
  for (std::size_t at = 0; at < text.size();) {
    const unsigned unit = static_cast<unsigned>(plancheck::utf8::Next(text, at)) & 0xFFFF;
    used[unit] = true;
    hex += Hex4(unit);
  }
  return "<" + hex + ">";
}

std::string Content(const Page& page, std::map<unsigned, bool>& used) {
  std::string out;
  for (const Line& line : page.lines) {
    out += "BT /F1 " + std::to_string(line.size) + " Tf " + std::to_string(line.x) + " " +
           std::to_string(line.y) + " Td " + Cids(line.text, used) + " Tj ET\n";
  }
  if (!page.rules.empty()) out += "0.8 w\n";
  for (const auto& [x1, y1, x2, y2] : page.rules) {
    out += std::to_string(x1) + " " + std::to_string(y1) + " m " + std::to_string(x2) + " " +
           std::to_string(y2) + " l S\n";
  }
  return out;
}

std::string ToUnicode(const std::map<unsigned, bool>& used) {
  std::string map =
      "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
      "1 begincodespacerange <0000> <FFFF> endcodespacerange\n";
  std::vector<unsigned> units;
  for (const auto& [unit, _] : used) units.push_back(unit);
  for (std::size_t from = 0; from < units.size(); from += 100) {  // at most 100 per section
    const std::size_t to = std::min(units.size(), from + 100);
    map += std::to_string(to - from) + " beginbfchar\n";
    for (std::size_t i = from; i < to; ++i) {
      map += "<" + Hex4(units[i]) + "> <" + Hex4(units[i]) + ">\n";
    }
    map += "endbfchar\n";
  }
  return map + "endcmap CMapName currentdict /CMap defineresource pop end end\n";
}

std::string Stream(const std::string& data) {
  return "<< /Length " + std::to_string(data.size()) + " >>\nstream\n" + data + "\nendstream";
}

// A PDF of `pages` (A4) with the objects numbered in order and a correct xref table.
std::string Pdf(const std::vector<Page>& pages) {
  std::map<unsigned, bool> used;
  std::vector<std::string> contents;
  for (const Page& page : pages) contents.push_back(Content(page, used));
  const std::size_t n = pages.size();
  // 1 catalog, 2 pages, 3 font, 4 CID font, 5 descriptor, 6 ToUnicode, then page and content.
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "",
      "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H "
      "/DescendantFonts [4 0 R] /ToUnicode 6 0 R >>",
      "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry "
      "(Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 1000 >>",
      "<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -120 1000 880] "
      "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>",
      Stream(ToUnicode(used))};
  std::string kids;
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t page = 7 + 2 * i;
    kids += std::to_string(page) + " 0 R ";
    objects.push_back(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font "
        "<< /F1 3 0 R >> >> /Contents " +
        std::to_string(page + 1) + " 0 R >>");
    objects.push_back(Stream(contents[i]));
  }
  objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(n) + " >>";
  std::string pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (const std::size_t offset : offsets) {
    char entry[24];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

// Body text at 16 pt from x 90 to 506 (26 characters a line), lines 28 pt apart.
Line Body(int row, const std::string& text, double indent = 0) {
  return {90 + indent, 740 - 28.0 * row, 16, text};
}

std::vector<Page> PlanPages() {
  Page first;
  first.lines = {{145, 770, 22, "某区公共法律服务体系建设规划（2021—2025年）"},
                 Body(1, "一、主要目标", 32),
                 Body(2, "到2025年，基本建成覆盖城乡、便捷高效、均等普", 32),
                 Body(3, "惠的现代公共法律服务体系，法律援助覆盖面进一步扩"),
                 Body(4, "大，人民群众满意度明显提升。"),
                 Body(5, "表1 主要指标", 160),
                 {283, 60, 14, "— 1 —"}};
  // The table: three columns, three rows, ruled.
  const double top = 740 - 28.0 * 5 - 10, row = 26, left = 90, right = 506;
  const double columns[] = {left, 330, 420, right};
  const char* cells[3][3] = {{"指标", "2020年", "2025年"},
                             {"法律援助覆盖率（%）", "90", "100"},
                             {"每万人拥有律师数（名）", "3", "≥4"}};
  for (int r = 0; r < 3; ++r) {
    for (int c = 0; c < 3; ++c) {
      first.lines.push_back({columns[c] + 4, top - row * (r + 1) + 8, 12, cells[r][c]});
    }
  }
  for (int r = 0; r <= 3; ++r) first.rules.push_back({left, top - row * r, right, top - row * r});
  for (const double x : columns) first.rules.push_back({x, top, x, top - row * 3});
  Page second;
  second.lines = {Body(0, "二、保障措施", 32),
                  Body(1, "（一）加强组织领导。各部门要按照职责分", 32),
                  Body(2, "工，落实经费保障，强化督查考核。"),
                  {283, 60, 14, "— 2 —"}};
  return {first, second};
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  const std::vector<std::string> dirs = plancheck::fuzz::FlagValues(*argc, *argv, "write-seeds");
  if (dirs.empty()) return 0;
  const std::vector<Page> pages = PlanPages();
  plancheck::fuzz::WriteSeed(dirs.front(), "plan-two-pages.pdf", Pdf(pages));
  plancheck::fuzz::WriteSeed(dirs.front(), "plan-first-page.pdf", Pdf({pages.front()}));
  Page line;
  line.lines = {Body(0, "一、总体要求")};
  plancheck::fuzz::WriteSeed(dirs.front(), "one-line.pdf", Pdf({line}));
  std::exit(0);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return plancheck::fuzz::LoadAsFile(".pdf", data, size);
}
