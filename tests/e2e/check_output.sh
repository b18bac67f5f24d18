#!/usr/bin/env bash
# What `check` prints for people to act on (issue 14): most important first, the head block,
# colour by level, --concise / --min-level / --quiet, stdin, did-you-mean, --disable / --select,
# in-plan ignores and the baseline's fixes.
set -uo pipefail
bin=$(realpath "$1")
src=$(realpath "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }
check() { if eval "$2"; then pass "$1"; else fail "$1"; fi; }
cd "$src"
plan=corpus/jiangsu-lianyungang-2023-2025.txt
export NO_COLOR=

"$bin" check --lang zh --fail-on never "$plan" >"$tmp/text"
check "head block" "grep -q '必须修改 [0-9]* 项 · 建议修改 [0-9]* 项 · 供参考 [0-9]* 项' $tmp/text"
last_error=$(grep -n ' 错误' "$tmp/text" | grep -v '规则：' | tail -1 | cut -d: -f1)
first_warning=$(grep -n ' 警告 ' "$tmp/text" | head -1 | cut -d: -f1)
first_info=$(grep -n ' 提示 ' "$tmp/text" | head -1 | cut -d: -f1)
check "errors, then warnings, then info" \
  "[ ${last_error:-0} -lt ${first_warning:-0} ] && [ ${first_warning:-0} -lt ${first_info:-999999} ]"
check "the doubled stop marked" "grep -q '原文：.*【。。】' $tmp/text"
check "counts per level in the summary" "grep -q '问题：错误 [0-9]* 处，警告 [0-9]* 处，提示 [0-9]* 处' $tmp/text"
check "no colour into a file" "! grep -q $'\033' $tmp/text"

"$bin" check --color always --fail-on never "$plan" >"$tmp/colour"
check "--color always: errors red, warnings yellow" \
  "grep -q $'\033\\[31m' $tmp/colour && grep -q $'\033\\[33m' $tmp/colour"
NO_COLOR=1 "$bin" check --fail-on never "$plan" >"$tmp/nocolour"
check "NO_COLOR kept" "! grep -q $'\033' $tmp/nocolour"

"$bin" check --concise --fail-on never "$plan" >"$tmp/concise"
"$bin" check --format json --fail-on never "$plan" >"$tmp/json"
gaps=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sum(r["status"] in ("fail","partial") for r in d["documents"][0]["results"]))' "$tmp/json")
check "--concise: one line per finding ($gaps)" "[ \$(wc -l <$tmp/concise) -eq $gaps ]"
check "--concise: file:line:col level message [rule]" \
  "grep -q '^corpus/jiangsu-lianyungang-2023-2025.txt:79:299 警告 .* \[drafting.punctuation.doubled\]$' $tmp/concise"
"$bin" check --concise --min-level warning --fail-on never "$plan" >"$tmp/warn"
check "--min-level warning: no info" "! grep -q ' 提示 ' $tmp/warn && grep -q ' 警告 ' $tmp/warn"
"$bin" check --concise --quiet --fail-on never "$plan" >"$tmp/quiet"
check "--quiet: errors only" "! grep -q ' 警告 \| 提示 ' $tmp/quiet"

# Standard input.
"$bin" check --concise --fail-on never --stdin-name 连云港.txt - <"$plan" >"$tmp/stdin"
check "check - reads standard input" "[ \"\$(sed 's/^[^:]*//' $tmp/stdin)\" = \"\$(sed 's/^[^:]*//' $tmp/concise)\" ]"
check "--stdin-name names it" "grep -q '^连云港.txt:' $tmp/stdin"

# Usage errors.
"$bin" indicators corpus/ >/dev/null 2>"$tmp/err"
check "indicators DIR exits 2" "[ $? -eq 2 ] && grep -q '是文件夹' $tmp/err"
"$bin" --lang zh chek "$plan" >/dev/null 2>"$tmp/err"
check "did you mean check" "[ $? -eq 2 ] && grep -q 'chek（是否为 check？）' $tmp/err"
"$bin" check --lang zh --formt json "$plan" >/dev/null 2>"$tmp/err"
check "did you mean --format" "[ $? -eq 2 ] && grep -q -- '--formt（是否为 --format？）' $tmp/err"
check "CLI11's text in Chinese" "grep -q '以下参数无法识别' $tmp/err"

# --disable / --select.
"$bin" check --format json --fail-on never --disable drafting "$plan" >"$tmp/disabled"
check "--disable PACK" "! grep -q '\"rule\": \"drafting\.' $tmp/disabled"
"$bin" check --format json --fail-on never --select 'national.*' "$plan" >"$tmp/selected"
check "--select glob" "python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); r=d[\"documents\"][0][\"results\"]; assert r and all(x[\"rule\"].startswith(\"national.\") for x in r)' $tmp/selected"
"$bin" check --lang zh --disable drafting.typo.confusable "$plan" >/dev/null 2>"$tmp/err"
check "--disable typo: exit 2 with a did-you-mean" \
  "[ $? -eq 2 ] && grep -q 'drafting.typo.confusables' $tmp/err"

# In-plan ignores.
"$bin" check --lang zh --fail-on never tests/fixtures/ignores/lianyungang-markers.txt >"$tmp/marked"
check "ignored findings counted" "grep -q '规划内标记忽略 2 项' $tmp/marked && ! grep -q '【。。】' $tmp/marked"
check "a marker without a reason is reported" "grep -q '提示 忽略标记未写理由' $tmp/marked"
"$bin" check --lang zh --fail-on never --report-ignored tests/fixtures/ignores/lianyungang-markers.txt >"$tmp/listed"
check "--report-ignored lists them" "grep -q '已忽略（规划内的忽略标记）' $tmp/listed && grep -q '引用上级文件原句，不改' $tmp/listed"

# Baseline: a one-line summary, then what was fixed.
cp "$plan" "$tmp/plan.txt"
"$bin" check --lang zh --write-baseline "$tmp/baseline.json" "$tmp/plan.txt" >/dev/null 2>"$tmp/err"
check "--write-baseline summary" "grep -q '^plancheck：基线 .* 已写入：1 份规划，[0-9]* 项差距（错误' $tmp/err"
sed -i 's/工作活力。。/工作活力。/' "$tmp/plan.txt"
"$bin" check --lang zh --baseline "$tmp/baseline.json" "$tmp/plan.txt" >"$tmp/fixed"
check "已修复 1 项" "grep -q '基线以来已修复 1 项' $tmp/fixed"

[ "$fails" -eq 0 ] || { echo "$fails failed"; exit 1; }
echo "all passed"
