// Loading and validating rule packs. Every pack is read in full and checked before the rulebook is
// handed out; the first error of each pack is collected and all are thrown together.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <re2/re2.h>

#include "checker/data/embedded.h"
#include "checker/decode/utf8.h"
#include "checker/document/artefacts.h"
#include "checker/document/normalise.h"
#include "checker/rulebook/rule_error.h"
#include "checker/rulebook/rulebook_impl.h"
#include "checker/rulebook/trigger_budget.h"
#include "checker/rulebook/yaml_safety.h"

namespace plancheck {
namespace {

namespace fs = std::filesystem;

// A pack as read from one file, before packs are merged.
struct LoadedPack {
  Pack pack;
  std::vector<Rule> rules;
};

Severity ReadLevel(YamlMap& map) {
  const std::string level = map.RequiredString("level");
  if (level == "error") return Severity::kError;
  if (level == "warning") return Severity::kWarning;
  if (level == "info") return Severity::kInfo;
  map.Fail(map.Get("level"), "'level' must be error, warning or info, not \"" + level + "\"");
}

std::pair<int, int> ReadYears(YamlMap& map, const YAML::Node& node) {
  int from = 0, to = 0;
  const bool ok = node.IsSequence() && node.size() == 2 && node[0].IsScalar() &&
                  node[1].IsScalar() && RE2::FullMatch(node[0].Scalar(), R"((\d{4}))", &from) &&
                  RE2::FullMatch(node[1].Scalar(), R"((\d{4}))", &to) && from <= to;
  if (!ok) map.Fail(node, "'period' must be two years in order, e.g. [2023, 2025]");
  return {from, to};
}

// `fix: "。"` or `fix: [a, b]`: what the findings of a fail item are to be changed into.
std::vector<std::string> ReadFixes(YamlMap& item, TestCase::Expect expect) {
  const YAML::Node node = item.Get("fix");
  if (expect != TestCase::Expect::kFail) item.Fail(node, "'fix' belongs to a 'fail' item");
  std::vector<std::string> out;
  if (node.IsScalar()) {
    out.push_back(node.Scalar());
  } else if (node.IsSequence()) {
    for (const YAML::Node& fix : node) {
      if (!fix.IsScalar()) item.Fail(fix, "'fix' lists the replacement texts, e.g. [\"。\"]");
      out.push_back(fix.Scalar());
    }
  } else {
    item.Fail(node, "'fix' is a replacement text or a list of them ([] for none)");
  }
  return out;
}

TestCase ReadTestCase(const YamlSource& source, const YAML::Node& node, TestCase::Expect expect) {
  TestCase test;
  test.expect = expect;
  test.line = node.Mark().line + 1;
  if (node.IsScalar()) {
    test.text = node.Scalar();
  } else {
    YamlMap item(node, source, "a test item");
    test.text = item.RequiredString("text");
    if (item.Has("metadata")) {
      YamlMap meta(item.Get("metadata"), source, "a test item's 'metadata'");
      if (meta.Has("period")) test.period = ReadYears(meta, meta.Get("period"));
      if (auto date = meta.OptionalString("date")) {
        test.date = NormaliseDate(*date, false);
        if (test.date->empty()) meta.Fail(meta.Get("date"), "'date' must be YYYY-MM-DD");
      }
      test.level = meta.OptionalString("level");
      if (test.level && *test.level != "province" && *test.level != "city" &&
          *test.level != "county" && *test.level != "town") {
        meta.Fail(meta.Get("level"), "'level' must be province, city, county or town");
      }
      test.kind = meta.OptionalString("kind");
      test.province = meta.OptionalString("province");
      test.city = meta.OptionalString("city");
      test.county = meta.OptionalString("county");
      test.doc_number = meta.OptionalString("doc_number");
      test.title = meta.OptionalString("title");
      test.draft = meta.OptionalBool("draft");
      meta.RejectUnknownKeys();
    }
    if (item.Has("fix")) test.fixes = ReadFixes(item, expect);
    item.RejectUnknownKeys();
  }
  if (utf8::Trim(test.text).empty()) FailAt(source, node.Mark(), "a test item has no text");
  return test;
}

std::vector<TestCase> ReadTests(YamlMap& rule) {
  YamlMap tests(rule.Required("tests"), rule.source(), "'tests'");
  std::vector<TestCase> out;
  const std::pair<const char*, TestCase::Expect> lists[] = {
      {"pass", TestCase::Expect::kPass},
      {"fail", TestCase::Expect::kFail},
      {"partial", TestCase::Expect::kPartial}};
  for (const auto& [key, expect] : lists) {
    const bool required = expect != TestCase::Expect::kPartial;
    if (!tests.Has(key)) {
      if (required)
        tests.Fail(std::string("'tests' needs a '") + key + "' list with at least one item");
      continue;
    }
    const YAML::Node list = tests.Get(key);
    if (!list.IsSequence() || list.size() == 0) {
      tests.Fail(list, std::string("'") + key + "' must be a list with at least one item");
    }
    for (const YAML::Node& item : list) out.push_back(ReadTestCase(rule.source(), item, expect));
  }
  tests.RejectUnknownKeys();
  return out;
}

const CheckKind* FindKind(YamlMap& map, std::span<const CheckKind> kinds, const std::string& name) {
  for (const CheckKind& kind : kinds) {
    if (kind.name == name) return &kind;
  }
  std::vector<std::string> names;
  for (const CheckKind& kind : kinds) names.emplace_back(kind.name);
  std::string message = "unknown kind \"" + name + "\"";
  const std::string close = DidYouMean(name, names);
  if (!close.empty()) message += " (did you mean '" + close + "'?)";
  message += "; kinds:";
  for (const std::string& n : names) message += " " + n;
  map.Fail(map.Get("kind"), message);
}

// The text of the rule as written: from its first line up to the next rule (or the end).
std::string RuleSource(const std::vector<std::string_view>& lines, int first, int next) {
  std::string out;
  int last = std::min<int>(next, static_cast<int>(lines.size())) - 1;
  while (last > first && utf8::Trim(lines[static_cast<std::size_t>(last)]).empty()) --last;
  for (int i = first; i <= last; ++i) {
    out += lines[static_cast<std::size_t>(i)];
    out += '\n';
  }
  return out;
}

// The views of a test snippet that triggers read, line by line.
struct SnippetViews {
  std::vector<std::string> text;
  std::vector<std::string> norm;
};

SnippetViews ViewsOf(const std::string& snippet) {
  SnippetViews views;
  std::istringstream in(snippet);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    CleanLine clean = StripArtefacts(line, n);
    views.norm.push_back(Nfkc(clean.text));
    views.text.push_back(std::move(clean.text));
  }
  return views;
}

// A rule whose patterns fire on none of the tests that should make them fire can never work
// (a typo in a pattern, a width the view never shows): refuse it at load.
void CheckTriggersFire(const Rule& rule, const YamlSource& source, const YAML::Node& at) {
  if (std::none_of(rule.triggers.begin(), rule.triggers.end(),
                   [](const Trigger& t) { return t.authored; })) {
    return;
  }
  const bool forbidden = rule.check->TriggerPolarity() == Polarity::kForbidden;
  // The check's compiled patterns where it has them: each pattern is compiled once.
  std::vector<std::unique_ptr<const RE2>> own;
  std::vector<const RE2*> compiled;
  for (const Trigger& t : rule.triggers) {
    if (t.compiled == nullptr) own.push_back(CompilePattern(t.pattern, source, at));
    compiled.push_back(t.compiled != nullptr ? t.compiled : own.back().get());
  }
  for (const TestCase& test : rule.spec.tests) {
    const bool relevant =
        forbidden ? test.expect != TestCase::Expect::kPass : test.expect == TestCase::Expect::kPass;
    if (!relevant) continue;
    const SnippetViews views = ViewsOf(test.text);
    for (std::size_t i = 0; i < rule.triggers.size(); ++i) {
      if (!rule.triggers[i].authored) continue;
      const auto& lines = rule.triggers[i].view == View::kNorm ? views.norm : views.text;
      for (const std::string& line : lines) {
        if (RE2::PartialMatch(line, *compiled[i])) return;
      }
    }
  }
  FailAt(source, at.Mark(),
         std::string("none of the rule's patterns matches any of its '") +
             (forbidden ? "fail" : "pass") +
             "' tests, so the rule can never fire; fix the pattern or the test");
}

// `link:` of a pack or a rule: where the public can read the basis. An http(s) URL, as SARIF's
// helpUri and the rules reference print it.
std::string ReadLink(YamlMap& map) {
  const std::string link = map.OptionalString("link").value_or("");
  if (!link.empty() && !RE2::FullMatch(link, R"(https?://[^\s/?#]+[^\s]*)")) {
    map.Fail(map.Get("link"),
             "'link' must be an http:// or https:// URL of the basis's public text, "
             "not \"" +
                 link + "\"");
  }
  return link;
}

Rule ReadRule(const YAML::Node& node, const std::string& file, std::string_view text,
              const std::string& pack, std::span<const CheckKind> kinds) {
  YamlSource source{file, "a rule", text};
  if (node.IsMap()) {
    const YAML::Node id = node["id"];
    if (id && id.IsScalar()) source.context = "rule " + id.Scalar();
  }
  YamlMap map(node, source, "a rule");
  Rule rule;
  RuleSpec& spec = rule.spec;
  spec.id = map.RequiredString("id");
  if (!RE2::FullMatch(spec.id, R"([a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+)")) {
    map.Fail(map.Get("id"),
             "id \"" + spec.id +
                 "\" must be lower-case words joined by dots, e.g. drafting.typo.confusables");
  }
  spec.pack = pack;
  spec.file = file;
  spec.line = node.Mark().line + 1;
  spec.kind = map.RequiredString("kind");
  const CheckKind* kind = FindKind(map, kinds, spec.kind);
  spec.level = ReadLevel(map);
  spec.basis = map.RequiredString("basis");
  spec.basis_line = map.Get("basis").Mark().line + 1;
  if (const auto basis_source = map.OptionalString("source")) {
    if (*basis_source == "secondary") {
      spec.basis_source = BasisSource::kSecondary;
    } else if (*basis_source != "text") {
      map.Fail(map.Get("source"),
               "'source' must be text (the basis is the instrument's own wording) or secondary "
               "(it comes from a secondary source), not \"" +
                   *basis_source + "\"");
    }
  }
  spec.message = map.OptionalString("message").value_or("");
  spec.suggestion = map.OptionalString("suggestion").value_or("");
  spec.link = ReadLink(map);
  spec.new_in_framework = map.OptionalBool("new_in_framework").value_or(false);
  if (map.Has("when")) {
    YamlMap when(map.Get("when"), source, "'when'");
    spec.when = ReadConditions(when, true);
    when.RejectUnknownKeys();
  }
  spec.tests = ReadTests(map);
  rule.kind_summary = kind->summary;
  rule.check = kind->make(spec, map);
  map.RejectUnknownKeys();
  rule.triggers = rule.check->Triggers();
  CheckTriggersFire(rule, source, node);
  return rule;
}

LoadedPack ReadPack(const PackSource& src, std::span<const CheckKind> kinds) {
  YAML::Node root;
  try {
    root = SafeYamlLoad(src.text);
  } catch (const UnsafeYaml& e) {
    FailAt({src.file, "", src.text}, e.mark(), e.en());
  } catch (const YAML::ParserException& e) {
    FailAt({src.file, "", src.text}, e.mark, "not valid YAML: " + e.msg);
  }
  const YamlSource source{src.file, "", src.text};
  YamlMap map(root, source, "a rule pack");
  LoadedPack out;
  PackInfo& info = out.pack.info;
  info.name = map.RequiredString("pack");
  if (!RE2::FullMatch(info.name, "[a-z0-9][a-z0-9-]*")) {
    map.Fail(map.Get("pack"), "pack name \"" + info.name + "\" must be lower case: [a-z0-9-]");
  }
  info.title = map.RequiredString("title");
  info.issuer = map.OptionalString("issuer").value_or("");
  // When the framework was issued: a plan written before it is not held to its rules that depend
  // on time (conditions.h, WrittenBefore). Required; `unknown` when no source gives the date.
  const std::optional<std::string> issued = map.OptionalString("issued");
  info.issued = issued.value_or("");
  if (issued && *issued != kUnknownIssued && NormaliseDate(*issued, false).empty()) {
    map.Fail(map.Get("issued"), "'issued' must be YYYY, YYYY-MM or YYYY-MM-DD, or unknown");
  }
  info.file = src.file;
  // Every rule of the pack cites the same document: its link, unless a rule names its own.
  const std::string pack_link = ReadLink(map);
  out.pack.builtin = src.builtin;
  if (map.Has("applies_to")) {
    YamlMap applies(map.Get("applies_to"), source, "'applies_to'");
    out.pack.applies_to = ReadConditions(applies, false);
    applies.RejectUnknownKeys();
  }
  const YAML::Node rules = map.Required("rules");
  if (!rules.IsSequence() || rules.size() == 0) map.Fail(rules, "'rules' must be a list of rules");
  map.RejectUnknownKeys();

  std::vector<std::string_view> lines;
  for (std::size_t start = 0; start <= src.text.size();) {
    const std::size_t end = std::min(src.text.find('\n', start), src.text.size());
    lines.push_back(std::string_view(src.text).substr(start, end - start));
    start = end + 1;
  }
  std::set<std::string> ids;
  for (std::size_t i = 0; i < rules.size(); ++i) {
    Rule rule = ReadRule(rules[i], src.file, src.text, info.name, kinds);
    if (rule.spec.link.empty()) rule.spec.link = pack_link;
    if (!ids.insert(rule.spec.id).second) {
      FailAt({src.file, "rule " + rule.spec.id, src.text}, rules[i].Mark(),
             "rule id appears twice in this pack");
    }
    const int next =
        i + 1 < rules.size() ? rules[i + 1].Mark().line : static_cast<int>(lines.size());
    rule.spec.source = RuleSource(lines, rules[i].Mark().line, next);
    out.rules.push_back(std::move(rule));
  }
  if (!issued) {
    map.Fail(
        "pack '" + info.name +
        "' has no 'issued': give the date its document was issued (YYYY, YYYY-MM or YYYY-MM-DD), "
        "or 'issued: unknown' when no source gives it; a framework does not apply to plans "
        "written before it");
  }
  return out;
}

// Adds `loaded` to the rulebook. A --rules pack named like a bundled one replaces it; a --rules
// rule with a bundled rule's id replaces that rule. Other clashes are errors.
void Merge(Rulebook& book, LoadedPack loaded, std::map<std::string, int>& rule_at,
           std::vector<std::string>& errors) {
  const bool builtin = loaded.pack.builtin;
  for (Pack& existing : book.packs) {
    if (existing.info.name != loaded.pack.info.name) continue;
    if (existing.builtin && !builtin) {
      for (int r : existing.rules) rule_at.erase(book.rules[static_cast<std::size_t>(r)].spec.id);
      existing.rules.clear();
      existing.info.name += " (replaced)";
      break;
    }
    errors.push_back(loaded.pack.info.file + ": pack name '" + loaded.pack.info.name +
                     "' is already used by " + existing.info.file);
    return;
  }
  const int pack_index = static_cast<int>(book.packs.size());
  book.packs.push_back(std::move(loaded.pack));
  for (Rule& rule : loaded.rules) {
    const auto clash = rule_at.find(rule.spec.id);
    if (clash != rule_at.end()) {
      Rule& old = book.rules[static_cast<std::size_t>(clash->second)];
      const Pack& old_pack = book.packs[static_cast<std::size_t>(old.pack)];
      if (!old_pack.builtin || builtin) {
        errors.push_back(rule.spec.file + ":" + std::to_string(rule.spec.line) + ": rule id '" +
                         rule.spec.id + "' is already used at " + old.spec.file + ":" +
                         std::to_string(old.spec.line) + " (rule ids are unique across packs)");
        continue;
      }
      Pack& owner = book.packs[static_cast<std::size_t>(old.pack)];
      std::erase(owner.rules, clash->second);
    }
    rule.pack = pack_index;
    const int index = static_cast<int>(book.rules.size());
    rule_at[rule.spec.id] = index;
    book.packs.back().rules.push_back(index);
    book.rules.push_back(std::move(rule));
  }
}

// Drops rules no pack holds any more (replaced ones) and renumbers.
void Compact(Rulebook& book) {
  std::vector<int> new_index(book.rules.size(), -1);
  std::vector<Rule> kept;
  for (Pack& pack : book.packs) {
    for (int& r : pack.rules) {
      new_index[static_cast<std::size_t>(r)] = static_cast<int>(kept.size());
      kept.push_back(std::move(book.rules[static_cast<std::size_t>(r)]));
      r = new_index[static_cast<std::size_t>(r)];
    }
  }
  book.rules = std::move(kept);
  std::erase_if(book.packs, [](const Pack& p) { return p.rules.empty(); });
  for (std::size_t p = 0; p < book.packs.size(); ++p) {
    for (int r : book.packs[p].rules)
      book.rules[static_cast<std::size_t>(r)].pack = static_cast<int>(p);
  }
}

void BuildIndex(Rulebook& book) {
  for (std::size_t r = 0; r < book.rules.size(); ++r) {
    const Rule& rule = book.rules[r];
    for (std::size_t t = 0; t < rule.triggers.size(); ++t) {
      const Trigger& trigger = rule.triggers[t];
      const int v = trigger.view == View::kNorm ? 0 : 1;
      std::string error;
      if (!book.index.matchers[v].Add(trigger.pattern, &error)) {
        FailAt({rule.spec.file, "rule " + rule.spec.id, {}}, trigger.mark,
               "pattern \"" + trigger.pattern + "\" does not compile: " + error);
      }
      book.index.refs[v].emplace_back(static_cast<int>(r), static_cast<int>(t));
    }
  }
  for (int v = 0; v < 2; ++v) {
    if (!book.index.matchers[v].Compile()) FailTriggerBudget(book, v);
  }
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw RuleError(path.string() + ": cannot read this rule pack");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

bool IsPackFile(const fs::path& path) {
  return path.extension() == ".yaml" || path.extension() == ".yml";
}

}  // namespace

const Rule* Rulebook::Find(std::string_view id) const {
  for (const Rule& rule : rules) {
    if (rule.spec.id == id) return &rule;
  }
  return nullptr;
}

std::vector<PackSource> CollectSources(const RulebookOptions& options) {
  std::vector<PackSource> sources;
  if (options.builtin) {
    for (const auto& [path, text] : EmbeddedFiles()) {
      if (!path.ends_with(".yaml") && !path.ends_with(".yml")) continue;
      sources.push_back({"builtin:" + std::string(path), std::string(text), true});
    }
  }
  for (const std::string& dir : options.extra_dirs) {
    const fs::path root(dir);
    std::error_code ec;
    if (fs::is_regular_file(root, ec) && IsPackFile(root)) {
      sources.push_back({root.string(), ReadFile(root), false});
      continue;
    }
    if (!fs::is_directory(root, ec)) {
      throw RuleError(dir + ": no such rules folder (--rules takes a folder of .yaml packs)");
    }
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(root, ec)) {
      if (entry.is_regular_file() && IsPackFile(entry.path())) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) sources.push_back({file.string(), ReadFile(file), false});
  }
  return sources;
}

