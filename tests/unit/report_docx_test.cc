// The OOXML writer (report/docx/) and the 审核意见 made with it: text that is safe for XML 1.0
// whatever the plan held, parts that pugixml parses back, the same bytes for the same run, and a
// review opinion that says what the run found and nothing internal.
#include <gtest/gtest.h>
#include <re2/re2.h>
#include <zip.h>

#include <map>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "checker/report/docx/gongwen.h"
#include "checker/report/docx/package.h"
#include "checker/report/docx/sha256.h"
#include "checker/report/docx/wordml.h"
#include "checker/report/docx/xml_text.h"
#include "report_test_support.h"

namespace plancheck {
namespace {

using report::docx::XmlSafeText;

// Entry name → bytes, in the order the zip holds them.
std::vector<std::pair<std::string, std::string>> Unzip(const std::string& bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  EXPECT_NE(archive, nullptr) << zip_error_strerror(&error);
  std::vector<std::pair<std::string, std::string>> entries;
  if (archive == nullptr) return entries;
  for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
    zip_stat_t stat;
    zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat);
    std::string content(stat.size, '\0');
    zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
    zip_fread(file, content.data(), content.size());
    zip_fclose(file);
    entries.emplace_back(stat.name, content);
  }
  zip_close(archive);
  return entries;
}

std::string Part(const std::string& docx, const std::string& name) {
  for (const auto& [entry, content] : Unzip(docx)) {
    if (entry == name) return content;
  }
  return "";
}

// The text of every w:p of word/document.xml, one string per paragraph.
std::vector<std::string> Paragraphs(const std::string& docx) {
  pugi::xml_document xml;
  const std::string part = Part(docx, "word/document.xml");
  EXPECT_TRUE(xml.load_buffer(part.data(), part.size()));
  std::vector<std::string> out;
  for (const pugi::xpath_node& p : xml.select_nodes("//w:p")) {
    std::string text;
    for (const pugi::xpath_node& t : p.node().select_nodes(".//w:t")) text += t.node().text().get();
    out.push_back(text);
  }
  return out;
}

bool Contains(const std::vector<std::string>& paragraphs, const std::string& text) {
  for (const std::string& p : paragraphs) {
    if (p.find(text) != std::string::npos) return true;
  }
  return false;
}

report::RenderOptions Dated(report::Lang lang = report::Lang::kZh) {
  report::RenderOptions options;
  options.lang = lang;
  options.run_date = "2025-03-04";
  return options;
}

TEST(DocxWriterText, KeepsTextAndDropsWhatXmlForbids) {
  EXPECT_EQ(XmlSafeText("松江区 <a> & \"b\"\t\n"), "松江区 <a> & \"b\"\t\n");
  EXPECT_EQ(XmlSafeText(std::string("a\x01"
                                    "b\x1f"
                                    "c\x00"
                                    "d",
                                    7)),
            "a b c d");
  EXPECT_EQ(XmlSafeText("x\xEF\xBF\xBEy\xEF\xBF\xBFz"), "x y z");  // U+FFFE, U+FFFF
  EXPECT_EQ(XmlSafeText("\xFF\xC3(\xED\xA0\x80"), "\uFFFD\uFFFD(\uFFFD\uFFFD\uFFFD");  // not UTF-8
  EXPECT_EQ(XmlSafeText("\xC0\xAF"), "\uFFFD\uFFFD");  // an overlong '/'
  EXPECT_EQ(XmlSafeText("\xF0\x9F\x98\x80"), "\xF0\x9F\x98\x80");
}

TEST(DocxWriterWordml, UserTextSurvivesASerialiseAndParse) {
  const std::string hostile = "《规划》<w:t>&amp;\x02\x0b]]>\r\n第二行\t";
  pugi::xml_document xml;
  const pugi::xml_node body = report::docx::StartDocument(xml);
  report::docx::AppendText(report::docx::AppendParagraph(body, "Heading1"), hostile);
  const std::string bytes = report::docx::SerialiseXml(xml);
  pugi::xml_document back;
  ASSERT_TRUE(back.load_buffer(bytes.data(), bytes.size())) << bytes;
  const pugi::xml_node run = back.select_node("//w:r").node();
  std::string text;
  for (const pugi::xml_node child : run.children()) {
    if (std::string(child.name()) == "w:t") text += child.text().get();
    if (std::string(child.name()) == "w:br") text += "\n";
    if (std::string(child.name()) == "w:tab") text += "\t";
  }
  EXPECT_EQ(text, "《规划》<w:t>&amp;  ]]>\n第二行\t");
  EXPECT_EQ(std::string(back.select_node("//w:pStyle").node().attribute("w:val").value()),
            "Heading1");
}

