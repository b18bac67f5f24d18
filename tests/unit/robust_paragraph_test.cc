// Long paragraphs (a plan saved as one line, a .docx paragraph of 200 KB) cost memory and time in
// proportion to their length, and absurd numbers are no exception. Robustness issue items 5, 6, 9.
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "checker/cli/checking.h"
#include "checker/decode/decoded_text.h"
#include "checker/decode/utf8.h"
#include "checker/document/document.h"
#include "checker/engine/checks/pairs_check.h"
#include "checker/engine/checks/units.h"
#include "checker/indicators/indicator.h"
#include "checker/indicators/numbers.h"
#include "checker/indicators/quantity.h"
#include "checker/report/report.h"
#include "checker/rulebook/evidence.h"
#include "test_paths.h"

extern char** environ;

namespace plancheck {
namespace {

constexpr std::string_view kTitle = "松江区公共法律服务体系建设三年规划\n";
constexpr std::string_view kTargetSeed = "公共法律服务体系建设覆盖率达到100%，";  // the OOM repro's
constexpr std::string_view kTypoSeed = "推进公正处建设，";  // the slow repro's: 8 code points

std::string Fixture(const std::string& name) {
  return testing::SourcePath("tests/fixtures/robust/paragraphs/" + name);
}

// The seed repeated, whole, up to `bytes`.
std::string Repeated(std::string_view seed, std::size_t bytes) {
  std::string out;
  out.reserve(bytes);
  while (out.size() + seed.size() <= bytes) out += seed;
  return out;
}

std::string OneLinePlan(std::string_view seed, std::size_t bytes) {
  return std::string(kTitle) + Repeated(seed, bytes) + "\n";
}

// A file in the test's temporary folder, removed when the test is done with it.
class TempFile {
 public:
  TempFile(const std::string& name, const std::string& content)
      : path_((std::filesystem::path(::testing::TempDir()) /
               ("robust-paragraph-" + std::to_string(getpid()) + "-" + name))
                  .string()) {
    std::ofstream(path_, std::ios::binary) << content;
  }
  ~TempFile() { std::filesystem::remove(path_); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

report::CheckRun CheckFile(const std::string& path) {
  cli::CheckRequest request;
  request.files = {path};
  return cli::CheckPlans(request);
}

Document ParseString(const std::string& text) {
  const DecodedText decoded = Decode(text, "plan.txt");
  return ParseText("plan.txt", decoded.utf8, decoded.encoding);
}

// Before: every one of ~4000 targets kept its whole 200 KB sentence (809 MB of JSON, 3.4 GB).
void ExpectBoundedReport(const report::CheckRun& run) {
  ASSERT_EQ(run.plans.size(), 1u);
  ASSERT_TRUE(run.failures.empty());
  const DocumentReport& report = run.plans[0].report;
  ASSERT_GT(report.indicators.items.size(), 1000u);  // the repeated target is read every time
  std::size_t evidence_bytes = 0;
  for (const Indicator& ind : report.indicators.items) {
    evidence_bytes += ind.evidence.size();
    EXPECT_LE(utf8::CodePoints(ind.evidence), 240u + 2u) << ind.line << ":" << ind.column;
    EXPECT_LE(utf8::CodePoints(ind.name), 400u) << ind.line << ":" << ind.column;
  }
  for (const Result& r : report.results) {
    evidence_bytes += r.evidence.size();
    EXPECT_LE(utf8::CodePoints(r.evidence), 120u + 2u) << r.rule;
  }
  EXPECT_LT(evidence_bytes, 4u * 1024 * 1024);
  EXPECT_LT(report::RenderJson(run, report::RenderOptions{}).size(), 8u * 1024 * 1024);
}

TEST(RobustParagraph, OneLinePlanHasBoundedReport) {
  const TempFile plan("one-line-200kb.txt", OneLinePlan(kTargetSeed, 200 * 1024));
  ExpectBoundedReport(CheckFile(plan.path()));
}

TEST(RobustParagraph, DocxParagraphHasBoundedReport) {
  ExpectBoundedReport(CheckFile(Fixture("oom-quadratic-docx-one-paragraph-200kb.docx")));
}

struct ChildRun {
  int status = -1;      // wait status
  long max_rss_kb = 0;  // of the child alone
};

// Runs the plancheck binary with `args`, output to /dev/null, and reads its peak memory.
ChildRun RunBinary(const std::vector<std::string>& args) {
  std::vector<std::string> argv_strings = {PLANCHECK_BINARY};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& s : argv_strings) argv.push_back(s.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  ChildRun run;
  const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) return run;
  rusage usage{};
  if (wait4(pid, &run.status, 0, &usage) == pid) run.max_rss_kb = usage.ru_maxrss;
  return run;
}

// Under AddressSanitizer the figure means nothing: its shadow memory inflates every process, and
// ru_maxrss carries over the spawning test binary's own high-water mark across exec (posix_spawn
// shares its memory until then), which ASan makes about 1 GB. The bound is checked in the normal
// build; the sanitizer build still checks the exit status.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

// Before: 3.4 GB for `check --format json` and 800 MB for `indicators`; now tens of MB.
TEST(RobustParagraph, BinaryPeakMemoryIsBounded) {
  const TempFile txt("rss-200kb.txt", OneLinePlan(kTargetSeed, 200 * 1024));
  const std::string docx = Fixture("oom-quadratic-docx-one-paragraph-200kb.docx");
  for (const std::string& file : {txt.path(), docx}) {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"check", file, "--format", "json"},
          std::vector<std::string>{"indicators", file}}) {
      const ChildRun run = RunBinary(args);
      ASSERT_TRUE(WIFEXITED(run.status)) << args[0] << " " << file;
      EXPECT_LE(WEXITSTATUS(run.status), 1) << args[0] << " " << file;
      if (!kSanitized) {
        EXPECT_LT(run.max_rss_kb, 512L * 1024) << args[0] << " " << file;
      }
    }
  }
}

