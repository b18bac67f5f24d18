#pragma once
// What the fuzz targets share: the bundled rulebook (loaded once per process, as every `check`
// loads it), a small plan to apply fuzzed settings to, the renderers, and seed writing.
//
// Errors: a target catches only the error types plancheck documents for its entry point
// (InputError for a document, RuleError for a rule pack, UsageError for a config or a baseline),
// each of which the command line turns into a message naming the file and the place. Any other
// exception escapes LLVMFuzzerTestOneInput and aborts at the throw site, which libFuzzer reports
// as a crash with the stack of the throw: the command line's last-resort `catch (std::exception)`
// would print only what() ("stod") with exit 2, naming no file, line or fix.
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "checker/cli/baseline.h"
#include "checker/document/document.h"
#include "checker/engine/evaluate.h"
#include "checker/indicators/indicator.h"
#include "checker/report/report.h"
#include "checker/rulebook/rulebook.h"

namespace plancheck::fuzz {

inline std::string AsString(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

// The bundled packs, validated and compiled once.
inline const Rulebook& BuiltinRulebook() {
  static const std::shared_ptr<const Rulebook> book = LoadRulebook(RulebookOptions{});
  return *book;
}

// Every bundled rule, sorted by id (CheckRun::rules, what config patterns are matched against).
inline const std::vector<RuleInfo>& BuiltinRules() {
  static const std::vector<RuleInfo> rules = [] {
    std::vector<RuleInfo> all = ListRules(BuiltinRulebook());
    std::sort(all.begin(), all.end(),
              [](const RuleInfo& a, const RuleInfo& b) { return a.id < b.id; });
    return all;
  }();
  return rules;
}

// A small county plan with a title, 发文字号, period, outline, an indicator table, prose targets
// and a few gaps (a typo, doubled punctuation): what the config and baseline targets apply their
// settings to, and a seed for the text targets.
inline constexpr std::string_view kSamplePlan =
    "上海市松江区人民政府办公室关于印发《松江区公共法律服务体系建设规划（2021—2025年）》的通知\n"
    "松府办发〔2021〕12号\n"
    "\n"
    "松江区公共法律服务体系建设规划（2021—2025年）\n"
    "\n"
    "为贯彻落实《中华人民共和国法律援助法》和《全国公共法律服务体系建设规划（2021—2025年）》，"
    "结合本区实际，制定本规划。\n"
    "\n"
    "一、发展基础\n"
    "“十三五”时期，全区公共法律服务体系建设取得明显成效，建成区、街镇、村居三级平台。\n"
    "\n"
    "二、主要目标\n"
    "到2025年，值班律师法律帮助覆盖率达到100%，每万人拥有律师数达到3名以上，"
    "法律援助案件数增长10%。\n"
    "\n"
    "表1 “十四五”时期公共法律服务主要指标\n"
    "\n"
    "\t指标\n"
    "\t2020年\n"
    "\t2025年\n"
    "\t属性\n"
    "\n"
    "\t法律援助覆盖率（%）\n"
    "\t90\n"
    "\t100\n"
    "\t约束性\n"
    "\n"
    "\t每十万人口律师数（名）\n"
    "\t12\n"
    "\t≥18\n"
    "\t预期性\n"
    "\n"
    "三、主要任务\n"
    "（一）推进公共法律服务平台建设。开通12348热线，推进开展公正法律顾问服务。。\n"
    "（二）深化法治宣传教育。实施“八五”普法规划。\n"
    "专栏1 重点工程\n"
    "1.村居法律顾问全覆盖工程。\n"
    "四、保障措施\n"
    "加强组织领导，落实经费保障，强化督查考核。\n";

// An input refused with a documented error. With PLANCHECK_FUZZ_VERBOSE set (to see why seeds or
// reproducers are refused: `PLANCHECK_FUZZ_VERBOSE=1 fuzz_x FILE`) the message is printed.
inline void Refused(const std::exception& e) {
  static const bool verbose = std::getenv("PLANCHECK_FUZZ_VERBOSE") != nullptr;
  if (verbose) std::fprintf(stderr, "refused: %s\n", e.what());
}

[[noreturn]] inline void Broken(const char* what, long a, long b) {
  std::fprintf(stderr, "broken invariant: %s (%ld, %ld)\n", what, a, b);
  std::abort();
}

// What document.h, block.h and outline.h promise of a loaded Document: blocks in document order
// within the document, the offset maps one entry longer than their text, headings and blocks that
// point at each other, parents before children.
inline void CheckDocument(const Document& doc) {
  const long blocks = static_cast<long>(doc.blocks.size());
  const long headings = static_cast<long>(doc.outline.headings.size());
  int previous = 0;
  for (const Block& block : doc.blocks) {
    if (block.line < previous) Broken("blocks out of line order", previous, block.line);
    if (block.line < 1 || block.line > doc.line_count) {
      Broken("block line outside the document", block.line, doc.line_count);
    }
    previous = block.line;
    if (block.text_to_raw.size() != block.text.size() + 1) {
      Broken("text_to_raw is not text.size()+1 entries",
             static_cast<long>(block.text_to_raw.size()), static_cast<long>(block.text.size()));
    }
    if (block.norm_to_text.size() != block.norm.size() + 1) {
      Broken("norm_to_text is not norm.size()+1 entries",
             static_cast<long>(block.norm_to_text.size()), static_cast<long>(block.norm.size()));
    }
    if (block.heading < -1 || block.heading >= headings) {
      Broken("block's heading out of range", block.heading, headings);
    }
    if (block.table < -1 || block.table >= static_cast<long>(doc.tables.size())) {
      Broken("block's table out of range", block.table, static_cast<long>(doc.tables.size()));
    }
  }
  for (long h = 0; h < headings; ++h) {
    const Heading& heading = doc.outline.headings[static_cast<std::size_t>(h)];
    if (heading.block < 0 || heading.block >= blocks) {
      Broken("heading's block out of range", heading.block, blocks);
    }
    if (heading.parent < -1 || heading.parent >= h)
      Broken("heading's parent not before it", heading.parent, h);
    (void)doc.outline.Path(static_cast<int>(h));
  }
}

inline std::shared_ptr<Document> ParsePlan(const std::string& path, std::string_view text) {
  return std::make_shared<Document>(ParseText(path, std::string(text), "UTF-8"));
}

// One plan checked with the bundled rules, as `check` does it (no config, no baseline).
inline report::CheckedPlan CheckPlan(std::shared_ptr<const Document> document) {
  report::CheckedPlan plan;
  plan.document = document;
  plan.report = Evaluate(BuiltinRulebook(), *document, ExtractIndicators(*document));
  plan.accepted.assign(plan.report.results.size(), false);
  return plan;
}

inline report::CheckRun RunOf(std::vector<report::CheckedPlan> plans) {
  report::CheckRun run;
  run.version = "0.0.0-fuzz";
  run.rules = BuiltinRules();
  run.plans = std::move(plans);
  return run;
}

// --NAME=VALUE among LLVMFuzzerInitialize's arguments (libFuzzer ignores flags that start with
// "--"), every occurrence in order.
inline std::vector<std::string> FlagValues(int argc, char** argv, std::string_view name) {
  std::vector<std::string> values;
  const std::string prefix = "--" + std::string(name) + "=";
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg(argv[i]);
    if (arg.starts_with(prefix)) values.emplace_back(arg.substr(prefix.size()));
  }
  return values;
}

inline void WriteSeed(const std::string& dir, const std::string& name, std::string_view bytes) {
  std::filesystem::create_directories(dir);
  std::ofstream out(std::filesystem::path(dir) / name, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) {
    std::fprintf(stderr, "cannot write seed %s/%s\n", dir.c_str(), name.c_str());
    std::exit(1);
  }
}

inline std::string ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace plancheck::fuzz
