#include "checker/derive/name_match.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include <re2/re2.h>

#include "checker/decode/utf8.h"
#include "checker/document/normalise.h"

namespace plancheck::derive {
namespace {

std::u32string CodePoints(std::string_view s) {
  std::u32string out;
  for (std::size_t pos = 0; pos < s.size();) out.push_back(utf8::Next(s, pos));
  return out;
}

std::size_t CommonSubsequence(const std::u32string& a, const std::u32string& b) {
  std::vector<std::size_t> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
  for (const char32_t ca : a) {
    for (std::size_t j = 0; j < b.size(); ++j) {
      cur[j + 1] = ca == b[j] ? prev[j] + 1 : std::max(prev[j + 1], cur[j]);
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

// What a rate measures, by its last word: 覆盖率 and 建成率 both say how far something reaches.
struct Measure {
  std::string_view word;
  std::string_view kind;
};
constexpr std::array<Measure, 11> kMeasures{{{"覆盖", "reach"},
                                             {"建成", "reach"},
                                             {"建设", "reach"},
                                             {"配备", "reach"},
                                             {"普及", "reach"},
                                             {"满意", "satisfaction"},
                                             {"接通", "connection"},
                                             {"成功", "success"},
                                             {"合格", "quality"},
                                             {"履行", "performance"},
                                             {"指派", "assignment"}}};

// Splits the measure off a folded name: {subject, kind}.
std::pair<std::string, std::string_view> SplitMeasure(const std::string& folded) {
  for (const Measure& m : kMeasures) {
    if (folded.size() > m.word.size() && folded.ends_with(m.word)) {
      return {folded.substr(0, folded.size() - m.word.size()), m.kind};
    }
  }
  return {folded, {}};
}

std::string LevelWords(std::string_view folded) {
  static const RE2 level("([省市区县镇村]级)");
  std::string out, word;
  re2::StringPiece rest(folded.data(), folded.size());
  while (RE2::FindAndConsume(&rest, level, &word)) out += word;
  return out;
}

// Whether a name counts something or gives a rate, by its unit, else by its ending: 法律援助覆盖率
// and 法律援助案件数 are two subjects whatever their words share. Per-capita names (每万人律师比 /
// 每万人律师数) are rates either way, and say nothing here.
std::string_view Kind(std::string_view name, std::string_view unit_class) {
  static const RE2 rate("(?:率|比例|比重|覆盖面|占.*)$");
  static const RE2 count("(?:数|数量|人数|件数|次数|个数|总数|总量|量)$");
  const std::string n = Nfkc(name);
  if (n.find("万人") != std::string::npos) return {};
  if (unit_class == "%") return "rate";
  if (!unit_class.empty()) return "count";
  if (RE2::PartialMatch(n, rate)) return "rate";
  if (RE2::PartialMatch(n, count)) return "count";
  return {};
}

double SubjectScore(const std::string& a, const std::string& b) {
  const std::u32string ca = CodePoints(a), cb = CodePoints(b);
  if (ca.empty() || cb.empty()) return 0;
  const double common = static_cast<double>(CommonSubsequence(ca, cb));
  const double extra_a = static_cast<double>(ca.size()) - common;
  const double extra_b = static_cast<double>(cb.size()) - common;
  const double shorter = static_cast<double>(std::min(ca.size(), cb.size()));
  const double score =
      common / shorter - 0.2 * std::min(extra_a, extra_b) - 0.01 * std::max(extra_a, extra_b);
  return std::clamp(score, 0.0, 1.0);
}

}  // namespace

std::string FoldName(std::string_view name) {
  static const RE2 brackets(R"(\([^)]*\))");
  static const RE2 marks(R"([“”"‘’'\s、，,·])");
  static const RE2 per_capita("每?(?:十|10)?万(?:人口|人|口)");
  static const RE2 scope("^(?:全市|全区|全县|全省|全镇|本市|本区|本县|市|区|县)");
  static const RE2 verbs("拥有|获得|提供|每年|年度|平均|达到|办理|配备");
  static const RE2 ending("(?:数量|总数|人数|件数|次数|个数|总量|比例|比重|数|比|率|量|度|面|的)$");
  std::string s = Nfkc(name);
  RE2::GlobalReplace(&s, brackets, "");
  RE2::GlobalReplace(&s, marks, "");
  RE2::GlobalReplace(&s, per_capita, "每万人");
  if (!s.starts_with("市级") && !s.starts_with("区级") && !s.starts_with("县级")) {
    RE2::Replace(&s, scope, "");
  }
  RE2::GlobalReplace(&s, verbs, "");
  // Endings off one by one (总数量 -> 总), but never the whole name (总数 stays 总数).
  for (std::string next = s; RE2::Replace(&next, ending, "") && !next.empty();) s = next;
  return s;
}

std::string UnitClass(std::string_view unit) {
  static constexpr std::pair<std::string_view, std::string_view> kClasses[] = {
      {"%", "%"},   {"人", "人"}, {"名", "人"}, {"位", "人"},   {"件", "件"}, {"次", "件"},
      {"个", "个"}, {"家", "个"}, {"所", "个"}, {"小时", "时"}, {"元", "元"}};
  const std::string u = Nfkc(utf8::Trim(unit));
  for (const auto& [prefix, kind] : kClasses) {
    if (std::string_view(u).starts_with(prefix)) return std::string(kind);
  }
  return "";
}

double MatchScore(const NameSide& higher, const NameSide& lower) {
  const std::string ua = UnitClass(higher.unit), ub = UnitClass(lower.unit);
  if (!ua.empty() && !ub.empty() && ua != ub) return 0;
  const std::string_view ka = Kind(higher.name, ua), kb = Kind(lower.name, ub);
  if (!ka.empty() && !kb.empty() && ka != kb) return 0;
  const std::string fa = FoldName(higher.name), fb = FoldName(lower.name);
  if ((fa.find("每万人") == std::string::npos) != (fb.find("每万人") == std::string::npos))
    return 0;
  const std::string la = LevelWords(fa), lb = LevelWords(fb);
  if (!la.empty() && !lb.empty() && la != lb) return 0;
  const auto [sa, ma] = SplitMeasure(fa);
  const auto [sb, mb] = SplitMeasure(fb);
  if (!ma.empty() && !mb.empty() && ma != mb) return 0;
  double score = SubjectScore(sa, sb);
  const std::string ca = FoldName(higher.category), cb = FoldName(lower.category);
  if (score > 0 && !ca.empty() && ca == cb) score = std::min(1.0, score + 0.05);
  return score;
}

double MatchScore(const Indicator& higher, const Indicator& lower) {
  return MatchScore(NameSide{higher.name, higher.unit, higher.category},
                    NameSide{lower.name, lower.unit, lower.category});
}

}  // namespace plancheck::derive
