// The file `plancheck init` writes: every key of .plancheck.yaml, each explained. The active
// values change nothing (a run with this file checks as a run without one); the keys that have
// no neutral value are commented out. config_test checks both, and that every key is here.
#include "checker/cli/config.h"

namespace plancheck::cli {

const char* ConfigTemplate() {
  return R"(# .plancheck.yaml — plancheck 的配置 / plancheck's settings (written by `plancheck init`).
# 每份规划使用离它最近的 .plancheck.yaml（规划所在文件夹，或其上层文件夹）；--config 指定一个文件给全部规划。
# Each plan uses the nearest .plancheck.yaml in its folder or a folder above; --config names one for all.
# 相对路径相对于本文件所在的文件夹 / Relative paths are relative to this file's folder.
# 下面的值都不改变检查结果；按需修改 / The values below change nothing; edit what you need.

# 额外的规则文件夹（同 --rules；与内置规则同 id 的规则替换内置规则）
# Extra rule-pack folders (as --rules; a rule with a bundled rule's id replaces it).
rules: []

# false：只用上面 rules 的规则包，不用内置规则 / false: only the packs in `rules`, no bundled ones.
builtin-rules: true

# 哪一级的问题使检查失败（退出码 1）：error | warning | info | never
# The lowest level that fails the run (exit 1): error | warning | info | never.
fail-on: error

# 基线文件（check --write-baseline 写出）：其中已接受的问题不再使检查失败
# A baseline (from check --write-baseline): the gaps it accepts no longer fail the run.
# baseline: .plancheck-baseline.json

# 消息和报告的语言：zh | en（默认取自 --lang，再取自 LANG）
# Language of messages and reports: zh | en (default: --lang, else LANG).
# lang: zh

# 规划的地区，在正文没有写明时使用（同 --region）/ The plans' region when their text does not say.
# region: 上海市/松江区

# 规划期，覆盖正文所写（同 --period；一年：2023）/ The plans' period, over what the text says.
# period: 2021-2025

# 成文日期，覆盖正文所写（同 --date）/ The plans' date of writing (成文日期), over the text's.
# date: 2021-06-01

# 上级规划（衔接审核，同 --against）/ Higher-level plans to check against (as --against).
against: []

# 不检查的规则：规则 id、规则包 id 或通配（同 --disable）
# Rules left out: rule ids, pack ids or globs (as --disable), e.g. [drafting.repeat.char, "drafting.typo.*"].
disable: []

# 只检查这些规则（空 = 全部；disable 仍然适用）/ Only these rules (empty = all; disable still applies).
select: []

# 改变规则的级别 / Level overrides: {national.topic.hotline-12348: error}.
levels: {}

# 按文件通配覆盖上面的设置（依次应用）/ Per-glob settings, applied in order after the top level.
# 每项可有 files（必需）、disable、select、levels、region、period、date。
# Each item: files (required), disable, select, levels, region, period, date.
overrides: []
#  - files: ["drafts/**", "*-draft.txt"]
#    disable: [drafting.repeat.char]
#    levels: {national.topic.pufa-8th: warning}
#    region: 吉林省/长春市/绿园区
#    period: 2020-2022
#    date: 2020-06-01
)";
}

}  // namespace plancheck::cli
