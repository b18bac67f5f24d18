#include "checker/rulebook/conditions.h"

#include <algorithm>

#include <re2/re2.h>

#include "checker/decode/utf8.h"
#include "checker/document/writing_window.h"

namespace plancheck {
namespace {

constexpr int kMinYear = 1949;
constexpr int kMaxYear = 2100;

int ReadYear(YamlMap& map, const YAML::Node& node, std::string_view what) {
  const std::string text = ScalarText(map.source(), node, what);
  int year = 0;
  if (!RE2::FullMatch(text, R"((\d{4}))", &year) || year < kMinYear || year > kMaxYear) {
    map.Fail(node,
             std::string(what) + " must be a year between 1949 and 2100, not \"" + text + "\"");
  }
  return year;
}

void ReadPeriod(YamlMap& parent, Conditions& out) {
  YamlMap period(parent.Required("period"), parent.source(), "'period'");
  if (period.Has("overlaps")) {
    const YAML::Node years = period.Get("overlaps");
    if (!years.IsSequence() || years.size() != 2) {
      period.Fail(years, "'overlaps' must be two years, e.g. [2021, 2025]");
    }
    const int from = ReadYear(period, years[0], "'overlaps'");
    const int to = ReadYear(period, years[1], "'overlaps'");
    if (from > to)
      period.Fail(
          years, "'overlaps' runs backwards: " + std::to_string(from) + " > " + std::to_string(to));
    out.period_overlaps = {from, to};
  }
  if (period.Has("from_at_least")) {
    out.period_from_at_least = ReadYear(period, period.Get("from_at_least"), "'from_at_least'");
  }
  if (period.Has("to_at_most")) {
    out.period_to_at_most = ReadYear(period, period.Get("to_at_most"), "'to_at_most'");
  }
  if (!out.period_overlaps && !out.period_from_at_least && !out.period_to_at_most) {
    period.Fail("'period' needs 'overlaps', 'from_at_least' or 'to_at_most'");
  }
  period.RejectUnknownKeys();
}

std::optional<std::string> ReadDate(YamlMap& map, std::string_view key, bool end) {
  const std::optional<std::string> text = map.OptionalString(key);
  if (!text) return std::nullopt;
  const std::string date = NormaliseDate(*text, end);
  if (date.empty()) {
    map.Fail(map.Get(key), "'" + std::string(key) +
                               "' must be a date YYYY-MM-DD (or YYYY, YYYY-MM), not \"" + *text +
                               "\"");
  }
  return date;
}

std::string Join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? std::string(sep) : "") + items[i];
  return out;
}

std::string PeriodText(const Period& p) {
  if (p.from <= 0) return "未知—" + std::to_string(p.to);
  return std::to_string(p.from) + "—" + std::to_string(p.to);
}

// Appends one condition's verdict; returns false when it fails.
bool Note(Verdict& v, bool holds, const std::string& text) {
  if (!holds) {
    v.holds = false;
    v.why = text;
  } else if (v.holds) {
    v.why += (v.why.empty() ? "" : "；") + text;
  }
  return holds;
}

bool CheckRegion(Verdict& v, const std::vector<std::string>& wanted, const std::string& name,
                 const std::string& code, const char* label) {
  if (wanted.empty()) return true;
  if (name.empty() && code.empty()) {
    return Note(v, false,
                std::string(label) + "未知（需要 " + Join(wanted, "/") + "；可用 --region 指定）");
  }
  const bool ok = std::any_of(wanted.begin(), wanted.end(),
                              [&](const std::string& w) { return RegionMatches(w, name, code); });
  return Note(v, ok,
              std::string(label) + " " + (name.empty() ? code : name) + (ok ? " = " : " ≠ ") +
                  Join(wanted, "/"));
}

bool CheckPeriod(Verdict& v, const Conditions& c, const Metadata& m) {
  if (!c.period_overlaps && !c.period_from_at_least && !c.period_to_at_most) return true;
  if (!m.period) return Note(v, false, "规划期未知");
  const Period& p = *m.period;
  if (c.period_overlaps) {
    const auto [from, to] = *c.period_overlaps;
    const bool ok = p.from <= to && p.to >= from;
    if (!Note(v, ok,
              "规划期 " + PeriodText(p) + (ok ? " 与 " : " 不与 ") + std::to_string(from) + "—" +
                  std::to_string(to) + " 重叠")) {
      return false;
    }
  }
  if (c.period_from_at_least && p.from <= 0) {
    return Note(v, false, "规划期起始年份未知（" + PeriodText(p) + "）");
  }
  if (c.period_from_at_least && !Note(v, p.from >= *c.period_from_at_least,
                                      "规划期始于 " + std::to_string(p.from) +
                                          (p.from >= *c.period_from_at_least ? " ≥ " : " < ") +
                                          std::to_string(*c.period_from_at_least))) {
    return false;
  }
  if (c.period_to_at_most &&
      !Note(v, p.to <= *c.period_to_at_most,
            "规划期止于 " + std::to_string(p.to) + (p.to <= *c.period_to_at_most ? " ≤ " : " > ") +
                std::to_string(*c.period_to_at_most))) {
    return false;
  }
  return true;
}

