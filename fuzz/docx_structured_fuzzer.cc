// Fuzzed WordprocessingML parts in a valid .docx made in memory (libzip, stored): what random
// bytes never reach, because a changed byte in a deflated part fails its CRC. The input, split by
// FuzzedDataProvider:
//   last byte      flags: bit 0 the parts are whole XML parts (else the inside of their root
//                  element, wrapped here); bit 1 the strict namespace; bits 2-4 leave out
//                  numbering.xml, styles.xml, footnotes.xml
//   from the front document.xml, numbering.xml, styles.xml, footnotes.xml: four strings, each
//                  ended by a backslash and one other byte (a doubled backslash is a backslash)
//   the rest       read from the end, one byte at a time: structures added to the parts (lists with
//                  huge w:start and overrides, numbering that links to itself through styles,
//                  levels past the 9 a list has, very long paragraphs, tables of huge numbers)
// The Document is then checked (fuzz_support.h: CheckDocument) and its indicators extracted.
//
// `fuzz_docx_structured --write-seeds=DIR --from=A.docx --from=B.docx …` writes seeds: each .docx
// fixture's parts (the body cut to its first paragraphs), and hand-written lists, styles and
// tables. PLANCHECK_FUZZ_WRITE_DOCX=FILE writes the .docx each input makes to FILE.
#include <fuzzer/FuzzedDataProvider.h>
#include <zip.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "checker/decode/input_error.h"
#include "checker/formats/docx/loader.h"
#include "checker/indicators/indicator.h"
#include "fuzz/fuzz_support.h"

