// plancheck rules list|show|lint|test|coverage|doc: what the rulebook holds, where it applies,
// whether its packs are sound, and which provinces have packs of their own.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "checker/cli/commands.h"
#include "checker/cli/lang.h"
#include "checker/cli/output_file.h"
#include "checker/cli/rules_coverage.h"
#include "checker/cli/rules_doc.h"
#include "checker/cli/usage_error.h"
#include "checker/document/document.h"
#include "checker/engine/self_test.h"
#include "checker/formats/format.h"
#include "checker/report/common.h"
#include "checker/rulebook/rulebook.h"
#include "checker/rulebook/rulebook_impl.h"

namespace plancheck::cli {
namespace {

struct RulesOptions {
  std::vector<std::string> dirs;
  bool no_builtin = false;
  std::string format = "text";
  std::string for_file;
  std::string id;
  std::string dir;  // lint/test: only this folder's packs
  std::string out;  // doc: the folder the reference is written to
  bool verbose = false;
};

void AddRulebookOptions(CLI::App* cmd, RulesOptions& o) {
  cmd->add_option("--rules", o.dirs,
                  "Add the packs in DIR (a rule with a bundled rule's id replaces it)");
  cmd->add_flag("--no-builtin-rules", o.no_builtin, "Use only the packs given with --rules");
}

std::shared_ptr<const Rulebook> Load(const RulesOptions& o, Lang lang) {
  RulebookOptions options;
  options.extra_dirs = o.dirs;
  options.builtin = !o.no_builtin;
  if (!options.builtin && options.extra_dirs.empty()) {
    throw UsageError(Tr(lang, "--no-builtin-rules 需要至少一个 --rules 文件夹",
                        "--no-builtin-rules needs at least one --rules DIR"));
  }
  return LoadRulebook(options);
}

// lint and test: a folder given -> only its packs; none -> the bundled packs.
std::shared_ptr<const Rulebook> LoadForLint(const RulesOptions& o, Lang lang) {
  RulesOptions only = o;
  if (!o.dir.empty()) {
    only.dirs = {o.dir};
    only.no_builtin = true;
  }
  return Load(only, lang);
}

std::string LevelCounts(const Rulebook& book, const Pack& pack, Lang lang) {
  std::map<Severity, int> counts;
  for (const int r : pack.rules) ++counts[book.rules[static_cast<std::size_t>(r)].spec.level];
  std::string out;
  for (const Severity s : {Severity::kError, Severity::kWarning, Severity::kInfo}) {
    if (counts[s] == 0) continue;
    out += (out.empty() ? "" : Tr(lang, "，", ", ")) +
           std::string(lang == Lang::kZh ? report::LevelLabel(s, lang) : ToString(s)) + " " +
           std::to_string(counts[s]);
  }
  return out;
}

std::string Title(const Rule& rule) {
  return rule.spec.message.empty() ? rule.kind_summary : rule.spec.message;
}

std::string DescribeMetadata(const Document& doc) {
  const Metadata& m = doc.metadata;
  std::string region;
  for (const std::string* part :
       {&m.region.province, &m.region.city, &m.region.county, &m.region.town}) {
    if (!part->empty()) region += (region.empty() ? "" : " › ") + *part;
  }
  std::string out = doc.path + ": " + (region.empty() ? "地区未知" : region);
  out += "，层级 " + (m.level.empty() ? std::string("未知") : m.level);
  out += "，规划期 " + (m.period ? report::PeriodText(m.period) : std::string("未知"));
  out += "，文种 " + (m.kind.empty() ? std::string("未知") : m.kind);
  out += "，成文日期 " + (m.date.empty() ? std::string("未知") : m.date);
  // The window the time conditions below were decided on.
  const std::string written = report::WrittenText(doc, report::Lang::kZh);
  if (!written.empty()) out += "\n成文时间：" + written;
  return out;
}

// A plan from a province without packs of its own gets national rules only: say so, not nothing.
std::string NoProvincePackNote(const Rulebook& book, const Document& doc, Lang lang) {
  const std::string& province = doc.metadata.region.province;
  if (province.empty() || !PacksForProvince(book, province).empty()) return "";
  return lang == Lang::kZh
             ? province + "暂无经核实的省级规则包：只适用全国规则（rules coverage 列出各省规则包）"
             : province +
                   " has no provincial pack (no confirmed provincial document): "
                   "national rules only (see rules coverage)";
}

void ListText(const Rulebook& book, const Document* doc, Lang lang, std::ostream& out) {
  if (doc != nullptr) {
    out << DescribeMetadata(*doc) << "\n";
    if (const std::string note = NoProvincePackNote(book, *doc, lang); !note.empty()) {
      out << note << "\n";
    }
    out << "\n";
  }
  const Metadata empty;
  for (const PackVerdict& pv : ApplicablePacks(book, doc ? doc->metadata : empty)) {
    const Pack& pack = *pv.pack;
    out << pack.info.name << "  " << pack.info.title << "  [" << pack.info.file << "]  "
        << pack.rules.size() << Tr(lang, " 条规则（", " rules (") << LevelCounts(book, pack, lang)
        << Tr(lang, "）\n", ")\n");
    if (doc != nullptr) {
      out << "  "
          << (pv.verdict.holds ? Tr(lang, "适用", "applies") : Tr(lang, "不适用", "does not apply"))
          << Tr(lang, "：", ": ") << pv.verdict.why << "\n";
      if (!pv.verdict.holds) continue;
    }
    for (const int r : pack.rules) {
      const Rule& rule = book.rules[static_cast<std::size_t>(r)];
      out << "  " << rule.spec.id << "  " << rule.spec.kind << "  " << ToString(rule.spec.level)
          << "  " << Title(rule);
      if (doc != nullptr && !rule.spec.when.empty()) {
        const Verdict when = Evaluate(rule.spec.when, doc->metadata);
        out << "  — "
            << (when.holds ? Tr(lang, "适用：", "applies: ") : Tr(lang, "不适用：", "n/a: "))
            << when.why;
      }
      out << "\n";
    }
  }
}

void ListJson(const Rulebook& book, const Document* doc, Lang lang, std::ostream& out) {
  nlohmann::ordered_json packs = nlohmann::ordered_json::array();
  const Metadata empty;
  for (const PackVerdict& pv : ApplicablePacks(book, doc ? doc->metadata : empty)) {
    const Pack& pack = *pv.pack;
    nlohmann::ordered_json rules = nlohmann::ordered_json::array();
    for (const int r : pack.rules) {
      const Rule& rule = book.rules[static_cast<std::size_t>(r)];
      nlohmann::ordered_json j{{"id", rule.spec.id},
                               {"kind", rule.spec.kind},
                               {"level", ToString(rule.spec.level)},
                               {"title", Title(rule)},
                               {"basis", rule.spec.basis},
                               {"source", ToString(rule.spec.basis_source)},
                               {"line", rule.spec.line}};
      if (doc != nullptr) {
        const Verdict when =
            rule.spec.when.empty() ? Verdict{true, ""} : Evaluate(rule.spec.when, doc->metadata);
        j["applies"] = pv.verdict.holds && when.holds;
        j["why"] = when.why;
      }
      rules.push_back(std::move(j));
    }
    nlohmann::ordered_json j{{"name", pack.info.name},
                             {"title", pack.info.title},
                             {"issuer", pack.info.issuer},
                             {"issued", pack.info.issued},
                             {"file", pack.info.file}};
    if (doc != nullptr) {
      j["applies"] = pv.verdict.holds;
      j["why"] = pv.verdict.why;
    }
    j["rules"] = std::move(rules);
    packs.push_back(std::move(j));
  }
  nlohmann::ordered_json root{{"packs", packs}};
  if (doc != nullptr) {
    root = {{"path", doc->path}, {"packs", packs}};
    if (const std::string note = NoProvincePackNote(book, *doc, lang); !note.empty()) {
      root["note"] = note;
    }
  }
  out << root.dump(2) << "\n";
}

void Show(const Rulebook& book, const std::string& id, Lang lang, std::ostream& out) {
  const Rule* rule = book.Find(id);
  if (rule == nullptr) {
    std::vector<std::string> ids;
    for (const Rule& r : book.rules) ids.push_back(r.spec.id);
    const std::string close = DidYouMean(id, ids);
    if (lang == Lang::kZh) {
      throw UsageError("没有规则“" + id + "”" +
                       (close.empty() ? "" : "（是否为 " + close + "？）") +
                       "；plancheck rules list 列出全部规则");
    }
    throw UsageError("no rule '" + id + "'" +
                     (close.empty() ? "" : " (did you mean '" + close + "'?)") +
                     "; `plancheck rules list` shows them all");
  }
  const RuleSpec& s = rule->spec;
  const Pack& pack = book.packs[static_cast<std::size_t>(rule->pack)];
  const bool zh = lang == Lang::kZh;
  // Labels padded to one width in each language (a Chinese character takes two columns).
  const auto label = [zh](const char* chinese, const char* english) {
    return std::string("  ") + (zh ? chinese : english);
  };
  out << s.id << "\n"
      << label("规则包：  ", "pack:       ") << pack.info.name << " — " << pack.info.title << "\n"
      << label("文件：    ", "file:       ") << s.file << ":" << s.line << "\n"
      << label("类型：    ", "kind:       ") << s.kind << "\n"
      << label("级别：    ", "level:      ")
      << (zh ? report::LevelLabel(s.level, lang) : ToString(s.level)) << "\n"
      << label("标题：    ", "title:      ") << Title(*rule) << "\n"
      << label("依据：    ", "basis:      ") << s.basis << "\n"
      << label("依据来源：", "source:     ")
      << (zh ? (s.basis_source == BasisSource::kSecondary ? "二手资料" : "原文")
             : ToString(s.basis_source))
      << "\n";
  if (!s.suggestion.empty()) out << label("建议：    ", "suggestion: ") << s.suggestion << "\n";
  if (!s.link.empty()) out << label("原文链接：", "link:       ") << s.link << "\n";
  out << label("测试：    ", "tests:      ") << s.tests.size() << "\n\n" << s.source;
}

int Lint(const Rulebook& book, std::ostream& out) {
  int cases = 0;
  for (const Rule& rule : book.rules) cases += static_cast<int>(rule.spec.tests.size());
  const std::vector<std::string> errors = LintErrors(book);
  const std::vector<std::string> warnings = LintWarnings(book);
  for (const std::string& e : errors) out << "error: " << e << "\n";
  for (const std::string& w : warnings) out << "warning: " << w << "\n";
  out << (errors.empty() ? "ok: " : "failed: ") << book.packs.size() << " packs, "
      << book.rules.size() << " rules, " << cases << " test cases";
  if (!errors.empty()) out << ", " << errors.size() << " errors";
  if (!warnings.empty()) out << ", " << warnings.size() << " warnings";
  out << "\n";
  return errors.empty() ? 0 : 2;
}

int Test(const Rulebook& book, bool verbose, std::ostream& out) {
  const SelfTestReport report = RunSelfTests(book);
  for (const PackTestCount& p : report.packs) {
    out << (p.passed == p.cases ? "ok    " : "FAIL  ") << p.pack << "  " << p.rules << " rules, "
        << p.passed << "/" << p.cases << " cases passed  [" << p.file << "]\n";
  }
  for (const SelfTestFailure& f : report.failures) {
    out << "\n"
        << f.file << ":" << f.line << ": " << f.rule << ": expected " << f.expected << ", got "
        << f.got << "\n  text: " << f.text << "\n";
    for (const Result& r : f.results) {
      if (!verbose && r.status == Status::kPass) continue;
      out << "  " << ToString(r.status) << " " << r.location.line << ":" << r.location.column << " "
          << r.message << "\n";
    }
  }
  out << "\n" << report.passed << "/" << report.cases << " rule test cases passed";
  if (!report.ok()) out << ", " << report.failures.size() << " failed";
  out << "\n";
  return report.ok() ? 0 : 1;
}

// A page an earlier `rules doc` wrote (its second paragraph says so): replaced or, when its pack
// is gone, removed; any other file in the folder is left alone.
bool WrittenByRulesDoc(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::string line;
  for (int i = 0; i < 4 && std::getline(in, line); ++i) {
    if (line.find("Generated by `plancheck rules doc") != std::string::npos) return true;
  }
  return false;
}

int WriteDoc(const Rulebook& book, const std::string& out, Lang lang) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(out, ec);
  if (ec) {
    throw UsageError(out + Tr(lang, ": 无法创建文件夹：", ": cannot create the folder: ") +
                     ec.message());
  }
  const std::map<std::string, std::string> pages = RulesDocPages(book);
  std::vector<fs::path> stale;
  for (const fs::directory_entry& entry : fs::directory_iterator(out, ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".md" && !pages.contains(name) &&
        WrittenByRulesDoc(entry.path())) {
      stale.push_back(entry.path());
    }
  }
  for (const fs::path& file : stale) fs::remove(file, ec);
  for (const auto& [name, text] : pages) {
    WriteOutputFile((fs::path(out) / name).string(), text, lang);
  }
  std::cout << fmt::format(
      fmt::runtime(Tr(lang, "已写入 {} 个页面到 {}\n", "wrote {} pages to {}\n")), pages.size(),
      out);
  return 0;
}

}  // namespace

