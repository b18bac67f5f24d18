#include "checker/cli/config.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <yaml-cpp/yaml.h>

#include "checker/cli/glob.h"
#include "checker/cli/period_option.h"
#include "checker/cli/rule_names.h"
#include "checker/cli/usage_error.h"
#include "checker/report/common.h"
#include "checker/rulebook/yaml_safety.h"

namespace plancheck::cli {
namespace fs = std::filesystem;
using report::Lang;
using report::Tr;

namespace {

class Parser {
 public:
  Parser(std::string file, Lang lang) : file_(std::move(file)), lang_(lang) {}

  std::string Where(const YAML::Node& node) const {
    const YAML::Mark mark = node.Mark();
    if (mark.is_null()) return file_;
    return fmt::format("{}:{}:{}", file_, mark.line + 1, mark.column + 1);
  }
  [[noreturn]] void Fail(const YAML::Node& node, const std::string& what) const {
    throw UsageError(Where(node) + ": " + what);
  }

  void ExpectMap(const YAML::Node& node, const std::vector<std::string>& known) const {
    if (!node.IsMap()) Fail(node, Tr(lang_, "应为键值映射", "expected a map of keys"));
    for (const auto& entry : node) {
      if (!entry.first.IsScalar()) {
        Fail(entry.first, Tr(lang_, "键应为字符串", "a key must be a string"));
      }
      const std::string key = entry.first.as<std::string>();
      if (std::find(known.begin(), known.end(), key) == known.end()) {
        Fail(entry.first,
             fmt::format("{} '{}'{}{}{}", Tr(lang_, "未知的键", "unknown key"), key,
                         DidYouMean(key, known, lang_), Tr(lang_, "；可用的键：", "; known keys: "),
                         fmt::format("{}", fmt::join(known, ", "))));
      }
    }
  }

  std::string Scalar(const YAML::Node& node, const char* what) const {
    if (!node.IsScalar()) {
      Fail(node, fmt::format("{} {}", what, Tr(lang_, "应为字符串", "must be a string")));
    }
    return node.Scalar();
  }

  bool Bool(const YAML::Node& node, const char* what) const {
    bool value = false;
    if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value)) {
      Fail(node,
           fmt::format("{} {}", what, Tr(lang_, "应为 true 或 false", "must be true or false")));
    }
    return value;
  }

  // A string or a list of strings.
  std::vector<YAML::Node> List(const YAML::Node& node, const char* what) const {
    std::vector<YAML::Node> items;
    if (node.IsScalar()) {
      items.push_back(node);
    } else if (node.IsSequence()) {
      for (const YAML::Node& item : node) {
        Scalar(item, what);
        items.push_back(item);
      }
    } else {
      Fail(node, fmt::format(
                     "{} {}", what,
                     Tr(lang_, "应为字符串或字符串列表", "must be a string or a list of strings")));
    }
    return items;
  }

  Severity Level(const YAML::Node& node) const {
    const std::string value = Scalar(node, "level");
    if (value == "error") return Severity::kError;
    if (value == "warning") return Severity::kWarning;
    if (value == "info") return Severity::kInfo;
    Fail(node,
         fmt::format("{} '{}'{}", Tr(lang_, "未知的级别", "unknown level"), value,
                     Tr(lang_, "；可用：error、warning、info", "; use error, warning or info")));
  }

  void Settings(const YAML::Node& map, DocumentSettings& settings) const {
    if (const YAML::Node disable = map["disable"]) {
      for (const YAML::Node& item : List(disable, "disable")) {
        settings.disable.push_back({item.Scalar(), Where(item)});
      }
    }
    if (const YAML::Node select = map["select"]) {
      for (const YAML::Node& item : List(select, "select")) {
        settings.select.push_back({item.Scalar(), Where(item)});
      }
    }
    if (const YAML::Node levels = map["levels"]) {
      if (!levels.IsMap())
        Fail(levels,
             Tr(lang_, "levels 应为“规则: 级别”映射", "levels must map rule ids to levels"));
      for (const auto& entry : levels) {
        settings.levels.emplace_back(RulePattern{Scalar(entry.first, "rule"), Where(entry.first)},
                                     Level(entry.second));
      }
    }
    if (const YAML::Node region = map["region"]) settings.region = Scalar(region, "region");
    if (const YAML::Node period = map["period"]) {
      settings.period = Scalar(period, "period");
      ParsePeriodOption(settings.period, Where(period), lang_);
    }
    if (const YAML::Node date = map["date"]) {
      settings.date = Scalar(date, "date");
      ParseDateOption(settings.date, Where(date), lang_);
    }
  }

  Lang lang() const { return lang_; }

 private:
  std::string file_;
  Lang lang_;
};