namespace {

constexpr std::size_t kMaxPart = 1 << 20;
constexpr std::size_t kMaxGenerated = 16;  // structures added per input
constexpr std::uint8_t kWhole = 1, kStrict = 2, kNoNumbering = 4, kNoStyles = 8, kNoFootnotes = 16;

struct Parts {
  std::uint8_t flags = 0;
  std::array<std::string, 4> xml;  // document, numbering, styles, footnotes
  std::string structures;          // bytes the generator reads, in the order it reads them
};

// The input that LLVMFuzzerTestOneInput's FuzzedDataProvider splits back into `parts`.
std::string Join(const Parts& parts) {
  std::string out;
  for (const std::string& xml : parts.xml) {
    for (const char c : xml) {
      out += c;
      if (c == '\\') out += '\\';
    }
    out += "\\ ";
  }
  out.append(parts.structures.rbegin(), parts.structures.rend());
  out += static_cast<char>(parts.flags);
  return out;
}

// ---- Structures --------------------------------------------------------------------------------

constexpr std::array<std::string_view, 18> kStarts = {
    "2147483647", "-2147483648", "2147483648", "4294967295",          "-1",  "0", "99999999999",
    "1000000000", "65535",       "2147483646", "-2147483647",         "1e9", "",  "x",
    " 7",         "+5",          "0x10",       "18446744073709551616"};
constexpr std::array<std::string_view, 26> kFormats = {"decimal",
                                                       "chineseCounting",
                                                       "chineseCountingThousand",
                                                       "ideographTraditional",
                                                       "ideographZodiac",
                                                       "ideographDigital",
                                                       "chineseLegalSimplified",
                                                       "decimalEnclosedCircle",
                                                       "decimalEnclosedCircleChinese",
                                                       "decimalEnclosedParen",
                                                       "upperRoman",
                                                       "lowerRoman",
                                                       "upperLetter",
                                                       "lowerLetter",
                                                       "decimalZero",
                                                       "decimalFullWidth",
                                                       "japaneseCounting",
                                                       "bullet",
                                                       "none",
                                                       "taiwaneseCounting",
                                                       "ideographLegalTraditional",
                                                       "japaneseLegal",
                                                       "decimalEnclosedFullstop",
                                                       "ideographZodiacTraditional",
                                                       "taiwaneseDigital",
                                                       "someFutureFormat"};
constexpr std::array<std::string_view, 14> kLevelTexts = {"%1、",
                                                          "（%2）",
                                                          "第%1章",
                                                          "%1.%2.%3",
                                                          "%1.%2.%3.%4.%5.%6.%7.%8.%9",
                                                          "%10",
                                                          "%",
                                                          "%%1",
                                                          "%0",
                                                          "（%1）%2、",
                                                          "专栏%1",
                                                          "表%1",
                                                          "",
                                                          "%9%9%9%9%9%9%9%9%9%9%9%9"};
constexpr std::array<std::string_view, 12> kLevels = {
    "0", "1", "8", "9", "-1", "10", "2147483647", "-2147483648", "x", "", "4294967296", "3"};
constexpr std::array<std::string_view, 14> kCells = {"1e400",
                                                     "99999999999999999999999999",
                                                     "100000000000000000000%",
                                                     "≥1e308",
                                                     "１２３４５６７８９０１２３４５６７８９０",
                                                     "-0",
                                                     "0.00000000000000000000001",
                                                     "NaN",
                                                     "≥99999999999999999999万人",
                                                     "2147483648件",
                                                     "18件/10万人",
                                                     "1,000,000,000,000,000,000,000",
                                                     "９９９９９９９９９９９９９９９９９９９９％",
                                                     "100%"};
constexpr std::array<std::string_view, 12> kTexts = {"一、总体要求",
                                                     "（一）指导思想",
                                                     "第一章 发展基础",
                                                     "专栏1 重点工程",
                                                     "表1 主要指标",
                                                     "到2025年，值班律师法律帮助覆盖率达到100%。",
                                                     "每万人拥有律师数达到3名以上。",
                                                     "约束性",
                                                     "“十四五”时期",
                                                     "《中华人民共和国法律援助法》",
                                                     "松府办发〔2021〕12号",
                                                     "公共法律服务体系建设规划（2021—2025年）"};

template <std::size_t N>
std::string_view Pick(FuzzedDataProvider& in, const std::array<std::string_view, N>& from) {
  return from[in.ConsumeIntegral<std::uint8_t>() % N];
}

std::string Val(std::string_view element, std::string_view value) {
  return "<w:" + std::string(element) + " w:val=\"" + std::string(value) + "\"/>";
}

std::string Para(std::string_view text, const std::string& ppr = "") {
  return "<w:p>" + (ppr.empty() ? "" : "<w:pPr>" + ppr + "</w:pPr>") + "<w:r><w:t>" +
         std::string(text) + "</w:t></w:r></w:p>";
}

std::string NumPr(std::string_view level, std::string_view num) {
  return "<w:numPr>" + Val("ilvl", level) + Val("numId", num) + "</w:numPr>";
}

std::string Level(FuzzedDataProvider& in, int ilvl) {
  std::string lvl = "<w:lvl w:ilvl=\"" + std::to_string(ilvl) + "\">" +
                    Val("start", Pick(in, kStarts)) + Val("numFmt", Pick(in, kFormats)) +
                    Val("lvlText", Pick(in, kLevelTexts));
  const std::uint8_t extra = in.ConsumeIntegral<std::uint8_t>();
  if (extra & 1) lvl += Val("lvlRestart", Pick(in, kLevels));
  if (extra & 2) lvl += "<w:isLgl/>";
  if (extra & 4) lvl += Val("suff", extra & 8 ? "space" : "nothing");
  if (extra & 16) lvl += Val("pStyle", "Heading" + std::to_string(1 + ilvl % 3));
  return lvl + "</w:lvl>";
}

struct Generated {
  std::string body, numbering, styles;
};

// One structure, chosen and shaped by the next input bytes.
void Generate(FuzzedDataProvider& in, Generated& out) {
  const std::string id = std::to_string(1 + in.ConsumeIntegral<std::uint8_t>() % 4);
  switch (in.ConsumeIntegral<std::uint8_t>() % 9) {
    case 0: {  // a list: levels with odd starts and formats, a num, paragraphs that use it
      const int levels = 1 + in.ConsumeIntegral<std::uint8_t>() % 9;
      out.numbering += "<w:abstractNum w:abstractNumId=\"" + id + "\">";
      for (int l = 0; l < levels; ++l) out.numbering += Level(in, l);
      out.numbering +=
          "</w:abstractNum><w:num w:numId=\"" + id + "\">" + Val("abstractNumId", id) + "</w:num>";
      const int paragraphs = 1 + in.ConsumeIntegral<std::uint8_t>() % 16;
      for (int p = 0; p < paragraphs; ++p) {
        out.body += Para(Pick(in, kTexts), NumPr(std::to_string(p % levels), id));
      }
      break;
    }
    case 1:  // a num that overrides a list's start and one level
      out.numbering += "<w:num w:numId=\"" + id + "\">" + Val("abstractNumId", id) +
                       "<w:lvlOverride w:ilvl=\"" + std::string(Pick(in, kLevels)) + "\">" +
                       Val("startOverride", Pick(in, kStarts)) + Level(in, 0) +
                       "</w:lvlOverride></w:num>";
      break;
    case 2: {  // a very long paragraph (up to ~300 kB), numbered or not
      const std::string_view text = Pick(in, kTexts);
      const std::size_t times = 1 + in.ConsumeIntegralInRange<std::size_t>(0, 300000) /
                                        std::max<std::size_t>(1, text.size());
      std::string longer;
      longer.reserve(times * text.size());
      for (std::size_t i = 0; i < times; ++i) longer += text;
      out.body += Para(longer, in.ConsumeBool() ? NumPr("0", id) : "");
      break;
    }
    case 3: {  // a table of huge numbers under a header row, sometimes merged cells
      const int rows = 1 + in.ConsumeIntegral<std::uint8_t>() % 8;
      out.body += Para("表1 主要指标") + "<w:tbl><w:tr><w:tc>" + Para("指标") + "</w:tc><w:tc>" +
                  Para("2020年") + "</w:tc><w:tc>" + Para("2025年") + "</w:tc><w:tc>" +
                  Para("属性") + "</w:tc></w:tr>";
      for (int r = 0; r < rows; ++r) {
        const bool merged = in.ConsumeBool();
        out.body +=
            "<w:tr><w:tc>" +
            std::string(merged ? "<w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" : "") +
            Para("法律援助覆盖率（%）") + "</w:tc><w:tc>" +
            (in.ConsumeBool()
                 ? "<w:tcPr><w:gridSpan w:val=\"" + std::string(Pick(in, kStarts)) + "\"/></w:tcPr>"
                 : "") +
            Para(Pick(in, kCells)) + "</w:tc><w:tc>" + Para(Pick(in, kCells)) + "</w:tc><w:tc>" +
            Para(in.ConsumeBool() ? "约束性" : "预期性") + "</w:tc></w:tr>";
      }
      out.body += "</w:tbl>";
      break;
    }
    case 4:  // numbering that links to itself: a list whose levels live in a style's list
      out.styles += "<w:style w:type=\"numbering\" w:styleId=\"List" + id + "\"><w:pPr>" +
                    NumPr("0", id) + "</w:pPr></w:style>";
      out.numbering += "<w:abstractNum w:abstractNumId=\"" + id + "\">" +
                       Val("numStyleLink", "List" + id) + Val("styleLink", "List" + id) +
                       "</w:abstractNum><w:num w:numId=\"" + id + "\">" + Val("abstractNumId", id) +
                       "</w:num>";
      out.body += Para(Pick(in, kTexts), NumPr("0", id));
      break;
    case 5:  // paragraphs at levels a list does not have
      for (int p = 1 + in.ConsumeIntegral<std::uint8_t>() % 4; p > 0; --p) {
        out.body += Para(Pick(in, kTexts), NumPr(Pick(in, kLevels), id));
      }
      break;
    case 6: {  // heading styles based on each other in a cycle, with numbering and outline levels
      const std::string other = std::to_string(1 + in.ConsumeIntegral<std::uint8_t>() % 4);
      out.styles += "<w:style w:type=\"paragraph\" w:styleId=\"Heading" + id + "\">" +
                    Val("name", "heading " + id) + Val("basedOn", "Heading" + other) + "<w:pPr>" +
                    Val("outlineLvl", Pick(in, kLevels)) +
                    (in.ConsumeBool() ? NumPr(Pick(in, kLevels), id) : "") + "</w:pPr></w:style>";
      out.body += Para(Pick(in, kTexts), Val("pStyle", "Heading" + id));
      break;
    }
    case 7: {  // many numbered paragraphs: counters run far from a big start
      const int paragraphs = 16 * (1 + in.ConsumeIntegral<std::uint8_t>() % 64);
      const std::string level(Pick(in, kLevels));
      for (int p = 0; p < paragraphs; ++p) out.body += Para("项", NumPr(level, id));
      break;
    }
    default:  // footnote and endnote references, fields, hidden runs, breaks
      out.body += "<w:p><w:r><w:t>见注</w:t></w:r><w:r><w:footnoteReference w:id=\"" +
                  std::string(Pick(in, kStarts)) +
                  "\"/></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>"
                  "TOC \\o</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                  "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:br/><w:tab/>"
                  "<w:sym w:char=\"F0FC\"/></w:r></w:p>";
      break;
  }
}

// ---- The package -------------------------------------------------------------------------------

constexpr std::string_view kDecl =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

std::string Namespaces(bool strict) {
  return std::string("xmlns:w=\"") +
         (strict ? "http://purl.oclc.org/ooxml/wordprocessingml/main"
                 : "http://schemas.openxmlformats.org/wordprocessingml/2006/main") +
         "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
         "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";
}

// `inner` inside <w:root …> unless the input gives whole parts; `extra` before the closing tag.
std::string Part(const Parts& parts, const std::string& inner, std::string_view root,
                 std::string_view container, const std::string& extra) {
  std::string xml;
  const std::string close = "</w:" + std::string(container) + ">";
  if (parts.flags & kWhole) {
    xml = inner;
  } else {
    const std::string open = root == container ? "" : "<w:" + std::string(container) + ">";
    xml = std::string(kDecl) + "<w:" + std::string(root) + " " + Namespaces(parts.flags & kStrict) +
          ">" + open + inner + close + (root == container ? "" : "</w:" + std::string(root) + ">");
  }
  if (!extra.empty()) {
    const std::size_t at = xml.rfind(close);
    xml.insert(at == std::string::npos ? xml.size() : at, extra);
  }
  return xml;
}

using Entries = std::vector<std::pair<std::string, std::string>>;

// A zip of `entries`, stored (no compression: the loader's inflate is not what this target is
// for, and storing is fast).
std::string Zip(const Entries& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) {
    std::fprintf(stderr, "libzip cannot write to memory\n");
    std::abort();
  }
  for (const auto& [name, data] : entries) {
    zip_source_t* source = zip_source_buffer(archive, data.data(), data.size(), 0);
    const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
  }
  if (zip_close(archive) != 0) {
    std::fprintf(stderr, "libzip cannot close the archive\n");
    std::abort();
  }
  std::string out;
  zip_source_open(buffer);
  zip_source_seek(buffer, 0, SEEK_END);
  out.resize(static_cast<std::size_t>(zip_source_tell(buffer)));
  zip_source_seek(buffer, 0, SEEK_SET);
  zip_source_read(buffer, out.data(), out.size());
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return out;
}

