#!/usr/bin/env bash
# Messages in Chinese when the language is zh (--lang zh or a Chinese locale): rule-pack errors,
# the indicators table, rules show and rules list --for, and the did-you-mean of a mistyped config
# key and rule id (in --disable, --select and the config).
set -uo pipefail
bin=$(realpath "$1")
src=$(realpath "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }
plan=$src/corpus/shanghai-songjiang-2023-2025.txt
# No ASCII words of English prose (identifiers such as rule ids and YAML keys are allowed).
no_english() { ! grep -E -q "$2" "$1"; }

mkdir "$tmp/bad"
cat >"$tmp/bad/p.yaml" <<'YAML'
pack: bad
title: 测试
issued: 2021
rules:
  - id: bad.topic.x
    kind: topic
    level: info
    basis: 《测试》第一条
    patterns: [法律援助]
    mentoin: 1
    tests: {pass: [法律援助], fail: [公证]}
YAML
"$bin" --lang zh check --rules "$tmp/bad" "$plan" >/dev/null 2>"$tmp/err"
code=$?
[ "$code" -eq 2 ] && grep -q "规则包有误" "$tmp/err" && grep -q "未知的键“mentoin”" "$tmp/err" &&
  grep -q "p.yaml:10:5" "$tmp/err" && no_english "$tmp/err" "unknown key|known keys|in a rule" &&
  pass "rule-pack error in Chinese, with file:line:column" || { fail "rule-pack error (exit $code)"; cat "$tmp/err"; }
LANG=zh_CN.UTF-8 "$bin" check --rules "$tmp/bad" "$plan" >/dev/null 2>"$tmp/err"
grep -q "规则包有误" "$tmp/err" && pass "the same from a Chinese locale" || fail "locale: $(cat "$tmp/err")"
"$bin" --lang en check --rules "$tmp/bad" "$plan" >/dev/null 2>"$tmp/err"
grep -q "unknown key 'mentoin'" "$tmp/err" && pass "in English with --lang en" || fail "en: $(cat "$tmp/err")"

LANG=zh_CN.UTF-8 "$bin" indicators "$plan" >"$tmp/out" 2>&1
head -2 "$tmp/out" | grep -q "项指标" && sed -n 2p "$tmp/out" | grep -q "来源" &&
  no_english "$tmp/out" " indicators$|^line |nature|source " && pass "indicators table in Chinese" ||
  { fail "indicators header"; head -3 "$tmp/out"; }
"$bin" --lang en indicators "$plan" | sed -n 2p | grep -q "^line" && pass "indicators in English" ||
  fail "indicators en"

"$bin" --lang zh rules show drafting.typo.confusables >"$tmp/out" 2>&1
grep -q "^  级别：" "$tmp/out" && grep -q "^  依据：" "$tmp/out" &&
  no_english <(sed -n 1,12p "$tmp/out") "^  (pack|level|basis|tests):" &&
  pass "rules show in Chinese" || { fail "rules show labels"; head -12 "$tmp/out"; }
"$bin" --lang zh rules list --for "$plan" >"$tmp/out" 2>&1
grep -q "条规则（" "$tmp/out" && no_english "$tmp/out" "[（,] ?(error|warning|info) [0-9]| rules \(|applies:|does not apply" &&
  pass "rules list --for in Chinese" || { fail "rules list --for"; grep -E "error [0-9]|rules \(" "$tmp/out" | head -3; }
"$bin" --lang zh rules list --no-builtin-rules >/dev/null 2>"$tmp/err"
grep -q "至少一个 --rules" "$tmp/err" && pass "rules list --no-builtin-rules alone: Chinese" ||
  fail "no-builtin: $(cat "$tmp/err")"

"$bin" --lang zh check --disable drafting.typo.confusable "$plan" >/dev/null 2>"$tmp/err"
code=$?
[ "$code" -eq 2 ] && grep -q "没有规则匹配" "$tmp/err" && grep -q "drafting.typo.confusables" "$tmp/err" &&
  pass "--disable: a mistyped rule id gets a did-you-mean" || { fail "--disable typo (exit $code)"; cat "$tmp/err"; }
"$bin" --lang zh check --select national.sectoin.targets "$plan" >/dev/null 2>"$tmp/err"
[ $? -eq 2 ] && grep -q "national.section.targets" "$tmp/err" && pass "--select: a mistyped rule id too" ||
  { fail "--select typo"; cat "$tmp/err"; }
mkdir "$tmp/repo" && cp "$plan" "$tmp/repo/plan.txt"
printf 'disabel: [drafting]\n' >"$tmp/repo/.plancheck.yaml"
(cd "$tmp/repo" && "$bin" --lang zh check plan.txt) >/dev/null 2>"$tmp/err"
[ $? -eq 2 ] && grep -q ".plancheck.yaml:1:1: 未知的键 'disabel'（是否为 disable？）" "$tmp/err" &&
  pass "config: a mistyped key gets a did-you-mean" || { fail "config key typo"; cat "$tmp/err"; }
printf 'levels: {national.sectoin.targets: info}\n' >"$tmp/repo/.plancheck.yaml"
(cd "$tmp/repo" && "$bin" --lang zh check plan.txt) >/dev/null 2>"$tmp/err"
[ $? -eq 2 ] && grep -q "national.section.targets" "$tmp/err" &&
  pass "config: a mistyped rule id gets a did-you-mean" || { fail "config id typo"; cat "$tmp/err"; }

if [ "$fails" -gt 0 ]; then echo "$fails check(s) failed"; exit 1; fi
echo "all checks passed"
