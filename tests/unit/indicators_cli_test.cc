// `plancheck indicators FILE [--format text|json|csv]`, run as a user runs it.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "tests/unit/test_paths.h"

namespace plancheck {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

struct CommandRun {
  std::string out;
  int exit_code = -1;
};

CommandRun Plancheck(const std::string& args) {
  const std::string command = std::string(PLANCHECK_BINARY) + " " + args + " 2>/dev/null";
  FILE* pipe = popen(command.c_str(), "r");
  CommandRun run;
  if (pipe == nullptr) return run;
  char buffer[4096];
  while (std::fgets(buffer, sizeof buffer, pipe) != nullptr) run.out += buffer;
  const int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

std::string Songjiang() { return testing::CorpusPath("shanghai-songjiang-2023-2025"); }

TEST(IndicatorsCommand, JsonHasTheContractFields) {
  const CommandRun run = Plancheck("indicators --format json " + Songjiang());
  ASSERT_EQ(run.exit_code, 0);
  const nlohmann::json json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json.at("path"), Songjiang());
  const nlohmann::json& items = json.at("indicators");
  ASSERT_GE(items.size(), 26u);
  for (const char* field : {"name", "category", "op", "value", "value_max", "unit", "nature",
                            "baseline", "baseline_year", "year", "source", "line", "kind"}) {
    EXPECT_TRUE(items[0].contains(field)) << field;
  }
  // The annex row at line 255: 每十万人 180 件, normalised to 18 per 10,000.
  const auto row = std::find_if(items.begin(), items.end(), [](const nlohmann::json& i) {
    return i["line"] == 255 && i["source"] == "table";
  });
  ASSERT_NE(row, items.end());
  EXPECT_EQ((*row)["value"], 180);
  EXPECT_EQ((*row)["normalised"], 18);
  EXPECT_EQ((*row)["category"], "法律援助");
  EXPECT_EQ((*row)["nature"], "预期性");
  EXPECT_EQ((*row)["year"], 2025);
}

TEST(IndicatorsCommand, JsonMarksInferredUnits) {
  const CommandRun run = Plancheck("indicators --format json " +
                                   testing::CorpusPath("sichuan-leshan-wutongqiao-2021-2025"));
  ASSERT_EQ(run.exit_code, 0);
  const nlohmann::json items = nlohmann::json::parse(run.out).at("indicators");
  const auto row = std::find_if(items.begin(), items.end(),
                                [](const nlohmann::json& i) { return i["line"] == 68; });
  ASSERT_NE(row, items.end());
  EXPECT_EQ((*row)["unit"], "%");
  EXPECT_EQ((*row)["unit_inferred"], true);
  EXPECT_EQ((*row)["baseline"], 0);
  EXPECT_EQ((*row)["baseline_year"], 2020);
}

TEST(IndicatorsCommand, TextIsATable) {
  const CommandRun run = Plancheck("--lang en indicators " + Songjiang());
  ASSERT_EQ(run.exit_code, 0);
  EXPECT_THAT(run.out, HasSubstr("line  source target"));
  EXPECT_THAT(run.out, HasSubstr("律师 › 律所境外分支机构数量"));
  EXPECT_THAT(run.out, HasSubstr("1–2 家"));
  EXPECT_THAT(run.out, HasSubstr("> 99%"));
}

TEST(IndicatorsCommand, CsvHasABomAndOneRowPerIndicator) {
  const CommandRun run = Plancheck("indicators --format csv " + Songjiang());
  ASSERT_EQ(run.exit_code, 0);
  EXPECT_THAT(run.out, StartsWith("\xEF\xBB\xBFpath,line,column,source,kind,category,name,op"));
  const CommandRun json = Plancheck("indicators --format json " + Songjiang());
  const std::size_t items = nlohmann::json::parse(json.out).at("indicators").size();
  std::size_t rows = 0;
  for (const char c : run.out) rows += c == '\n' ? 1 : 0;
  EXPECT_EQ(rows, items + 1);
  EXPECT_THAT(run.out, HasSubstr("\r\n"));
}

TEST(IndicatorsCommand, ErrorsHaveTheirExitCodes) {
  EXPECT_EQ(Plancheck("indicators --format yaml " + Songjiang()).exit_code, 2);
  EXPECT_EQ(Plancheck("indicators /nonexistent/plan.txt").exit_code, 3);
  EXPECT_EQ(
      Plancheck("indicators " + testing::SourcePath("tests/fixtures/decode/binary.bin")).exit_code,
      3);
}

}  // namespace
}  // namespace plancheck