std::string Docx(const Parts& parts, const Generated& generated) {
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  Entries entries = {
      {"[Content_Types].xml",
       std::string(kDecl) +
           "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
           "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
           "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
           "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd."
           "openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"},
      {"_rels/.rels", std::string(kDecl) +
                          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                          "relationships\"><Relationship Id=\"rId1\" Type=\"" +
                          rel + "officeDocument\" Target=\"word/document.xml\"/></Relationships>"},
      {"word/document.xml", Part(parts, parts.xml[0], "document", "body", generated.body)}};
  std::string rels = std::string(kDecl) +
                     "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                     "relationships\">";
  const auto add = [&](int i, std::uint8_t leave_out, const std::string& kind,
                       const std::string& extra) {
    if ((parts.flags & leave_out) ||
        (parts.xml[static_cast<std::size_t>(i)].empty() && extra.empty()))
      return;
    rels += "<Relationship Id=\"r" + kind + "\" Type=\"" + rel + kind + "\" Target=\"" + kind +
            ".xml\"/>";
    entries.emplace_back("word/" + kind + ".xml",
                         Part(parts, parts.xml[static_cast<std::size_t>(i)], kind, kind, extra));
  };
  add(1, kNoNumbering, "numbering", generated.numbering);
  add(2, kNoStyles, "styles", generated.styles);
  add(3, kNoFootnotes, "footnotes", "");
  entries.emplace_back("word/_rels/document.xml.rels", rels + "</Relationships>");
  return Zip(entries);
}