std::shared_ptr<const Rulebook> BuildRulebook(const std::vector<PackSource>& sources,
                                              std::span<const CheckKind> kinds) {
  auto book = std::make_shared<Rulebook>();
  std::vector<std::string> errors;
  std::map<std::string, int> rule_at;
  for (const PackSource& source : sources) {
    try {
      Merge(*book, ReadPack(source, kinds), rule_at, errors);
    } catch (const RuleError& e) {
      errors.emplace_back(e.what());
    } catch (const YAML::Exception& e) {
      errors.push_back(source.file + ": " + e.what());
    }
  }
  if (!errors.empty()) {
    std::string message =
        errors.size() == 1 ? "" : std::to_string(errors.size()) + " rule pack errors:\n";
    for (std::size_t i = 0; i < errors.size(); ++i) message += (i ? "\n" : "") + errors[i];
    throw RuleError(message);
  }
  Compact(*book);
  BuildIndex(*book);
  return book;
}

std::vector<std::string> LintWarnings(const Rulebook& rulebook) {
  std::vector<std::string> warnings;
  for (const Rule& rule : rulebook.rules) {
    const std::string where =
        rule.spec.file + ":" + std::to_string(rule.spec.line) + ": rule " + rule.spec.id + ": ";
    const std::string& pack = rulebook.packs[static_cast<std::size_t>(rule.pack)].info.name;
    const std::string first = rule.spec.id.substr(0, rule.spec.id.find('.'));
    if (first != pack && !pack.starts_with(first + "-")) {
      warnings.push_back(where + "id does not start with its pack's name '" + pack + "'");
    }
    const bool forbidden = rule.check->TriggerPolarity() == Polarity::kForbidden;
    std::vector<SnippetViews> views;
    for (const TestCase& test : rule.spec.tests) {
      const bool relevant = forbidden ? test.expect != TestCase::Expect::kPass
                                      : test.expect == TestCase::Expect::kPass;
      if (relevant) views.push_back(ViewsOf(test.text));
    }
    for (const Trigger& trigger : rule.triggers) {
      if (!trigger.authored) continue;
      const RE2 re(trigger.pattern, PatternOptions());
      bool fires = false;
      for (const SnippetViews& v : views) {
        for (const std::string& line : trigger.view == View::kNorm ? v.norm : v.text) {
          fires = fires || RE2::PartialMatch(line, re);
        }
      }
      if (!fires) {
        warnings.push_back(where + "pattern \"" + trigger.pattern +
                           "\" matches none of the rule's '" + (forbidden ? "fail" : "pass") +
                           "' tests; add a test that shows it works");
      }
    }
  }
  return warnings;
}