std::string Resolve(const std::string& dir, const std::string& path) {
  if (path.empty() || fs::path(path).is_absolute()) return path;
  return (fs::path(dir) / path).lexically_normal().generic_string();
}

}  // namespace

const std::vector<std::string>& ConfigKeys() {
  static const std::vector<std::string> keys{
      "rules", "builtin-rules", "fail-on", "baseline", "lang",   "region",   "period",
      "date",  "against",       "disable", "select",   "levels", "overrides"};
  return keys;
}

const std::vector<std::string>& OverrideKeys() {
  static const std::vector<std::string> keys{"files",  "disable", "select", "levels",
                                             "region", "period",  "date"};
  return keys;
}

report::FailOn ParseFailOn(const std::string& value, Lang lang) {
  if (value == "error") return report::FailOn::kError;
  if (value == "warning") return report::FailOn::kWarning;
  if (value == "info") return report::FailOn::kInfo;
  if (value == "never") return report::FailOn::kNever;
  throw UsageError(fmt::format(
      "{} '{}'{}", Tr(lang, "未知的 fail-on 级别", "unknown fail-on level"), value,
      Tr(lang, "；可用：error、warning、info、never", "; use error, warning, info or never")));
}

std::string FindConfig(const std::string& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec);
  if (ec) return "";
  for (;;) {
    const fs::path candidate = dir / kConfigFileName;
    // Relative to the working folder, so messages and resolved paths stay short.
    if (fs::is_regular_file(candidate, ec)) {
      return candidate.lexically_proximate(fs::current_path(ec)).generic_string();
    }
    if (!dir.has_parent_path() || dir.parent_path() == dir) return "";
    dir = dir.parent_path();
  }
}

Config ParseConfig(const std::string& yaml, const std::string& file, Lang lang) {
  const Parser p(file, lang);
  YAML::Node root;
  try {
    root = SafeYamlLoad(yaml);
  } catch (const UnsafeYaml& e) {
    throw UsageError(fmt::format("{}:{}:{}: {}", file, e.mark().line + 1, e.mark().column + 1,
                                 Tr(lang, e.zh().c_str(), e.en().c_str())));
  } catch (const YAML::Exception& e) {
    throw UsageError(fmt::format("{}:{}:{}: {}", file, e.mark.line + 1, e.mark.column + 1, e.msg));
  }
  Config config;
  config.file = file;
  config.dir = fs::path(file).has_parent_path() ? fs::path(file).parent_path().string() : ".";
  if (root.IsNull()) return config;  // an empty file: all defaults
  p.ExpectMap(root, ConfigKeys());
  if (const YAML::Node against = root["against"]) {
    for (const YAML::Node& plan : p.List(against, "against")) {
      config.against.push_back(Resolve(config.dir, plan.Scalar()));
    }
  }
  if (const YAML::Node rules = root["rules"]) {
    for (const YAML::Node& dir : p.List(rules, "rules")) {
      config.rule_dirs.push_back(Resolve(config.dir, dir.Scalar()));
    }
  }
  if (const YAML::Node builtin = root["builtin-rules"]) {
    config.builtin_rules = p.Bool(builtin, "builtin-rules");
  }
  if (const YAML::Node fail_on = root["fail-on"]) {
    try {
      config.fail_on = ParseFailOn(p.Scalar(fail_on, "fail-on"), lang);
    } catch (const UsageError& e) {
      p.Fail(fail_on, e.what());
    }
  }
  if (const YAML::Node baseline = root["baseline"]) {
    config.baseline = Resolve(config.dir, p.Scalar(baseline, "baseline"));
  }
  if (const YAML::Node value = root["lang"]) {
    const std::string l = p.Scalar(value, "lang");
    if (l != "zh" && l != "en")
      p.Fail(value, Tr(lang, "lang 只能是 zh 或 en", "lang must be zh or en"));
    config.lang = l;
  }
  p.Settings(root, config.settings);
  if (const YAML::Node overrides = root["overrides"]) {
    if (!overrides.IsSequence()) {
      p.Fail(overrides, Tr(lang, "overrides 应为列表", "overrides must be a list"));
    }
    for (const YAML::Node& item : overrides) {
      p.ExpectMap(item, OverrideKeys());
      if (!item["files"]) p.Fail(item, Tr(lang, "缺少 files", "missing files"));
      Config::Override o;
      for (const YAML::Node& glob : p.List(item["files"], "files"))
        o.files.push_back(glob.Scalar());
      p.Settings(item, o.settings);
      config.overrides.push_back(std::move(o));
    }
  }
  return config;
}