TEST(DocxWriterSha256, MatchesTheFipsVectors) {
  using report::docx::Sha256Hex;
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(Sha256Hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(DocxWriterGongwen, NumbersHeadingsAsText) {
  using report::docx::ChineseNumber;
  using report::docx::HeadingNumber;
  EXPECT_EQ(ChineseNumber(1), "一");
  EXPECT_EQ(ChineseNumber(10), "十");
  EXPECT_EQ(ChineseNumber(11), "十一");
  EXPECT_EQ(ChineseNumber(20), "二十");
  EXPECT_EQ(ChineseNumber(105), "一百零五");
  EXPECT_EQ(ChineseNumber(110), "一百一十");
  EXPECT_EQ(ChineseNumber(1001), "一千零一");
  EXPECT_EQ(HeadingNumber(1, 3), "三、");
  EXPECT_EQ(HeadingNumber(2, 12), "（十二）");
  EXPECT_EQ(HeadingNumber(3, 2), "2.");
  EXPECT_EQ(HeadingNumber(4, 2), "（2）");
  EXPECT_EQ(report::docx::Twips(37), 2098);
}

TEST(DocxWriterPackage, WritesContentTypesFirstAndTheSameBytesTwice) {
  report::docx::Package package;
  pugi::xml_document xml;
  report::docx::StartDocument(xml);
  package.Put("word/document.xml", report::docx::content_type::kDocument, xml);
  package.Put("_rels/.rels", "", "<Relationships/>");
  const std::string first = package.Zip();
  EXPECT_EQ(first, package.Zip());
  const auto entries = Unzip(first);
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].first, "[Content_Types].xml");
  EXPECT_NE(entries[0].second.find("PartName=\"/word/document.xml\""), std::string::npos);
  EXPECT_EQ(entries[1].first, "_rels/.rels");
}

TEST(ReviewDocx, HasEveryPartAndEachParses) {
  const std::string docx = report::RenderReviewDocx(testing::SampleRun(), Dated());
  std::vector<std::string> names;
  for (const auto& [name, content] : Unzip(docx)) {
    names.push_back(name);
    pugi::xml_document xml;
    EXPECT_TRUE(xml.load_buffer(content.data(), content.size())) << name;
  }
  for (const char* required :
       {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
        "word/settings.xml", "word/fontTable.xml", "word/_rels/document.xml.rels",
        "docProps/core.xml", "docProps/app.xml", "word/footer1.xml"}) {
    EXPECT_NE(std::find(names.begin(), names.end(), required), names.end()) << required;
  }
  EXPECT_EQ(docx, report::RenderReviewDocx(testing::SampleRun(), Dated()));
  report::RenderOptions later = Dated();
  later.run_date = "2025-03-05";
  EXPECT_NE(docx, report::RenderReviewDocx(testing::SampleRun(), later));
}

