// plancheck rules derive HIGHER [-o pack.yaml]: a higher-level plan as a rule pack (衔接审核), to
// review, edit and check lower plans with (--rules), or to see what --against checks.
#include <iostream>
#include <memory>

#include "checker/cli/against.h"
#include "checker/cli/commands.h"
#include "checker/cli/lang.h"
#include "checker/cli/output_file.h"

namespace plancheck::cli {
namespace {

struct DeriveFlags {
  HigherPlan plan;
  std::string output;
};

std::string Counts(const derive::DerivedPack& pack, Lang lang) {
  std::string out;
  for (const auto& [kind, n] : pack.counts) {
    out += (out.empty() ? "" : ", ") + kind + " " + std::to_string(n);
  }
  if (pack.brands > 0) {
    out += Tr(lang, "（其中品牌、项目 ", " (of the topics, brands and projects: ") +
           std::to_string(pack.brands) + Tr(lang, "）", ")");
  }
  if (pack.institutions > 0) {
    out += Tr(lang, "（其中机构、机制 ", " (institutions and mechanisms: ") +
           std::to_string(pack.institutions) + Tr(lang, "）", ")");
  }
  return out;
}

}  // namespace

void AddRulesDeriveCommand(CLI::App& rules, int& exit_code) {
  auto flags = std::make_shared<DeriveFlags>();
  auto* cmd = rules.add_subcommand(
      "derive", "Derive a rule pack from a higher-level plan / 由上级规划生成衔接审核规则包");
  cmd->add_option("HIGHER", flags->plan.file, "The higher-level plan (.docx, .pdf, .txt …)")
      ->required();
  cmd->add_option("-o,--output", flags->output, "Write the pack here (default: standard output)");
  cmd->add_option("--region", flags->plan.region,
                  "The level the plan stands for, e.g. 上海市 / 上级规划所代表的地区");
  cmd->add_option("--period", flags->plan.period, "Its period, e.g. 2021-2025 / 规划期");
  cmd->callback([flags, cmd, &exit_code] {
    const Lang lang = ResolveLang(LangFlag(*cmd));
    const derive::DerivedPack pack = DeriveFrom(flags->plan, RulebookOptions{}, lang);
    if (flags->output.empty()) {
      std::cout << pack.yaml;
    } else {
      RefuseOutputOverInput("--output", flags->output, {flags->plan.file}, lang);
      WriteOutputFile(flags->output, pack.yaml, lang);
    }
    std::cerr << "plancheck: " << pack.name << " (" << pack.group << "): " << Counts(pack, lang)
              << "\n";
    exit_code = 0;
  });
}

}  // namespace plancheck::cli