Config LoadConfig(const std::string& file, Lang lang) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    throw UsageError(
        fmt::format("{}: {}", file, Tr(lang, "无法读取配置文件", "cannot read the config file")));
  }
  std::ostringstream text;
  text << in.rdbuf();
  return ParseConfig(text.str(), file, lang);
}

DocumentSettings Config::For(const std::string& document) const {
  DocumentSettings out = settings;
  if (overrides.empty()) return out;
  std::error_code ec;
  const fs::path base = fs::absolute(dir.empty() ? "." : dir, ec).lexically_normal();
  const std::string relative =
      fs::absolute(document, ec).lexically_normal().lexically_relative(base).generic_string();
  for (const Override& o : overrides) {
    const bool matches = std::any_of(o.files.begin(), o.files.end(), [&](const std::string& glob) {
      return GlobMatch(glob, relative) || GlobMatch(glob, document);
    });
    if (!matches) continue;
    out.disable.insert(out.disable.end(), o.settings.disable.begin(), o.settings.disable.end());
    out.select.insert(out.select.end(), o.settings.select.begin(), o.settings.select.end());
    out.levels.insert(out.levels.end(), o.settings.levels.begin(), o.settings.levels.end());
    if (!o.settings.region.empty()) out.region = o.settings.region;
    if (!o.settings.period.empty()) out.period = o.settings.period;
    if (!o.settings.date.empty()) out.date = o.settings.date;
  }
  return out;
}

namespace {

void CheckMatchesSomeRule(const RulePattern& p, const std::vector<RuleInfo>& rules, Lang lang) {
  for (const RuleInfo& rule : rules) {
    if (PatternNamesRule(p.pattern, rule.id)) return;
  }
  throw UsageError(fmt::format("{}: {} '{}'{}", p.where,
                               Tr(lang, "没有规则匹配", "no rule matches"), p.pattern,
                               DidYouMean(p.pattern, RuleNames(rules), lang)));
}

bool Disabled(const DocumentSettings& settings, const std::string& rule) {
  const auto names = [&](const RulePattern& p) { return PatternNamesRule(p.pattern, rule); };
  if (std::any_of(settings.disable.begin(), settings.disable.end(), names)) return true;
  // select: only the rules named there (the disable list still applies to them).
  return !settings.select.empty() &&
         std::none_of(settings.select.begin(), settings.select.end(), names);
}

std::optional<Severity> LevelFor(const DocumentSettings& settings, const std::string& rule) {
  std::optional<Severity> level;
  for (const auto& [pattern, severity] : settings.levels) {
    if (PatternNamesRule(pattern.pattern, rule)) level = severity;
  }
  return level;
}

}  // namespace

bool PatternNamesRule(const std::string& pattern, const std::string& rule) {
  if (GlobMatch(pattern, rule, false)) return true;
  // A pack id: the pack's rules are "<pack>.…".
  return pattern.find_first_of("*?") == std::string::npos && rule.size() > pattern.size() &&
         rule.starts_with(pattern) && rule[pattern.size()] == '.';
}

void ApplySettings(const DocumentSettings& settings, const std::vector<RuleInfo>& rules,
                   DocumentReport& report, Lang lang) {
  if (settings.disable.empty() && settings.select.empty() && settings.levels.empty()) return;
  for (const RulePattern& p : settings.disable) CheckMatchesSomeRule(p, rules, lang);
  for (const RulePattern& p : settings.select) CheckMatchesSomeRule(p, rules, lang);
  for (const auto& [p, level] : settings.levels) CheckMatchesSomeRule(p, rules, lang);
  std::vector<Result> kept;
  for (Result& r : report.results) {
    if (Disabled(settings, r.rule)) continue;
    if (const std::optional<Severity> level = LevelFor(settings, r.rule)) r.level = *level;
    kept.push_back(std::move(r));
  }
  // Disabling a rule changes the counts; a level change does not.
  if (kept.size() != report.results.size()) report.summary = report::Summarise(kept);
  report.results = std::move(kept);
}

void ApplySettings(const DocumentSettings& settings, std::vector<RuleInfo>& rules, Lang lang) {
  for (const RulePattern& p : settings.disable) CheckMatchesSomeRule(p, rules, lang);
  for (const RulePattern& p : settings.select) CheckMatchesSomeRule(p, rules, lang);
  for (const auto& [p, level] : settings.levels) CheckMatchesSomeRule(p, rules, lang);
  std::vector<RuleInfo> kept;
  for (RuleInfo& rule : rules) {
    if (Disabled(settings, rule.id)) continue;
    if (const std::optional<Severity> level = LevelFor(settings, rule.id)) rule.level = *level;
    kept.push_back(std::move(rule));
  }
  rules = std::move(kept);
}

}  // namespace plancheck::cli