TEST(ReviewDocx, SaysWhatTheRunFoundInPlainChinese) {
  report::CheckRun run = testing::SampleRun();
  run.plans.resize(1);
  const std::vector<std::string> p = Paragraphs(report::RenderReviewDocx(run, Dated()));
  ASSERT_FALSE(p.empty());
  EXPECT_EQ(p[0], "关于《松江区公共法律服务体系建设三年规划》的审核意见");
  for (const char* heading :
       {"一、必须修改", "二、建议修改", "三、供参考", "附表", "主要指标对照"}) {
    EXPECT_TRUE(Contains(p, heading)) << heading;
  }
  EXPECT_TRUE(Contains(p, "（一）缺少“主要目标”章节"));
  EXPECT_TRUE(Contains(p, "（二）提及值班律师，但未设定覆盖率目标"));
  EXPECT_TRUE(Contains(p, "位置：“五、主要任务”，第57行"));
  EXPECT_TRUE(Contains(p, "（一）标点符号重复：“。。”"));
  EXPECT_TRUE(Contains(p, "依据：《全国公共法律服务体系建设规划（2021—2025年）》"));
  EXPECT_TRUE(Contains(p, "修改建议：补充相应内容。"));
  EXPECT_TRUE(Contains(p, "2025年3月4日"));
  EXPECT_TRUE(Contains(p, "得分"));
  EXPECT_FALSE(Contains(p, "12348热线建设"));  // a pass is no item
  // Nothing internal, no English: the letters left are the file's name and the checksum label.
  static const RE2 kLatin("[A-Za-z]");
  for (std::string text : p) {
    for (const char* allowed : {"songjiang.txt", "SHA-256"}) {
      if (const auto at = text.find(allowed); at != std::string::npos)
        text.erase(at, strlen(allowed));
    }
    EXPECT_FALSE(RE2::PartialMatch(text, kLatin)) << text;
  }
}

TEST(ReviewDocx, PlacesADocxFindingByParagraph) {
  report::CheckRun run = testing::SampleRun();
  run.plans.erase(run.plans.begin());
  const std::vector<std::string> p = Paragraphs(report::RenderReviewDocx(run, Dated()));
  EXPECT_TRUE(Contains(p, "位置：“一、总体要求”，第12段"));
}

TEST(ReviewDocx, TablesThePlansIndicatorsBesideTheFramework) {
  report::CheckRun run = testing::SampleRun();
  run.plans.resize(1);
  run.rules[1].target = "100%";
  const std::string document = Part(report::RenderReviewDocx(run, Dated()), "word/document.xml");
  pugi::xml_document xml;
  ASSERT_TRUE(xml.load_buffer(document.data(), document.size()));
  const pugi::xpath_node_set rows = xml.select_nodes("//w:tbl/w:tr");
  // The header, the one indicator rule applied, and the plan's indicator no rule speaks of.
  ASSERT_EQ(rows.size(), 3u);
  const auto cells = [&](std::size_t row) {
    std::vector<std::string> out;
    for (const pugi::xpath_node& tc : rows[row].node().select_nodes("w:tc")) {
      std::string text;
      for (const pugi::xpath_node& t : tc.node().select_nodes(".//w:t"))
        text += t.node().text().get();
      out.push_back(text);
    }
    return out;
  };
  EXPECT_EQ(cells(0), (std::vector<std::string>{"指标", "规划值", "框架要求", "差距/方向"}));
  EXPECT_EQ(cells(1), (std::vector<std::string>{"值班律师法律帮助覆盖率", "—", "100%",
                                                "提及值班律师，但未设定覆盖率目标"}));
  EXPECT_EQ(cells(2), (std::vector<std::string>{"每十万人提供法律援助数量", "≥180件（2025年）",
                                                "框架未设定", "—"}));
}

TEST(ReviewDocx, SetsThePageAndFontsOfGbT9704) {
  const std::string docx = report::RenderReviewDocx(testing::SampleRun(), Dated());
  const std::string document = Part(docx, "word/document.xml");
  EXPECT_NE(document.find("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), std::string::npos);
  EXPECT_NE(document.find("w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\""),
            std::string::npos);
  const std::string styles = Part(docx, "word/styles.xml");
  EXPECT_NE(styles.find("w:eastAsia=\"仿宋_GB2312\""), std::string::npos);
  EXPECT_NE(styles.find("w:eastAsia=\"方正小标宋简体\""), std::string::npos);
  EXPECT_NE(styles.find("w:eastAsia=\"黑体\""), std::string::npos);
  EXPECT_NE(styles.find("w:eastAsia=\"楷体_GB2312\""), std::string::npos);
  EXPECT_NE(styles.find("w:line=\"579\" w:lineRule=\"exact\""), std::string::npos);
  EXPECT_NE(Part(docx, "word/fontTable.xml").find("<w:altName w:val=\"仿宋\"/>"),
            std::string::npos);
}

}  // namespace
}  // namespace plancheck