// A 1 MB paragraph with 43690 typos completes (it took minutes when each hit re-read the
// paragraph from its start), and every hit is at its own column.
TEST(RobustParagraph, ManyHitsInOneMegabyteParagraphKeepTheirColumns) {
  const TempFile plan("typos-1mb.txt", OneLinePlan(kTypoSeed, 1024 * 1024));
  const report::CheckRun run = CheckFile(plan.path());
  ASSERT_EQ(run.plans.size(), 1u);
  std::vector<int> columns;
  for (const Result& r : run.plans[0].report.results) {
    if (r.rule != "drafting.typo.confusables" || r.status != Status::kFail) continue;
    EXPECT_EQ(r.location.line, 2);
    EXPECT_LE(utf8::CodePoints(r.evidence), 122u);
    columns.push_back(r.location.column);
  }
  const std::size_t copies = 1024 * 1024 / kTypoSeed.size();
  ASSERT_EQ(columns.size(), copies);
  std::sort(columns.begin(), columns.end());
  // 公正处 is code point 2 of copy i: column 8 i + 3.
  for (std::size_t i = 0; i < copies; ++i) {
    ASSERT_EQ(columns[i], static_cast<int>(8 * i + 3)) << "copy " << i;
  }
}

// Columns of a long block come from an index; they agree with counting from the start.
TEST(RobustParagraph, ColumnIndexAgreesWithCounting) {
  Block block;
  for (int i = 0; block.raw.size() < 300000; ++i) block.raw += i % 7 == 0 ? "a" : "字𠀀";
  block.text = block.raw;
  for (std::size_t i = 0; i <= block.raw.size(); ++i) {
    block.text_to_raw.push_back(static_cast<std::uint32_t>(i));
  }
  const Block copy = block;
  Block moved = Block(block);
  for (std::size_t offset = 0; offset <= block.raw.size(); offset += 997) {
    const int expected = static_cast<int>(utf8::CodePoints(block.raw, offset)) + 1;
    ASSERT_EQ(block.ColumnOfText(offset), expected) << offset;
    ASSERT_EQ(copy.ColumnOfText(offset), expected) << offset;
    ASSERT_EQ(moved.ColumnOfText(offset), expected) << offset;
  }
  EXPECT_EQ(block.ColumnOfText(block.raw.size()),
            static_cast<int>(utf8::CodePoints(block.raw)) + 1);
}

// The evidence functions as they were, reading the paragraph from its start: the reference.
bool EndsSentence(char32_t cp) {
  return cp == U'。' || cp == U'！' || cp == U'？' || cp == U'；' || cp == U'!' || cp == U'?' ||
         cp == U';';
}

bool IsTrimmed(char32_t cp) {
  return cp == U' ' || cp == U'\t' || cp == U'\u3000' || cp == U'\u00A0' || cp == U'”' ||
         cp == U'’' || cp == U'」' || cp == U'』';
}

std::pair<std::size_t, std::size_t> ReferenceBounds(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t begin = 0;
  std::size_t end = text.size();
  for (std::size_t pos = 0; pos < text.size();) {
    if (!EndsSentence(utf8::Next(text, pos))) continue;
    if (pos <= offset) {
      begin = pos;
    } else {
      end = pos;
      break;
    }
  }
  while (end < text.size()) {
    std::size_t pos = end;
    const char32_t cp = utf8::Next(text, pos);
    if (cp != U'”' && cp != U'’' && cp != U'）' && cp != U')') break;
    end = pos;
  }
  return {begin, end};
}