// ---- Seeds -------------------------------------------------------------------------------------

// The named part of a .docx, or "".
std::string ReadEntry(zip_t* archive, const char* name) {
  zip_stat_t stat;
  if (zip_stat(archive, name, 0, &stat) != 0) return "";
  zip_file_t* file = zip_fopen(archive, name, 0);
  if (file == nullptr) return "";
  std::string data(static_cast<std::size_t>(stat.size), '\0');
  const zip_int64_t n = zip_fread(file, data.data(), data.size());
  zip_fclose(file);
  return n < 0 ? "" : data.substr(0, static_cast<std::size_t>(n));
}

// `xml` cut after the first `element` that ends past `keep` bytes outside any table, its root
// closed again with `close`.
std::string Cut(const std::string& xml, std::size_t keep, const std::string& element,
                const std::string& close) {
  const std::string end_tag = "</w:" + element + ">";
  for (std::size_t end = xml.find(end_tag, keep); end != std::string::npos;
       end = xml.find(end_tag, end + 1)) {
    std::size_t open = 0, closed = 0;
    for (std::size_t at = xml.find("<w:tbl>"); at < end; at = xml.find("<w:tbl>", at + 1)) ++open;
    for (std::size_t at = xml.find("</w:tbl>"); at < end; at = xml.find("</w:tbl>", at + 1)) {
      ++closed;
    }
    if (open == closed) return xml.substr(0, end + end_tag.size()) + close;
  }
  return xml;
}