std::string BasisResearchNote(std::string_view basis) {
  // A confidence tag of the research notes: [std], [std, 目录], [sec, 新闻发布会], [corpus] …
  static const RE2 tag(R"((\[\s*(?i:std|sec|corpus|exec|unverified)\b[^\]]*\]|UNCONFIRMED))",
                       PatternOptions());
  // A notes file: anchors-cn.md, frameworks.md §3, DESIGN.md, DESIGN …
  static const RE2 file(R"(([A-Za-z0-9_-]+\.md\b|\banchors-(?:cn|tools)\b|\bDESIGN\b))",
                        PatternOptions());
  std::string found;
  if (RE2::PartialMatch(basis, tag, &found) || RE2::PartialMatch(basis, file, &found)) return found;
  return "";
}

std::vector<std::string> LintErrors(const Rulebook& rulebook) {
  std::vector<std::string> errors;
  for (const Rule& rule : rulebook.rules) {
    const std::string note = BasisResearchNote(rule.spec.basis);
    if (note.empty()) continue;
    const std::string where =
        rule.spec.file + ":" +
        std::to_string(rule.spec.basis_line > 0 ? rule.spec.basis_line : rule.spec.line) +
        ": rule " + rule.spec.id + ": ";
    if (note.front() == '[' || note == "UNCONFIRMED") {
      errors.push_back(where + "basis carries the research tag \"" + note +
                       "\"; cite only the document and its article or section, and give the "
                       "confidence as 'source: text' (the instrument's wording was seen) or "
                       "'source: secondary'");
    } else {
      errors.push_back(where + "basis refers to \"" + note +
                       "\", notes that do not ship with plancheck; cite the document and its "
                       "article or section instead");
    }
  }
  return errors;
}

std::vector<PackVerdict> ApplicablePacks(const Rulebook& rulebook, const Metadata& metadata) {
  std::vector<PackVerdict> out;
  for (const Pack& pack : rulebook.packs) {
    Verdict v = Evaluate(pack.applies_to, metadata);
    if (pack.applies_to.empty()) v.why = "适用于所有规划";
    out.push_back({&pack, std::move(v)});
  }
  return out;
}

}  // namespace plancheck
