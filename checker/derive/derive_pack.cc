#include "checker/derive/derive_pack.h"

#include <filesystem>
#include <stdexcept>

#include <yaml-cpp/yaml.h>

#include "checker/derive/derived_rule.h"

namespace plancheck::derive {
namespace {

std::string PackName(const Document& higher, int ordinal) {
  const std::string& code = higher.metadata.region.code;
  // Appended, not "-" + std::to_string: GCC 12 -O2 warns (-Wrestrict) on that insert at 0.
  std::string name = std::string("against-").append(code.empty() ? "plan" : code);
  if (ordinal > 0) name.append("-").append(std::to_string(ordinal));
  return name;
}

YAML::Node AppliesTo(const Metadata& m) {
  YAML::Node applies(YAML::NodeType::Map);
  if (!m.region.province.empty()) applies["province"] = m.region.province;
  if (!m.region.city.empty()) applies["city"] = m.region.city;
  if (!m.region.county.empty()) applies["county"] = m.region.county;
  if (m.period && (m.period->from > 0 || m.period->to > 0)) {
    // 到2022年 gives only the last year.
    YAML::Node years(YAML::NodeType::Sequence);
    years.push_back(m.period->from > 0 ? m.period->from : m.period->to);
    years.push_back(m.period->to > 0 ? m.period->to : m.period->from);
    years.SetStyle(YAML::EmitterStyle::Flow);
    applies["period"]["overlaps"] = years;
  }
  return applies;
}

void Emit(YAML::Emitter& out, const std::string& pack, const DerivedRule& rule) {
  out << YAML::BeginMap;
  out << YAML::Key << "id" << YAML::Value << pack + "." + rule.id_tail;
  out << YAML::Key << "kind" << YAML::Value << rule.kind;
  out << YAML::Key << "level" << YAML::Value << rule.level;
  out << YAML::Key << "basis" << YAML::Value << rule.basis;
  out << YAML::Key << "source" << YAML::Value << "text";
  if (!rule.message.empty()) out << YAML::Key << "message" << YAML::Value << rule.message;
  if (!rule.suggestion.empty()) out << YAML::Key << "suggestion" << YAML::Value << rule.suggestion;
  for (const auto& [key, value] : rule.keys) out << YAML::Key << key << YAML::Value << value;
  out << YAML::Key << "tests" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "pass" << YAML::Value << rule.pass;
  out << YAML::Key << "fail" << YAML::Value << rule.fail;
  out << YAML::EndMap << YAML::EndMap;
}

}  // namespace

std::string Cited(const Document& higher) {
  if (!higher.metadata.title.empty()) return "《" + higher.metadata.title + "》";
  // No title in the text (a plan pasted from its body): cited by its file's name, never by a
  // title made up from its region; the same for its .docx and its .pdf.
  return "“" + std::filesystem::path(higher.path).stem().string() + "”";
}

std::string Quoted(std::string_view words) { return "“" + std::string(words) + "”"; }

std::string PlaceOf(const Document& higher, int heading) {
  std::string path;
  for (int h = heading; h >= 0 && static_cast<std::size_t>(h) < higher.outline.headings.size();
       h = higher.outline.headings[static_cast<std::size_t>(h)].parent) {
    const std::string& title = higher.outline.headings[static_cast<std::size_t>(h)].title;
    path = path.empty() ? title : title + " › " + path;
  }
  return path.empty() ? "" : "“" + path + "”";
}

DerivedPack DerivePack(const Document& higher, const Indicators& indicators,
                       const DeriveOptions& options) {
  DerivedPack pack;
  pack.name = PackName(higher, options.ordinal);
  pack.title = higher.metadata.title.empty() ? Cited(higher) : higher.metadata.title;
  pack.group = "与" + Cited(higher) + "衔接";
  std::vector<DerivedRule> rules = IndicatorRules(higher, indicators);
  for (auto* more : {&TaskRules, &BrandRules, &InstitutionRules}) {
    std::vector<DerivedRule> next = more(higher);
    rules.insert(rules.end(), next.begin(), next.end());
  }
  std::vector<DerivedRule> sections = SectionRules(higher, options.covered_roles);
  rules.insert(rules.end(), sections.begin(), sections.end());
  if (rules.empty()) {
    throw std::runtime_error(higher.path +
                             ": found no indicators, task areas or brands to derive rules from");
  }
  YAML::Emitter out;
  out.SetIndent(2);
  out << YAML::Comment("Derived by `plancheck rules derive` from " + Cited(higher) +
                       "; review and edit it as any pack.");
  out << YAML::BeginMap;
  out << YAML::Key << "pack" << YAML::Value << pack.name;
  out << YAML::Key << "title" << YAML::Value << pack.title;
  out << YAML::Key << "issued" << YAML::Value
      << (higher.metadata.date.empty() ? std::string("unknown") : higher.metadata.date);
  out << YAML::Key << "applies_to" << YAML::Value << AppliesTo(higher.metadata);
  out << YAML::Key << "rules" << YAML::Value << YAML::BeginSeq;
  for (const DerivedRule& rule : rules) {
    Emit(out, pack.name, rule);
    ++pack.counts[rule.kind];
    if (rule.brand) ++pack.brands;
    if (rule.institution) ++pack.institutions;
  }
  out << YAML::EndSeq << YAML::EndMap;
  pack.yaml = std::string(out.c_str()) + "\n";
  return pack;
}

}  // namespace plancheck::derive