void WriteSeeds(const std::string& dir, const std::vector<std::string>& fixtures) {
  using plancheck::fuzz::WriteSeed;
  for (const std::string& fixture : fixtures) {
    int error = 0;
    zip_t* archive = zip_open(fixture.c_str(), ZIP_RDONLY, &error);
    if (archive == nullptr) continue;
    Parts parts;
    parts.flags = kWhole;
    parts.xml = {Cut(ReadEntry(archive, "word/document.xml"), 6000, "p", "</w:body></w:document>"),
                 ReadEntry(archive, "word/numbering.xml"), ReadEntry(archive, "word/styles.xml"),
                 Cut(ReadEntry(archive, "word/footnotes.xml"), 1000, "footnote", "</w:footnotes>")};
    zip_close(archive);
    if (parts.xml[0].empty()) continue;
    const std::string name = std::filesystem::path(fixture).stem().string();
    WriteSeed(dir, name, Join(parts));
    parts.structures = std::string("\x01\x00\x05\x03\x02\x00\x07\x01", 8);
    WriteSeed(dir, name + "-with-structures", Join(parts));
  }

  // Lists as the corpus plans number them (一、 （一） 1.), a heading style tied to level 0, a
  // restart, a legal-style level, a start override and a list in a numbering style.
  const auto lvl = [](int ilvl, const std::string& start, const std::string& fmt,
                      const std::string& text, const std::string& extra = "") {
    return "<w:lvl w:ilvl=\"" + std::to_string(ilvl) + "\">" + Val("start", start) +
           Val("numFmt", fmt) + extra + Val("lvlText", text) + "</w:lvl>";
  };
  Parts lists;
  lists.xml[1] =
      "<w:abstractNum w:abstractNumId=\"0\">" +
      lvl(0, "1", "chineseCounting", "%1、", Val("pStyle", "Heading1") + Val("suff", "nothing")) +
      lvl(1, "1", "chineseCounting", "（%2）", Val("lvlRestart", "1")) +
      lvl(2, "1", "decimal", "%3.", "<w:isLgl/>") + lvl(3, "1", "decimalEnclosedCircle", "%4") +
      "</w:abstractNum><w:abstractNum w:abstractNumId=\"1\">" + Val("numStyleLink", "PlanList") +
      "</w:abstractNum><w:abstractNum w:abstractNumId=\"2\">" + Val("styleLink", "PlanList") +
      lvl(0, "1", "chineseCounting", "第%1章") + "</w:abstractNum><w:num w:numId=\"1\">" +
      Val("abstractNumId", "0") + "</w:num><w:num w:numId=\"2\">" + Val("abstractNumId", "1") +
      "</w:num><w:num w:numId=\"3\">" + Val("abstractNumId", "2") +
      "</w:num><w:num w:numId=\"4\">" + Val("abstractNumId", "0") + "<w:lvlOverride w:ilvl=\"0\">" +
      Val("startOverride", "3") + "</w:lvlOverride></w:num>";
  lists.xml[2] = "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\">" +
                 Val("name", "heading 1") + "<w:pPr>" + NumPr("0", "1") + Val("outlineLvl", "0") +
                 "</w:pPr></w:style><w:style w:type=\"paragraph\" w:styleId=\"Heading2\">" +
                 Val("name", "标题 2") + Val("basedOn", "Heading1") + "<w:pPr>" +
                 Val("outlineLvl", "1") +
                 "</w:pPr></w:style><w:style w:type=\"numbering\" w:styleId=\"PlanList\"><w:pPr>" +
                 NumPr("0", "3") + "</w:pPr></w:style>";
  lists.xml[0] = Para("松江区公共法律服务体系建设规划（2021—2025年）") +
                 Para("总体要求", Val("pStyle", "Heading1")) + Para("指导思想", NumPr("1", "1")) +
                 Para("基本原则", NumPr("1", "1")) + Para("坚持党的领导", NumPr("2", "1")) +
                 Para("主要任务", NumPr("0", "1")) + Para("健全平台", NumPr("1", "1")) +
                 Para("发展基础", NumPr("0", "3")) + Para("链接的列表", NumPr("0", "2")) +
                 Para("重新开始", NumPr("0", "4")) + Para("保障措施", Val("pStyle", "Heading2"));
  lists.xml[3] = "<w:footnote w:id=\"1\">" + Para("注释一") + "</w:footnote>";
  WriteSeed(dir, "lists", Join(lists));

  Parts table;  // an indicator table as Word holds one
  table.xml[0] = Para("表1 主要指标") + "<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc>" +
                 Para("指标") + "</w:tc><w:tc>" + Para("2025年") + "</w:tc><w:tc>" + Para("属性") +
                 "</w:tc></w:tr><w:tr><w:tc>" + Para("值班律师法律帮助覆盖率（%）") +
                 "</w:tc><w:tc>" + Para("100") + "</w:tc><w:tc>" + Para("约束性") +
                 "</w:tc></w:tr><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>" +
                 Para("每万人拥有律师数（名）≥3") + "</w:tc><w:tc>" + Para("预期性") +
                 "</w:tc></w:tr></w:tbl>";
  WriteSeed(dir, "table", Join(table));

  // Each structure alone, on an empty document: [id, kind, shape bytes…].
  for (int kind = 0; kind < 9; ++kind) {
    Parts one;
    one.structures = std::string{
        '\x01', static_cast<char>(kind), '\x03', '\x05', '\x02', '\x07', '\x01', '\x00', '\x04',
        '\x06'};
    WriteSeed(dir, "structure-" + std::to_string(kind), Join(one));
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  const std::vector<std::string> dirs = plancheck::fuzz::FlagValues(*argc, *argv, "write-seeds");
  if (!dirs.empty()) {
    WriteSeeds(dirs.front(), plancheck::fuzz::FlagValues(*argc, *argv, "from"));
    std::exit(0);
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider in(data, size);
  Parts parts;
  parts.flags = in.ConsumeIntegral<std::uint8_t>();
  for (std::string& xml : parts.xml) xml = in.ConsumeRandomLengthString(kMaxPart);
  Generated generated;
  for (std::size_t n = 0; n < kMaxGenerated && in.remaining_bytes() > 0; ++n) {
    Generate(in, generated);
  }
  const std::string docx = Docx(parts, generated);
  // PLANCHECK_FUZZ_WRITE_DOCX=FILE: the .docx an input makes, to replay it with `plancheck check`
  // or keep it as a fuzz_docx_bytes regression.
  static const char* const write_to = std::getenv("PLANCHECK_FUZZ_WRITE_DOCX");
  if (write_to != nullptr) {
    std::ofstream(write_to, std::ios::binary)
        .write(docx.data(), static_cast<std::streamsize>(docx.size()));
  }
  plancheck::Document doc;
  try {
    doc = plancheck::ParseDocx("fuzz.docx", docx);
  } catch (const plancheck::InputError& e) {
    plancheck::fuzz::Refused(e);
    return 0;
  }
  plancheck::fuzz::CheckDocument(doc);
  (void)plancheck::ExtractIndicators(doc);
  return 0;
}