std::string ReferenceSentenceAt(std::string_view text, std::size_t offset, std::size_t max_cp) {
  auto [begin, end] = ReferenceBounds(text, offset);
  while (begin < end) {
    std::size_t pos = begin;
    if (!IsTrimmed(utf8::Next(text, pos))) break;
    begin = pos;
  }
  std::string_view sentence = utf8::Trim(text.substr(begin, end - begin));
  const std::size_t count = utf8::CodePoints(sentence);
  if (count <= max_cp) return std::string(sentence);
  const std::size_t at = utf8::CodePoints(sentence, offset > begin ? offset - begin : 0);
  std::size_t first = at > max_cp / 2 ? at - max_cp / 2 : 0;
  first = std::min(first, count - max_cp);
  const std::size_t from = utf8::ByteOffset(sentence, first);
  const std::size_t to = utf8::ByteOffset(sentence, first + max_cp);
  std::string out = first > 0 ? "…" : "";
  out += sentence.substr(from, to - from);
  if (first + max_cp < count) out += "…";
  return out;
}

// Pseudo-random text of marks, quotes, spaces and words; never two trimmed characters in a row
// (a run of them longer than half the window is the one case where the bounded walk may place
// the window differently).
std::string RandomText(unsigned seed, std::size_t code_points) {
  static const std::vector<std::string> kWords = {"字", "文", "a", "1", "“", "（", "）", ")"};
  static const std::vector<std::string> kMarks = {"。", "！", "？", "；", "!", "?", ";"};
  static const std::vector<std::string> kTrimmed = {" ", "\u3000", "”", "’", "」"};
  std::string out;
  bool last_trimmed = false;
  for (std::size_t i = 0; i < code_points; ++i) {
    seed = seed * 1103515245u + 12345u;
    const unsigned r = (seed >> 8) % 100;
    if (r < 2) {
      out += kMarks[(seed >> 20) % kMarks.size()];
      last_trimmed = false;
    } else if (r < 12 && !last_trimmed) {
      out += kTrimmed[(seed >> 20) % kTrimmed.size()];
      last_trimmed = true;
    } else {
      out += kWords[(seed >> 20) % kWords.size()];
      last_trimmed = false;
    }
  }
  return out;
}

TEST(RobustParagraph, BoundedSentenceWalkMatchesTheFullOne) {
  for (unsigned seed = 1; seed <= 40; ++seed) {
    const std::string text = RandomText(seed, 700);
    for (std::size_t offset = 0; offset <= text.size(); ++offset) {
      if (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) {
        continue;
      }
      ASSERT_EQ(SentenceBounds(text, offset), ReferenceBounds(text, offset))
          << "seed " << seed << " offset " << offset;
      for (const std::size_t max_cp : {120u, 20u, 5u}) {
        ASSERT_EQ(SentenceAt(text, offset, max_cp), ReferenceSentenceAt(text, offset, max_cp))
            << "seed " << seed << " offset " << offset << " max " << max_cp;
      }
    }
  }
}

TEST(RobustParagraph, SentenceWithoutFullStopIsCutAtItsReach) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "字";
  const std::size_t middle = 5000 * 3;
  const auto [begin, end] = SentenceBounds(text, middle);
  EXPECT_EQ(middle - begin, kMaxSentenceReach * 3);
  EXPECT_EQ(end - middle, kMaxSentenceReach * 3);
  std::string window;
  for (int i = 0; i < 120; ++i) window += "字";
  EXPECT_EQ(SentenceAt(text, middle), "…" + window + "…");
}

// A sentence of 6600 code points is read in pieces cut at its commas: no target is lost, and
// none keeps more than a window of the sentence as evidence.
TEST(RobustParagraph, LongSentenceKeepsEveryTarget) {
  std::string plan = std::string(kTitle) + "到2025年，";
  for (int i = 0; i < 600; ++i) plan += "调解成功率达到95%，";
  const Document doc = ParseString(plan + "\n");
  const Indicators found = ExtractIndicators(doc);
  ASSERT_EQ(found.items.size(), 600u);
  for (const Indicator& ind : found.items) {
    EXPECT_EQ(ind.name, "调解成功率");
    EXPECT_EQ(ind.value, 95);
    EXPECT_LE(utf8::CodePoints(ind.evidence), 242u);
  }
  EXPECT_EQ(found.items.front().year, 2025);
}