// One side of the window, briefly: "2022年10月（第14行）", "2023年（规划期始于2023年）". The
// report's header says in full what the line cites.
std::string Side(const Written& w, bool after) {
  const std::string& date = after ? w.after : w.before;
  const WrittenEvidence::Bound bound =
      after ? WrittenEvidence::Bound::kAfter : WrittenEvidence::Bound::kBefore;
  std::string why;
  for (const WrittenEvidence& e : w.evidence) {
    if (e.bound == bound && e.line > 0) {
      why = "第" + std::to_string(e.line) + "行";
      break;
    }
  }
  if (why.empty() && !after) {
    switch (w.before_basis) {
      case Written::BeforeBasis::kDate:
        why = "成文日期";
        break;
      case Written::BeforeBasis::kPeriod:
        why = "规划期始于" + w.before + "年";
        break;
      case Written::BeforeBasis::kDocNumber:
        for (const WrittenEvidence& e : w.evidence) {
          if (e.kind == WrittenEvidence::Kind::kDocNumber && e.bound == bound) why = e.text;
        }
        break;
      default:
        break;
    }
  }
  return DateWords(date, true) + (why.empty() ? "" : "（" + why + "）");
}

// With a 成文日期 the date itself decides; without one, the window does when it can: a plan that
// cites something dated X was written no earlier than X, one whose window ends before X was
// written before it. A window that straddles X leaves the condition undecided (it does not hold).
bool CheckDates(Verdict& v, const Conditions& c, const Metadata& m) {
  if (!c.issued_after && !c.issued_before) return true;
  if (!m.date.empty()) {
    if (c.issued_after &&
        !Note(v, m.date > *c.issued_after,
              "成文日期 " + m.date + (m.date > *c.issued_after ? " 晚于 " : " 不晚于 ") +
                  *c.issued_after)) {
      return false;
    }
    if (c.issued_before &&
        !Note(v, m.date < *c.issued_before,
              "成文日期 " + m.date + (m.date < *c.issued_before ? " 早于 " : " 不早于 ") +
                  *c.issued_before)) {
      return false;
    }
    return true;
  }
  const Written& w = m.written;
  if (!w.known()) return Note(v, false, "成文日期未知");
  const std::string first = WidenDate(w.after, false);
  const std::string last = WidenDate(w.before, true);
  const auto undecided = [&](const std::string& x, const char* relation) {
    std::string window;
    if (!w.after.empty()) window = "不早于" + Side(w, true);
    if (!w.before.empty()) window += (window.empty() ? "" : "，") + ("不晚于" + Side(w, false));
    return Note(v, false, "成文时间" + window + "，不能确定是否" + relation + " " + x);
  };
  if (c.issued_after) {
    const std::string& x = *c.issued_after;
    if (!first.empty() && first >= x) {
      Note(v, true, "成文不早于" + Side(w, true) + "，晚于 " + x);
    } else if (!last.empty() && last <= x) {
      return Note(v, false, "成文不晚于" + Side(w, false) + "，不晚于 " + x);
    } else {
      return undecided(x, "晚于");
    }
  }
  if (c.issued_before) {
    const std::string& x = *c.issued_before;
    if (!last.empty() && last < x) {
      Note(v, true, "成文不晚于" + Side(w, false) + "，早于 " + x);
    } else if (!first.empty() && first >= x) {
      return Note(v, false, "成文不早于" + Side(w, true) + "，不早于 " + x);
    } else {
      return undecided(x, "早于");
    }
  }
  return true;
}

bool CheckKindAndLevel(Verdict& v, const Conditions& c, const Metadata& m) {
  if (!c.level.empty()) {
    if (m.level.empty()) return Note(v, false, "行政层级未知（需要 " + Join(c.level, "/") + "）");
    const bool ok = std::find(c.level.begin(), c.level.end(), m.level) != c.level.end();
    if (!Note(v, ok, "层级 " + m.level + (ok ? " ∈ " : " ∉ ") + Join(c.level, "/"))) return false;
  }
  if (!c.kind.empty()) {
    if (m.kind.empty()) return Note(v, false, "文种未知（需要 " + Join(c.kind, "/") + "）");
    const bool ok = std::any_of(c.kind.begin(), c.kind.end(), [&](const std::string& k) {
      return m.kind.find(k) != std::string::npos;
    });
    if (!Note(v, ok, "文种 " + m.kind + (ok ? " ∈ " : " ∉ ") + Join(c.kind, "/"))) return false;
  }
  if (c.draft && !Note(v, m.draft == *c.draft, m.draft ? "征求意见稿" : "非征求意见稿"))
    return false;
  return true;
}

