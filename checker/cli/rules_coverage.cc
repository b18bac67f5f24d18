#include "checker/cli/rules_coverage.h"

#include <algorithm>
#include <array>
#include <set>

#include <nlohmann/json.hpp>

#include "checker/decode/utf8.h"
#include "checker/document/gazetteer.h"

namespace plancheck::cli {
namespace {

bool IsRegional(const Pack& pack) {
  const Conditions& c = pack.applies_to;
  return !c.province.empty() || !c.city.empty() || !c.county.empty();
}

// The provinces a pack is for: its `province` entries, else the provinces of its city or county
// entries (a name like 普陀区 that two provinces hold counts for both unless a province is given).
std::set<std::string> ProvinceCodesOf(const Pack& pack, const Gazetteer& gazetteer) {
  std::set<std::string> codes;
  const Conditions& c = pack.applies_to;
  if (!c.province.empty()) {
    for (const Division& d : gazetteer.divisions()) {
      if (d.level != Division::Level::kProvince) continue;
      for (const std::string& wanted : c.province) {
        if (RegionMatches(wanted, d.name, d.code)) codes.insert(d.code);
      }
    }
    return codes;
  }
  for (const std::vector<std::string>* names : {&c.city, &c.county}) {
    for (const std::string& name : *names) {
      const Division* by_code = gazetteer.ByCode(name);
      std::vector<const Division*> found = by_code ? std::vector{by_code} : gazetteer.Find(name);
      for (const Division* d : found) codes.insert(d->ProvinceCode());
    }
  }
  return codes;
}

struct Counts {
  int rules = 0;
  std::array<int, 3> levels{};  // error, warning, info
};

Counts CountRules(const Rulebook& book, const std::vector<const Pack*>& packs) {
  Counts counts;
  for (const Pack* pack : packs) {
    for (const int r : pack->rules) {
      ++counts.rules;
      switch (book.rules[static_cast<std::size_t>(r)].spec.level) {
        case Severity::kError:
          ++counts.levels[0];
          break;
        case Severity::kWarning:
          ++counts.levels[1];
          break;
        case Severity::kInfo:
          ++counts.levels[2];
          break;
      }
    }
  }
  return counts;
}

std::vector<const Pack*> GeneralPacks(const Rulebook& book) {
  std::vector<const Pack*> out;
  for (const Pack& pack : book.packs) {
    if (!IsRegional(pack)) out.push_back(&pack);
  }
  return out;
}

std::string PackNames(const std::vector<const Pack*>& packs) {
  std::string out;
  for (const Pack* p : packs) out += (out.empty() ? "" : ", ") + p->info.name;
  return out;
}

// Columns line up in a terminal: a Han character takes two cells.
std::string Pad(const std::string& text, std::size_t cells) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size(); i += utf8::SequenceLength(text[i])) {
    width += static_cast<unsigned char>(text[i]) >= 0xE0 ? 2 : 1;
  }
  return text + std::string(cells > width ? cells - width : 1, ' ');
}

std::string Row(const std::string& name, const std::string& packs, const Counts& c,
                const std::string& tail) {
  return Pad(name, 18) + Pad(packs, 8) + Pad(std::to_string(c.rules), 6) +
         Pad(std::to_string(c.levels[0]), 6) + Pad(std::to_string(c.levels[1]), 6) +
         Pad(std::to_string(c.levels[2]), 6) + tail + "\n";
}

void WriteText(const Rulebook& book, const std::vector<ProvinceCoverage>& rows, Lang lang,
               std::ostream& out) {
  const std::vector<const Pack*> general = GeneralPacks(book);
  const auto covered = std::count_if(rows.begin(), rows.end(),
                                     [](const ProvinceCoverage& r) { return !r.packs.empty(); });
  out << Tr(lang, "省级规则包覆盖：", "Provincial pack coverage: ") << rows.size()
      << Tr(lang, " 个省级地区，", " provinces, ") << covered
      << Tr(lang, " 个有本省规则包，", " with packs of their own, ") << rows.size() - covered
      << Tr(lang, " 个只适用全国规则\n\n", " with national rules only\n\n");
  out << Pad(Tr(lang, "地区", "region"), 18) << Pad(Tr(lang, "规则包", "packs"), 8)
      << Pad(Tr(lang, "规则", "rules"), 6) << Pad(Tr(lang, "错误", "error"), 6)
      << Pad(Tr(lang, "警告", "warn"), 6) << Pad(Tr(lang, "提示", "info"), 6)
      << Tr(lang, "规则包名称", "pack names") << "\n";
  out << Row(Tr(lang, "全国（所有规划）", "all plans"), std::to_string(general.size()),
             CountRules(book, general), "");
  for (const ProvinceCoverage& r : rows) {
    out << Row(r.province, std::to_string(r.packs.size()), CountRules(book, r.packs),
               r.packs.empty() ? Tr(lang, "—（暂无经核实的省级文件）", "— (no confirmed document)")
                               : PackNames(r.packs));
  }
}