void AddRulesCommand(CLI::App& app, int& exit_code) {
  auto* rules = app.add_subcommand("rules",
                                   "Rule packs: list, show, lint, test, coverage, doc / "
                                   "规则包：列出、查看、检查、自测、覆盖、参考");
  rules->require_subcommand(1);
  auto o = std::make_shared<RulesOptions>();

  auto* list =
      rules->add_subcommand("list", "List packs and rules; with --for FILE, which apply and why");
  AddRulebookOptions(list, *o);
  list->add_option("--for", o->for_file, "A plan: show which packs and rules apply to it and why");
  list->add_option("--format", o->format, "text or json")->check(CLI::IsMember({"text", "json"}));
  list->callback([o, list, &exit_code] {
    const auto book = Load(*o, CommandLang(*list));
    std::unique_ptr<Document> doc;
    if (!o->for_file.empty()) doc = std::make_unique<Document>(LoadDocument(o->for_file));
    if (o->format == "json") {
      ListJson(*book, doc.get(), CommandLang(*list), std::cout);
    } else {
      ListText(*book, doc.get(), CommandLang(*list), std::cout);
    }
    exit_code = 0;
  });

  auto* coverage = rules->add_subcommand(
      "coverage", "The 31 provinces x their packs and rules / 各省规则包和规则数");
  AddRulebookOptions(coverage, *o);
  coverage->add_option("--format", o->format, "text, md or json")
      ->check(CLI::IsMember({"text", "md", "json"}));
  coverage->callback([o, coverage, &exit_code] {
    WriteCoverage(*Load(*o, CommandLang(*coverage)), o->format, CommandLang(*coverage), std::cout);
    exit_code = 0;
  });

  auto* show = rules->add_subcommand("show", "Show one rule: its basis, tests and YAML");
  AddRulebookOptions(show, *o);
  show->add_option("ID", o->id, "Rule id, e.g. drafting.typo.confusables")->required();
  show->callback([o, show, &exit_code] {
    Show(*Load(*o, CommandLang(*show)), o->id, CommandLang(*show), std::cout);
    exit_code = 0;
  });

  auto* lint = rules->add_subcommand("lint", "Validate packs (the bundled ones, or those in DIR)");
  lint->add_option("DIR", o->dir, "A folder of packs to validate instead of the bundled ones");
  lint->callback(
      [o, lint, &exit_code] { exit_code = Lint(*LoadForLint(*o, CommandLang(*lint)), std::cout); });

  auto* test =
      rules->add_subcommand("test", "Run every rule's pass/fail tests (exit 1 on a failure)");
  test->add_option("DIR", o->dir, "A folder of packs to test instead of the bundled ones");
  test->add_flag("-v,--verbose", o->verbose, "Show every result of a failing case");
  test->callback([o, test, &exit_code] {
    exit_code = Test(*LoadForLint(*o, CommandLang(*test)), o->verbose, std::cout);
  });

  auto* doc = rules->add_subcommand(
      "doc",
      "Write the rules reference: one Markdown page per pack / 生成规则参考（每个规则包一页）");
  AddRulebookOptions(doc, *o);
  doc->add_option("--out", o->out, "Folder to write the pages into, e.g. docs/rules / 输出文件夹")
      ->required();
  doc->callback([o, doc, &exit_code] {
    exit_code = WriteDoc(*Load(*o, CommandLang(*doc)), o->out, CommandLang(*doc));
  });

  AddRulesDeriveCommand(*rules, exit_code);
}

}  // namespace plancheck::cli
