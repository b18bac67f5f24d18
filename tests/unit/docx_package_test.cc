// The .docx container: hostile files are refused with a message naming the file and the broken
// part (InputError, exit 3); limits on entries and sizes hold; relationships are followed.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>

#include "checker/decode/input_error.h"
#include "checker/formats/docx/package.h"
#include "checker/formats/format.h"
#include "docx_testing.h"

// Tests name only the parts they feed in: DocxParts{.body = …, .numbering = …}.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace plancheck {
namespace {

using testing::DocxBytes;
using testing::DocxFixturePath;
using testing::DocxParts;
using testing::P;

// The InputError message for loading `name` from tests/fixtures/docx/hostile/, "" when it loads.
std::string HostileError(const std::string& name) {
  try {
    LoadDocument(DocxFixturePath("hostile/" + name));
  } catch (const InputError& e) {
    EXPECT_EQ(e.path(), DocxFixturePath("hostile/" + name));
    return e.what();
  }
  return "";
}

struct HostileCase {
  const char* file;
  std::vector<const char*> says;  // what the message must name: the part and the reason
};

class DocxHostile : public ::testing::TestWithParam<HostileCase> {};

TEST_P(DocxHostile, RefusedWithFileAndPart) {
  const HostileCase& c = GetParam();
  const std::string message = HostileError(c.file);
  ASSERT_FALSE(message.empty()) << c.file << " loaded";
  EXPECT_NE(message.find(c.file), std::string::npos) << message;
  for (const char* part : c.says) EXPECT_NE(message.find(part), std::string::npos) << message;
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, DocxHostile,
    ::testing::Values(HostileCase{"zip-bomb-declared.docx",
                                  {"word/document.xml", "declares", "zip bomb"}},
                      HostileCase{"zip-bomb-lying.docx", {"word/document.xml", "declared"}},
                      HostileCase{"truncated.docx", {"zip container", "truncated or damaged"}},
                      HostileCase{"not-a-zip.docx", {"not a zip archive"}},
                      HostileCase{"word97.docx", {"Word 97-2003"}},
                      HostileCase{"empty.docx", {"empty"}},
                      HostileCase{"wrong-content-type.docx",
                                  {"word/document.xml", "wrong content type", "Excel"}},
                      HostileCase{"missing-document.docx", {"missing part word/document.xml"}},
                      HostileCase{"missing-content-types.docx", {"[Content_Types].xml"}},
                      HostileCase{"odt-renamed.docx", {"OpenDocument"}},
                      HostileCase{"dtd-entity-bomb.docx", {"word/document.xml", "DTD"}},
                      HostileCase{"dtd-external-entity.docx", {"word/document.xml", "DTD"}},
                      HostileCase{"dtd-in-styles.docx", {"word/styles.xml", "DTD"}},
                      HostileCase{"malformed-xml.docx", {"word/document.xml", "not well-formed"}},
                      HostileCase{"deep-nesting.docx", {"word/document.xml", "levels deep"}}),
    [](const auto& info) {
      std::string name = info.param.file;
      name = name.substr(0, name.find('.'));
      for (char& c : name) c = c == '-' ? '_' : c;
      return name;
    });

std::string ErrorOf(std::string_view bytes, const DocxLimits& limits) {
  try {
    ParseDocx("limits.docx", bytes, limits);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

TEST(DocxPackage, EntryLimit) {
  testing::ZipEntries entries;
  for (int i = 0; i < 30; ++i) entries.emplace_back("media/" + std::to_string(i) + ".png", "x");
  DocxLimits limits;
  limits.max_entries = 20;
  const std::string message = ErrorOf(testing::ZipBytes(entries), limits);
  EXPECT_NE(message.find("30 entries"), std::string::npos) << message;
  limits.max_entries = 40;
  EXPECT_EQ(ErrorOf(testing::ZipBytes(entries), limits).find("entries"), std::string::npos);
}

TEST(DocxPackage, PartSizeLimitCountsDeclaredSize) {
  const std::string bytes = DocxBytes({.body = P(std::string(4000, 'x'))});
  DocxLimits limits;
  limits.max_part_bytes = 2000;
  const std::string message = ErrorOf(bytes, limits);
  EXPECT_NE(message.find("word/document.xml declares"), std::string::npos) << message;
  limits.max_part_bytes = 1 << 20;
  EXPECT_EQ(ErrorOf(bytes, limits), "");
}

TEST(DocxPackage, TotalSizeLimitCountsEveryPartRead) {
  const std::string bytes =
      DocxBytes({.body = P(std::string(3000, 'x')), .styles = std::string(3000, ' ')});
  DocxLimits limits;
  limits.max_total_bytes = 5000;
  EXPECT_NE(ErrorOf(bytes, limits).find("in all"), std::string::npos);
}

TEST(DocxPackage, ResolvesRelationshipTargets) {
  using docx::ResolvePartName;
  EXPECT_EQ(ResolvePartName("word/document.xml", "styles.xml"), "word/styles.xml");
  EXPECT_EQ(ResolvePartName("word/document.xml", "/word/numbering.xml"), "word/numbering.xml");
  EXPECT_EQ(ResolvePartName("word/document.xml", "../customXml/item1.xml"), "customXml/item1.xml");
  EXPECT_EQ(ResolvePartName("", "word/document.xml"), "word/document.xml");
  EXPECT_EQ(ResolvePartName("word/document.xml", "./media/../styles.xml"), "word/styles.xml");
}

// The main part is where _rels/.rels points, not necessarily word/document.xml.
TEST(DocxPackage, FollowsTheOfficeDocumentRelationship) {
  const std::string decl = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
  const std::string document = decl + "<w:document " + testing::kWordNs + "><w:body>" +
                               P("一、总体要求") + "</w:body></w:document>";
  const std::string bytes = testing::ZipBytes(
      {{"[Content_Types].xml",
        decl + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
               "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override "
               "PartName=\"/doc/main.xml\" ContentType=\"application/vnd.openxmlformats-"
               "officedocument.wordprocessingml.document.main+xml\"/></Types>"},
       {"_rels/.rels",
        decl + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
               "relationships\"><Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/"
               "officeDocument/2006/relationships/officeDocument\" Target=\"/doc/main.xml\"/>"
               "</Relationships>"},
       {"doc/main.xml", document}});
  const Document doc = ParseDocx("moved.docx", bytes);
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "一、总体要求");
}

// A package that lost its optional parts (styles, numbering, footnotes) still reads.
TEST(DocxPackage, OptionalPartsMayBeMissing) {
  const Document doc = testing::LoadDocx({.body = P("一、总体要求") + P("正文。")});
  EXPECT_EQ(doc.format, "docx");
  EXPECT_EQ(doc.line_count, 2);
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[1].line, 2);
}

TEST(DocxPackage, MainPartWithoutBody) {
  std::string bytes = DocxBytes({.body = "<w:p/>"});
  EXPECT_EQ(ErrorOf(bytes, {}), "");
  const std::string decl = "<?xml version=\"1.0\"?>";
  testing::ZipEntries entries = {
      {"[Content_Types].xml",
       decl + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd."
              "openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"},
      {"word/document.xml", decl + "<w:document " + testing::kWordNs + "/>"}};
  const std::string message = ErrorOf(testing::ZipBytes(entries), {});
  EXPECT_NE(message.find("word/document.xml is not a WordprocessingML document"), std::string::npos)
      << message;
}

TEST(DocxPackage, ZipSignatureWithoutArchive) {
  const std::string message = ErrorOf(std::string("PK\x03\x04 not really a zip", 22), {});
  EXPECT_NE(message.find("truncated or damaged"), std::string::npos) << message;
}

// Tables in tables in tables…: refused at a depth no plan reaches, before the stack runs out.
TEST(DocxPackage, DeepNestingIsRefused) {
  std::string tables;
  for (int i = 0; i < 150; ++i) tables += "<w:tbl><w:tr><w:tc>";
  tables += P("深");
  for (int i = 0; i < 150; ++i) tables += "</w:tc></w:tr></w:tbl>";
  std::string message = ErrorOf(DocxBytes({.body = tables}), {});
  EXPECT_NE(message.find("word/document.xml nests elements more than 100 levels"),
            std::string::npos)
      << message;
  std::string links = "<w:p>";
  for (int i = 0; i < 150; ++i) links += "<w:hyperlink>";
  links += "<w:r><w:t>深</w:t></w:r>";
  for (int i = 0; i < 150; ++i) links += "</w:hyperlink>";
  message = ErrorOf(DocxBytes({.body = links + "</w:p>"}), {});
  EXPECT_NE(message.find("levels deep"), std::string::npos) << message;
  // Twenty levels are a document, not an attack.
  std::string twenty;
  for (int i = 0; i < 20; ++i) twenty += "<w:tbl><w:tr><w:tc>";
  twenty += P("深");
  for (int i = 0; i < 20; ++i) twenty += "</w:tc></w:tr></w:tbl>";
  EXPECT_EQ(ErrorOf(DocxBytes({.body = twenty}), {}), "");
}

// Cut anywhere, a .docx is refused as an InputError, never a crash or another exception.
TEST(DocxPackage, TruncatedAnywhereIsAnInputError) {
  const std::string bytes = ReadFileBytes(DocxFixturePath("shanghai-songjiang-2023-2025.docx"));
  for (std::size_t cut = 0; cut < bytes.size(); cut += 331) {
    EXPECT_THROW(ParseDocx("cut.docx", std::string_view(bytes).substr(0, cut)), InputError)
        << "cut at " << cut;
  }
}

// Bytes flipped inside the compressed parts: the plan loads or is refused, nothing else.
TEST(DocxPackage, CorruptedBytesLoadOrAreRefused) {
  const std::string bytes =
      ReadFileBytes(DocxFixturePath("sichuan-leshan-wutongqiao-2021-2025.docx"));
  int refused = 0;
  for (std::size_t at = 64; at < bytes.size(); at += 97) {
    std::string corrupt = bytes;
    corrupt[at] = static_cast<char>(corrupt[at] ^ 0x5A);
    try {
      ParseDocx("corrupt.docx", corrupt);
    } catch (const InputError&) {
      ++refused;
    }
  }
  EXPECT_GT(refused, 0);
}

// Exit code and output (stdout and stderr) of the plancheck binary run with `args`.
std::pair<int, std::string> RunPlancheck(const std::string& args) {
  const std::string command = std::string(PLANCHECK_BINARY) + " " + args + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  std::string out;
  char buffer[4096];
  while (pipe != nullptr && std::fgets(buffer, sizeof buffer, pipe) != nullptr) out += buffer;
  const int status = pipe == nullptr ? -1 : pclose(pipe);
  return {status != -1 && WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

// The command line turns a hostile .docx into exit 3 and a message naming file and part.
TEST(DocxPackage, CommandLineExitsThreeOnAHostileFile) {
  for (const std::string command : {"outline", "check"}) {
    const std::string path = DocxFixturePath("hostile/zip-bomb-declared.docx");
    const auto [code, output] = RunPlancheck(command + " " + path);
    EXPECT_EQ(code, 3) << command << ": " << output;
    EXPECT_NE(output.find("zip-bomb-declared.docx"), std::string::npos) << output;
    EXPECT_NE(output.find("word/document.xml"), std::string::npos) << output;
  }
}

TEST(DocxPackage, CommandLineReadsAPlanDocx) {
  const auto [code, output] =
      RunPlancheck("outline " + DocxFixturePath("sichuan-leshan-wutongqiao-2021-2025.docx"));
  EXPECT_EQ(code, 0) << output;
  EXPECT_NE(output.find("第一章 规划背景"), std::string::npos) << output;
}

}  // namespace
}  // namespace plancheck
