#!/usr/bin/env bash
# The CI gate: --write-baseline / --baseline (new gaps only, surviving moved lines) and
# .plancheck.yaml (found upward; disable, levels, fail-on, baseline, overrides; errors exit 2).
set -uo pipefail
bin=$(realpath "$1")
src=$(realpath "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }
expect_code() {
  local name=$1 want=$2
  shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" -eq "$want" ]; then pass "$name (exit $got)"; else
    fail "$name: exit $got, want $want"; head -5 "$tmp/err"; head -5 "$tmp/out"; fi
}
# A repository with one plan and the test pack.
repo=$tmp/repo
mkdir -p "$repo/plans/drafts" "$repo/docs/sub"
cp "$src/corpus/jiangsu-lianyungang-2023-2025.txt" "$repo/plans/plan.txt"
cp -r "$src/tests/fixtures/config/rules" "$repo/rules"
cd "$repo"
pack=(--no-builtin-rules --rules rules)

# Baseline.
expect_code "gaps fail" 1 "$bin" check "${pack[@]}" --fail-on warning plans/plan.txt
expect_code "--write-baseline" 0 "$bin" check "${pack[@]}" --fail-on warning \
  --write-baseline baseline.json plans/plan.txt
python3 -c 'import json; g=json.load(open("baseline.json"))["gaps"]; assert len(g)==2, g' &&
  pass "baseline holds the two gaps" || fail "baseline content"
expect_code "known gaps pass" 0 "$bin" check "${pack[@]}" --fail-on warning --baseline baseline.json plans/plan.txt
# Lines move: ten lines inserted at the top.
{ for i in $(seq 10); do echo; done; cat plans/plan.txt; } >plans/moved.txt
mv plans/moved.txt plans/plan.txt
expect_code "known gaps pass after lines move" 0 "$bin" check "${pack[@]}" --fail-on warning \
  --baseline baseline.json plans/plan.txt
# A new defect.
printf '\n推进公正处建设。\n' >>plans/plan.txt
expect_code "a new gap fails" 1 "$bin" check "${pack[@]}" --fail-on warning --baseline baseline.json plans/plan.txt
grep -q 'fixture.substitution.notary' "$tmp/out" && ! grep -q 'fixture.forbid.doubled-punctuation' "$tmp/out" &&
  pass "only the new gap is listed" || fail "listing with a baseline"
expect_code "sarif marks new and unchanged" 1 "$bin" check "${pack[@]}" --format sarif \
  --baseline baseline.json plans/plan.txt
python3 - "$tmp/out" <<'PY' && pass "sarif baselineState" || fail "sarif baselineState"
import json, sys
states = sorted(r["baselineState"] for r in json.load(open(sys.argv[1]))["runs"][0]["results"])
assert states == ["new", "unchanged", "unchanged"], states
PY
expect_code "bad baseline file" 2 "$bin" check "${pack[@]}" --baseline plans/plan.txt plans/plan.txt

# .plancheck.yaml, found from a folder below the repository root.
cat >.plancheck.yaml <<'YAML'
rules: [rules]
builtin-rules: false
fail-on: warning
levels:
  fixture.forbid.doubled-punctuation: info
overrides:
  - files: ["plans/drafts/**"]
    disable: ["fixture.indicator.*"]
YAML
cd docs/sub
expect_code "config found upward: fail-on warning" 1 "$bin" check ../../plans/plan.txt
grep -q '提示 标点符号重复' "$tmp/out" && pass "level override applied" || fail "level override"
cd "$repo"
cp "$src/corpus/shanghai-putuo-2020-2022.txt" plans/drafts/draft.txt
expect_code "override disables the indicator rule for drafts" 0 "$bin" check plans/drafts/draft.txt
grep -q '4 条规则' "$tmp/out" && pass "override: 4 rules left" || fail "override count"
expect_code "the same plan outside drafts fails" 1 "$bin" check \
  --config .plancheck.yaml "$src/corpus/shanghai-putuo-2020-2022.txt"
expect_code "--fail-on beats the config" 0 "$bin" check --fail-on never plans/plan.txt
echo "disable: [fixture.topic.hotline-12349]" >>.plancheck.yaml
expect_code "a rule id that matches nothing" 2 "$bin" check plans/plan.txt
grep -q '.plancheck.yaml:9:11: ' "$tmp/err" && pass "named with file:line:column" || {
  fail "typo location"; cat "$tmp/err"; }
printf 'fail-on: error\nrulez: [x]\n' >.plancheck.yaml
expect_code "unknown key" 2 "$bin" check --lang en plans/plan.txt
grep -q ".plancheck.yaml:2:1: unknown key 'rulez'" "$tmp/err" && pass "unknown key named" ||
  { fail "unknown key message"; cat "$tmp/err"; }
expect_code "--config names a file" 2 "$bin" check --config "$src/tests/fixtures/config/unknown-key.plancheck.yaml" plans/plan.txt
grep -q "unknown-key.plancheck.yaml:2:1" "$tmp/err" && pass "--config error location" || fail "--config error"

if [ "$fails" -gt 0 ]; then echo "$fails check(s) failed"; exit 1; fi
echo "all checks passed"