TEST(RobustParagraph, NumbersParseWithoutExceptions) {
  const std::string digits400 = "1" + std::string(399, '0');
  EXPECT_EQ(indicators::ParseInt("2025"), 2025);
  EXPECT_EQ(indicators::ParseInt("99999999999"), std::nullopt);
  EXPECT_EQ(indicators::ParseInt(digits400), std::nullopt);
  EXPECT_EQ(indicators::ParseInt(""), std::nullopt);
  EXPECT_EQ(indicators::ParseInt("12a"), std::nullopt);
  EXPECT_EQ(indicators::ParseDecimal("12.5"), 12.5);
  EXPECT_EQ(indicators::ParseDecimal(digits400), std::nullopt);
  EXPECT_EQ(indicators::ParseDecimal("1e999"), std::nullopt);
  EXPECT_EQ(indicators::ParseDecimal("inf"), std::nullopt);
  EXPECT_EQ(indicators::FindQuantities(digits400 + "%").size(), 0u);
  EXPECT_EQ(checks::ParseUnit("次/" + digits400 + "万人"), std::nullopt);
  const std::optional<checks::Unit> rate = checks::ParseUnit("件/10万人");
  ASSERT_TRUE(rate);
  EXPECT_EQ(rate->per_people, 100000);
}

// The repro aborted the whole run with "stod"; now the plan is checked and reported.
TEST(RobustParagraph, HugeUnitNumberIsChecked) {
  const std::string path = Fixture("uncaught-stod-out-of-range-unit.txt");
  const report::CheckRun run = CheckFile(path);
  ASSERT_EQ(run.plans.size(), 1u);
  EXPECT_TRUE(run.failures.empty());
  const ChildRun child = RunBinary({"check", path});
  ASSERT_TRUE(WIFEXITED(child.status));
  EXPECT_LE(WEXITSTATUS(child.status), 1);
}

TEST(RobustParagraph, AbsurdNumbersGiveNoIndicatorAndNoException) {
  const std::string digits400 = "1" + std::string(399, '0');
  const std::string plan = std::string(kTitle) + "（2023-99999999999）\n" +
                           "到99999999999年，调解成功率达到" + digits400 + "%。\n" +
                           "较99999999999年增长1e999%，覆盖率达到" + digits400 + ".5%。\n" +
                           "\n附件\n\n\t指标\n\t单位\n\t2025年\n\n\t覆盖率\n\t件/" + digits400 +
                           "万人\n\t" + digits400 + "\n";
  const TempFile file("absurd-numbers.txt", plan);
  report::CheckRun run;
  ASSERT_NO_THROW(run = CheckFile(file.path()));
  ASSERT_EQ(run.plans.size(), 1u);
  EXPECT_TRUE(run.failures.empty());
  for (const Indicator& ind : run.plans[0].report.indicators.items) {
    EXPECT_LT(ind.value, 1e300) << ind.name;
    EXPECT_NE(ind.name, "调解成功率");
  }
}

// Unclosed 《 by the thousand and closing ） without partners: each is one problem, and finding
// that a ） has no partner no longer walks every open mark.
TEST(RobustParagraph, ManyUnpairedMarksAreEachFound) {
  std::string text;
  for (int i = 0; i < 50000; ++i) text += "《";
  for (int i = 0; i < 50000; ++i) text += "）";
  const std::vector<checks::PairsCheck::Problem> problems = checks::PairsCheck::Scan(text);
  ASSERT_EQ(problems.size(), 100000u);
  EXPECT_TRUE(problems.front().unclosed);
  EXPECT_EQ(problems.front().mark, "《");
  EXPECT_FALSE(problems.back().unclosed);
  EXPECT_EQ(problems.back().mark, "）");
}

}  // namespace
}  // namespace plancheck

namespace plancheck {
namespace {

// A line of 60,000 markdown bold markers: every artefact keeps its own column (the artefact
// stripper counts each from the last, not from the line's start).
TEST(RobustParagraph, ManyArtefactsOnOneLineKeepTheirColumns) {
  std::string line;
  for (int i = 0; i < 30000; ++i) line += "**粗**";
  const Document doc = ParseText("bold.md", "标题\n" + line + "\n", "UTF-8");
  std::size_t bold = 0;
  for (const Artefact& a : doc.artefacts) {
    if (a.kind != Artefact::Kind::kBold) continue;
    // "**粗**" is 5 code points: markers at 1, 4, 6, 9, 11, …
    const int expected = static_cast<int>(bold / 2) * 5 + (bold % 2 == 0 ? 1 : 4);
    ASSERT_EQ(a.pos.column, expected) << "marker " << bold;
    ++bold;
  }
  EXPECT_EQ(bold, 60000u);
}

}  // namespace
}  // namespace plancheck
