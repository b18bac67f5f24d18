// The annotated copy (report/docx/annotated_copy.h): every corpus plan's findings as comments on
// exactly their text, read back by the loader; a colleague's comments kept with ours after them
// under fresh ids; every other part byte for byte; a plan that is no .docx as a new .docx.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "annotate_testing.h"
#include "checker/decode/decoded_text.h"
#include "checker/engine/evaluate.h"
#include "checker/formats/docx/source.h"
#include "checker/formats/format.h"
#include "checker/indicators/indicator.h"
#include "checker/report/common.h"
#include "checker/report/docx/annotated_copy.h"
#include "checker/report/docx/finding_annotations.h"

namespace plancheck {
namespace {

using report::CheckedPlan;

CheckedPlan Checked(const Rulebook& book, Document doc) {
  auto shared = std::make_shared<Document>(std::move(doc));
  CheckedPlan plan;
  plan.document = shared;
  plan.report = Evaluate(book, *shared, ExtractIndicators(*shared));
  plan.report.document = shared.get();
  plan.accepted.assign(plan.report.results.size(), false);
  return plan;
}

report::RenderOptions Options() {
  report::RenderOptions options;
  options.run_date = "2025-03-04";
  return options;
}

std::string TempFile(const std::string& name, const std::string& bytes) {
  const std::string path = (std::filesystem::temp_directory_path() / name).string();
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

int GapCount(const CheckedPlan& plan) {
  int n = 0;
  for (const Result& r : plan.report.results) n += report::IsGap(r);
  return n;
}

// Each corpus plan: one comment per gap, each anchored (as the loader reads the copy back) on the
// text the finding concerns -- its fix where a tracked change made one -- in the same paragraph.
TEST(AnnotateCopy, EveryCorpusFindingIsOneCommentOnItsText) {
  const auto book = LoadRulebook({});
  for (const std::string& stem : testing::CorpusStems()) {
    SCOPED_TRACE(stem);
    const std::string path = testing::DocxFixturePath(stem + ".docx");
    const std::string bytes = ReadFileBytes(path);
    const CheckedPlan plan = Checked(*book, ParseDocx(path, bytes));
    const report::AnnotatedCopy copy = report::RenderAnnotatedCopy(plan, Options(), false);
    ASSERT_EQ(copy.comments, GapCount(plan));
    EXPECT_GT(copy.comments, 0);

    // What each comment should cover, by paragraph.
    std::multiset<std::pair<int, std::string>> want;
    int fixes = 0;
    for (const auto& a :
         report::docx::FindingAnnotations(plan, *plan.document, report::Lang::kZh, false)) {
      const Block& block = plan.document->blocks[a.block];
      const std::string original =
          block.text.substr(a.annotation.begin, a.annotation.end - a.annotation.begin);
      fixes += !a.annotation.fix.empty();
      want.insert({block.line, original});
    }
    docx::DocxSource source;
    const Document again = docx::ParseDocxWithSource("copy.docx", copy.bytes, source);
    ASSERT_EQ(again.blocks.size(), plan.document->blocks.size());
    std::multiset<std::pair<int, std::string>> got;
    std::map<std::string, std::string> fixed;  // anchored text now -> it was
    for (const auto& [id, anchor] : source.comments) {
      ASSERT_TRUE(anchor.started && anchor.ended) << id;
      ASSERT_EQ(anchor.first_block, anchor.last_block) << id;
      const Block& block = again.blocks[anchor.first_block];
      got.insert({block.line, block.text.substr(anchor.first_offset,
                                                anchor.last_offset - anchor.first_offset)});
    }
    // A tracked change reads as its fix: those anchors hold the fix, the others the original.
    std::multiset<std::pair<int, std::string>> missing;
    std::set_difference(want.begin(), want.end(), got.begin(), got.end(),
                        std::inserter(missing, missing.end()));
    EXPECT_LE(static_cast<int>(missing.size()), copy.changes);
    EXPECT_LE(copy.changes, fixes);
    EXPECT_EQ(got.size(), want.size());
    // The paragraphs outside the changes read exactly as before.
    int differing = 0;
    for (std::size_t i = 0; i < again.blocks.size(); ++i)
      differing += again.blocks[i].text != plan.document->blocks[i].text;
    EXPECT_LE(differing, copy.changes);
  }
}

const std::string kBody =
    "<w:p><w:r><w:t>松江区公共法律服务体系建设规划</w:t></w:r></w:p>"
    "<w:p><w:commentRangeStart w:id=\"5\"/><w:r><w:t>加强法制建设。</w:t></w:r>"
    "<w:commentRangeEnd w:id=\"5\"/><w:r><w:commentReference w:id=\"5\"/></w:r></w:p>";
const std::string kTheirs =
    "<w:comment w:id=\"5\" w:author=\"同事\"><w:p><w:r><w:t>请核对。</w:t></w:r></w:p></w:comment>";

Result Gap(std::string rule, Severity level, int line, int column, std::string message,
           std::string evidence = "") {
  Result r;
  r.rule = std::move(rule);
  r.status = Status::kFail;
  r.level = level;
  r.location = {line, column, ""};
  r.message = std::move(message);
  r.evidence = std::move(evidence);
  r.basis = "《党政机关公文格式》（GB/T 9704-2012）";
  return r;
}

// A typo with its fix on ¶2 and a whole-plan finding, as the engine gives them.
CheckedPlan HandMade(const std::string& path) {
  Result typo =
      Gap("drafting.typo.fazhi", Severity::kWarning, 2, 3, "“法制”应为“法治”", "加强法制建设。");
  typo.hit_at = 6;
  typo.hit_length = 6;
  typo.fix = "法治";
  typo.suggestion = "改为“法治”";
  CheckedPlan plan;
  plan.document = std::make_shared<Document>(ParseDocx(path, ReadFileBytes(path)));
  plan.report.document = plan.document.get();
  plan.report.results = {typo,
                         Gap("national.section.goals", Severity::kError, 0, 0, "缺少发展目标")};
  plan.accepted.assign(2, false);
  return plan;
}

TEST(AnnotateCopy, TheirCommentsStayAndOursGetFreshIds) {
  const std::string input = testing::CommentedDocx(kBody, kTheirs);
  const std::string path = TempFile("annotate-theirs.docx", input);
  const report::AnnotatedCopy copy = report::RenderAnnotatedCopy(HandMade(path), Options(), true);
  EXPECT_EQ(copy.comments, 2);
  EXPECT_EQ(copy.changes, 1);
  const std::string comments = testing::PartOf(copy.bytes, "word/comments.xml");
  pugi::xml_document xml;
  ASSERT_TRUE(xml.load_string(comments.c_str()));
  std::set<std::string> ids;
  for (const auto& c : xml.select_nodes("//w:comment"))
    ids.insert(c.node().attribute("w:id").value());
  EXPECT_EQ(ids.size(), 3u);
  EXPECT_TRUE(ids.count("5"));
  EXPECT_NE(comments.find("请核对。"), std::string::npos);
  EXPECT_NE(comments.find("规则：drafting.typo.fazhi"), std::string::npos);  // --annotate-ids
  EXPECT_EQ(
      xml.select_nodes("//w:comment[@w:author='plancheck'][@w:date='2025-03-04T00:00:00Z']").size(),
      2u);
  // Everything else as it was; the types and relationships already named comments.xml.
  for (const auto& [name, bytes] : testing::UnzipAll(input)) {
    if (name == "word/document.xml" || name == "word/comments.xml") continue;
    EXPECT_EQ(testing::PartOf(copy.bytes, name), bytes) << name;
  }
  // The whole-plan finding sits on the title; the typo on 法制, as a tracked change.
  docx::DocxSource source;
  const Document again = docx::ParseDocxWithSource("copy.docx", copy.bytes, source);
  EXPECT_EQ(again.blocks[1].text, "加强法治建设。");
  int on_title = 0;
  for (const auto& [id, a] : source.comments) on_title += a.first_block == 0 && id != "5";
  EXPECT_EQ(on_title, 1);
  std::filesystem::remove(path);
}

TEST(AnnotateCopy, WithoutCommentsItAddsThePartItsTypeAndItsRelationship) {
  const std::string input = testing::CommentedDocx(
      "<w:p><w:r><w:t>标题</w:t></w:r></w:p><w:p><w:r><w:t>加强法制建设。</w:t></w:r></w:p>");
  const std::string path = TempFile("annotate-none.docx", input);
  const report::AnnotatedCopy copy = report::RenderAnnotatedCopy(HandMade(path), Options(), false);
  EXPECT_NE(testing::PartOf(copy.bytes, "[Content_Types].xml").find("/word/comments.xml"),
            std::string::npos);
  EXPECT_NE(
      testing::PartOf(copy.bytes, "word/_rels/document.xml.rels").find("Target=\"comments.xml\""),
      std::string::npos);
  EXPECT_EQ(testing::PartOf(copy.bytes, "docProps/custom.bin"),
            testing::PartOf(input, "docProps/custom.bin"));
  EXPECT_EQ(testing::PartOf(copy.bytes, "word/comments.xml").find("drafting."), std::string::npos);
  std::filesystem::remove(path);
}

TEST(AnnotateCopy, APlanThatIsNoDocxBecomesANewDocxWithTheSameComments) {
  const auto book = LoadRulebook({});
  const std::string path = testing::CorpusPath("shanghai-putuo-2020-2022");
  const CheckedPlan plan = Checked(*book, LoadDocument(path));
  const report::AnnotatedCopy copy = report::RenderAnnotatedCopy(plan, Options(), false);
  EXPECT_EQ(copy.comments, GapCount(plan));
  docx::DocxSource source;
  const Document again = docx::ParseDocxWithSource("copy.docx", copy.bytes, source);
  ASSERT_EQ(again.blocks.size(), plan.document->blocks.size());
  EXPECT_EQ(static_cast<int>(source.comments.size()), copy.comments);
  int same = 0;
  for (std::size_t i = 0; i < again.blocks.size(); ++i)
    same += again.blocks[i].text == plan.document->blocks[i].text;
  EXPECT_GE(same + copy.changes, static_cast<int>(again.blocks.size()));
  EXPECT_NE(testing::PartOf(copy.bytes, "word/document.xml").find("GongwenTitle"),
            std::string::npos);
}

}  // namespace
}  // namespace plancheck