void WriteMarkdown(const Rulebook& book, const std::vector<ProvinceCoverage>& rows, Lang lang,
                   std::ostream& out) {
  out << Tr(lang, "| 地区 | 规则包 | 规则 | 错误 | 警告 | 提示 | 规则包名称 |\n",
            "| region | packs | rules | error | warning | info | pack names |\n")
      << "|---|---:|---:|---:|---:|---:|---|\n";
  const auto line = [&](const std::string& name, const std::vector<const Pack*>& packs,
                        const std::string& names) {
    const Counts c = CountRules(book, packs);
    out << "| " << name << " | " << packs.size() << " | " << c.rules << " | " << c.levels[0]
        << " | " << c.levels[1] << " | " << c.levels[2] << " | " << names << " |\n";
  };
  const std::vector<const Pack*> general = GeneralPacks(book);
  line(Tr(lang, "全国（所有规划）", "all plans"), general, "");
  for (const ProvinceCoverage& r : rows) {
    line(r.province, r.packs,
         r.packs.empty() ? Tr(lang, "—（暂无经核实的省级文件）", "— (no confirmed document)")
                         : PackNames(r.packs));
  }
}

nlohmann::ordered_json PacksJson(const Rulebook& book, const std::vector<const Pack*>& packs) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const Pack* p : packs) {
    const Counts c = CountRules(book, {p});
    out.push_back(
        {{"name", p->info.name},
         {"title", p->info.title},
         {"issued", p->info.issued},
         {"rules", c.rules},
         {"levels", {{"error", c.levels[0]}, {"warning", c.levels[1]}, {"info", c.levels[2]}}}});
  }
  return out;
}

void WriteJson(const Rulebook& book, const std::vector<ProvinceCoverage>& rows, std::ostream& out) {
  nlohmann::ordered_json provinces = nlohmann::ordered_json::array();
  for (const ProvinceCoverage& r : rows) {
    const Counts c = CountRules(book, r.packs);
    provinces.push_back(
        {{"province", r.province},
         {"code", r.code},
         {"rules", c.rules},
         {"levels", {{"error", c.levels[0]}, {"warning", c.levels[1]}, {"info", c.levels[2]}}},
         {"packs", PacksJson(book, r.packs)}});
  }
  const std::vector<const Pack*> general = GeneralPacks(book);
  const nlohmann::ordered_json root{{"all_plans", PacksJson(book, general)},
                                    {"provinces", provinces}};
  out << root.dump(2) << "\n";
}

}  // namespace

std::vector<ProvinceCoverage> Coverage(const Rulebook& book) {
  const Gazetteer& gazetteer = Gazetteer::Builtin();
  std::vector<ProvinceCoverage> rows;
  for (const Division& d : gazetteer.divisions()) {
    if (d.level == Division::Level::kProvince) rows.push_back({d.name, d.code, {}});
  }
  for (const Pack& pack : book.packs) {
    if (!IsRegional(pack)) continue;
    const std::set<std::string> codes = ProvinceCodesOf(pack, gazetteer);
    for (ProvinceCoverage& row : rows) {
      if (codes.contains(row.code)) row.packs.push_back(&pack);
    }
  }
  return rows;
}

std::vector<const Pack*> PacksForProvince(const Rulebook& book, const std::string& province) {
  for (const ProvinceCoverage& row : Coverage(book)) {
    if (RegionMatches(province, row.province, row.code)) return row.packs;
  }
  return {};
}

void WriteCoverage(const Rulebook& book, const std::string& format, Lang lang, std::ostream& out) {
  const std::vector<ProvinceCoverage> rows = Coverage(book);
  if (format == "json") {
    WriteJson(book, rows, out);
  } else if (format == "md") {
    WriteMarkdown(book, rows, lang, out);
  } else {
    WriteText(book, rows, lang, out);
  }
}

}  // namespace plancheck::cli