std::string StripRegionSuffix(std::string name) {
  static const char* const kSuffixes[] = {"特别行政区", "自治区", "自治州", "自治县", "地区", "省",
                                          "市",         "区",     "县",     "盟",     "旗"};
  for (const char* suffix : kSuffixes) {
    const std::string_view s(suffix);
    if (name.size() > s.size() + 3 && std::string_view(name).ends_with(s)) {
      return name.substr(0, name.size() - s.size());
    }
  }
  return name;
}

}  // namespace

bool Conditions::empty() const {
  return province.empty() && city.empty() && county.empty() && level.empty() && !period_overlaps &&
         !period_from_at_least && !period_to_at_most && !issued_after && !issued_before &&
         kind.empty() && !draft && any.empty();
}

std::string NormaliseDate(const std::string& text, bool end) { return WidenDate(text, end); }

bool DependsOnTime(const Conditions& c) {
  if (c.period_overlaps || c.period_from_at_least || c.period_to_at_most || c.issued_after ||
      c.issued_before) {
    return true;
  }
  return std::any_of(c.any.begin(), c.any.end(), DependsOnTime);
}

Verdict WrittenBefore(const Metadata& m, const std::string& issued, const std::string& title) {
  Verdict v{false, ""};
  const std::string start = WidenDate(issued, false);
  if (start.empty()) return v;
  const std::string last = !m.date.empty() ? m.date : WidenDate(m.written.before, true);
  if (last.empty() || last >= start) return v;
  const std::string side =
      !m.date.empty() ? DateWords(m.date, true) + "（成文日期）" : Side(m.written, false);
  // e.g. 本规划成文不晚于2020年10月（第9行），晚于其成文的《…》（2021-06）不适用
  v.holds = true;
  v.why = "本规划成文不晚于" + side + "，晚于其成文的《" + title + "》（" + issued + "）不适用";
  return v;
}

bool RegionMatches(const std::string& wanted, const std::string& name, const std::string& code) {
  if (RE2::FullMatch(wanted, R"(\d{6})")) {
    std::string prefix = wanted;
    while (prefix.size() > 2 && prefix.ends_with("00")) prefix.resize(prefix.size() - 2);
    return !code.empty() && code.starts_with(prefix);
  }
  if (name.empty()) return false;
  return wanted == name || StripRegionSuffix(wanted) == StripRegionSuffix(name);
}

Conditions ReadConditions(YamlMap& map, bool allow_any) {
  Conditions c;
  c.province = map.OptionalList("province");
  c.city = map.OptionalList("city");
  c.county = map.OptionalList("county");
  c.level = map.OptionalList("level");
  for (const std::string& level : c.level) {
    if (level != "province" && level != "city" && level != "county" && level != "town") {
      map.Fail(map.Get("level"),
               "'level' must be province, city, county or town, not \"" + level + "\"");
    }
  }
  if (map.Has("period")) ReadPeriod(map, c);
  c.issued_after = ReadDate(map, "issued_after", true);
  c.issued_before = ReadDate(map, "issued_before", false);
  c.kind = map.OptionalList("kind");
  c.draft = map.OptionalBool("draft");
  if (allow_any && map.Has("any")) {
    const YAML::Node any = map.Get("any");
    if (!any.IsSequence() || any.size() == 0) map.Fail(any, "'any' must be a list of conditions");
    for (const YAML::Node& item : any) {
      YamlMap alternative(item, map.source(), "an 'any' alternative");
      c.any.push_back(ReadConditions(alternative, true));
      alternative.RejectUnknownKeys();
    }
  }
  return c;
}

Verdict Evaluate(const Conditions& c, const Metadata& m) {
  Verdict v;
  if (!CheckRegion(v, c.province, m.region.province, m.region.code, "省份") ||
      !CheckRegion(v, c.city, m.region.city, m.region.code, "城市") ||
      !CheckRegion(v, c.county, m.region.county, m.region.code, "区县") ||
      !CheckKindAndLevel(v, c, m) || !CheckPeriod(v, c, m) || !CheckDates(v, c, m)) {
    return v;
  }
  if (!c.any.empty()) {
    std::vector<std::string> reasons;
    for (const Conditions& alternative : c.any) {
      const Verdict a = Evaluate(alternative, m);
      if (a.holds) return Note(v, true, a.why), v;
      reasons.push_back(a.why);
    }
    Note(v, false, Join(reasons, "，且"));
  }
  return v;
}

}  // namespace plancheck
