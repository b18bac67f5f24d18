#!/usr/bin/env bash
# plancheck check: every --format on a corpus plan, the exit codes, --output, --help everywhere.
# Uses the test pack under tests/fixtures/config/rules so the expectations do not move with the
# bundled rules; one run with the bundled rules checks they load and render too.
set -uo pipefail
bin=$1
src=$2
cd "$src"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }
expect_code() {  # expect_code NAME WANT CMD...
  local name=$1 want=$2
  shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" -eq "$want" ]; then pass "$name (exit $got)"; else
    fail "$name: exit $got, want $want"; head -5 "$tmp/err"; fi
}
pack=(--no-builtin-rules --rules tests/fixtures/config/rules --lang zh)
plan=corpus/jiangsu-lianyungang-2023-2025.txt  # a partial (error) and a doubled 。。 (warning)
good=corpus/shanghai-songjiang-2023-2025.txt   # passes every rule of the test pack

expect_code "gap at error fails" 1 "$bin" check "${pack[@]}" "$plan"
grep -q '✗ 79:299 警告 标点符号重复' "$tmp/out" && pass "text: line:column, level, message" ||
  fail "text: no '✗ 79:299 警告' line"
grep -q '依据：' "$tmp/out" && grep -q '建议：' "$tmp/out" && pass "text: basis and suggestion" ||
  fail "text: basis/suggestion missing"
grep -q '5 条规则：3 通过，1 未通过，1 部分，0 不适用 · 有差距：错误 1，警告 1，提示 0 · 问题：错误 1 处，警告 1 处，提示 0 处 · 得分 68.2' "$tmp/out" &&
  pass "text: counts and score" || fail "text: counts line"
grep -q $'\033\[' "$tmp/out" && fail "text: colour in a pipe" || pass "text: no colour in a pipe"
expect_code "clean plan passes" 0 "$bin" check "${pack[@]}" "$good"
expect_code "--fail-on never" 0 "$bin" check "${pack[@]}" --fail-on never "$plan"
expect_code "--fail-on warning" 1 "$bin" check "${pack[@]}" --fail-on warning "$plan"

for format in json sarif; do
  expect_code "--format $format" 1 "$bin" check "${pack[@]}" --format "$format" "$plan"
  python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$tmp/out" &&
    pass "$format parses as JSON" || fail "$format is not JSON"
done
expect_code "--format json (all five plans)" 1 "$bin" check "${pack[@]}" --format json corpus/
python3 - "$tmp/out" <<'PY' && pass "json: five documents, sorted" || fail "json: documents"
import json, sys
docs = json.load(open(sys.argv[1]))["documents"]
paths = [d["path"] for d in docs]
assert len(docs) == 5 and paths == sorted(paths) and paths[0].startswith("corpus/"), paths
PY
expect_code "--format sarif" 1 "$bin" check "${pack[@]}" --format sarif "$plan"
python3 - "$tmp/out" <<'PY' && pass "sarif: rules and regions" || fail "sarif: structure"
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
assert run["columnKind"] == "unicodeCodePoints"
ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
assert "fixture.forbid.doubled-punctuation" in ids, ids
hit = [r for r in run["results"] if r["ruleId"] == "fixture.forbid.doubled-punctuation"][0]
region = hit["locations"][0]["physicalLocation"]["region"]
assert (region["startLine"], region["startColumn"]) == (79, 299), region
PY
expect_code "--format junit" 1 "$bin" check "${pack[@]}" --format junit "$plan"
[ "$(grep -c '<testcase ' "$tmp/out")" -eq 5 ] && pass "junit: one testcase per rule" ||
  fail "junit: testcases"
[ "$(grep -c '<failure ' "$tmp/out")" -eq 1 ] && pass "junit: one failure at error" ||
  fail "junit: failures"
expect_code "--format github" 1 "$bin" check "${pack[@]}" --format github "$plan"
grep -q "^::warning file=$plan,line=79,col=299,title=fixture.forbid.doubled-punctuation::" "$tmp/out" &&
  pass "github: annotation" || fail "github: annotation"
expect_code "--format csv" 1 "$bin" check "${pack[@]}" --format csv "$plan"
head -c 3 "$tmp/out" | od -An -tx1 | grep -q 'ef bb bf' && pass "csv: BOM" || fail "csv: BOM"
grep -q $'\r$' "$tmp/out" && pass "csv: CRLF" || fail "csv: CRLF"
for format in md html; do
  expect_code "--format $format --output" 1 "$bin" check "${pack[@]}" --format "$format" \
    --output "$tmp/report.$format" "$plan"
  [ -s "$tmp/report.$format" ] && [ ! -s "$tmp/out" ] && pass "$format written to --output" ||
    fail "$format --output"
done
grep -q '<!DOCTYPE html>' "$tmp/report.html" && ! grep -qiE '(src|href)="(https?:)?//' "$tmp/report.html" &&
  pass "html: self-contained" || fail "html: external reference"
ls -a "$tmp" | grep -q '\.tmp-' && fail "--output left a temporary file" || pass "--output atomic"

# Exit codes 2 and 3.
expect_code "unknown format" 2 "$bin" check --format pdf "$plan"
expect_code "unknown --fail-on" 2 "$bin" check --fail-on sometimes "$plan"
expect_code "missing rules dir" 2 "$bin" check --no-builtin-rules --rules "$tmp/none" "$plan"
expect_code "missing file" 3 "$bin" check "${pack[@]}" "$tmp/none.txt"
printf '\x00\x01\x02binary' >"$tmp/binary.txt"
expect_code "unreadable plan among good ones" 3 "$bin" check "${pack[@]}" "$good" "$tmp/binary.txt"
grep -q 'corpus/shanghai-songjiang' "$tmp/out" && pass "the readable plan is still reported" ||
  fail "readable plan missing"
grep -q "binary.txt" "$tmp/err" && pass "the unreadable plan is named" || fail "no message"
mkdir "$tmp/empty"
expect_code "folder without plans" 2 "$bin" check "${pack[@]}" "$tmp/empty"
expect_code "english messages" 2 "$bin" check --lang en "$tmp/empty"
grep -q 'nothing to check' "$tmp/err" && pass "--lang en message" || fail "--lang en message"
expect_code "chinese messages" 2 "$bin" check --lang zh "$tmp/empty"
grep -q '没有可检查的规划' "$tmp/err" && pass "--lang zh message" || fail "--lang zh message"
expect_code "usage error, zh" 2 "$bin" check --lang zh --no-such-flag "$plan"
grep -q '命令行有误（有无法识别的参数）.*no-such-flag' "$tmp/err" && pass "usage error in Chinese" ||
  fail "usage error in Chinese: $(head -2 "$tmp/err")"
expect_code "usage error, en" 2 "$bin" check --lang en --format pdf "$plan"
grep -q 'pdf' "$tmp/err" && ! grep -q '命令行有误' "$tmp/err" && pass "usage error in English" ||
  fail "usage error in English: $(head -2 "$tmp/err")"

# --help on every command.
for cmd in "" check audit outline indicators rules; do
  expect_code "--help ${cmd:-(top)}" 0 "$bin" $cmd --help
done
grep -q -- '--write-baseline' <("$bin" check --help) && pass "check --help lists its options" ||
  fail "check --help"

# The bundled rules load and every format renders.
for format in text json md html sarif junit github csv; do
  "$bin" check --format "$format" "$plan" >"$tmp/out" 2>"$tmp/err"
  code=$?
  if [ "$code" -le 1 ] && [ -s "$tmp/out" ]; then pass "bundled rules: $format (exit $code)"; else
    fail "bundled rules: $format exit $code"; head -3 "$tmp/err"; fi
done

if [ "$fails" -gt 0 ]; then echo "$fails check(s) failed"; exit 1; fi
echo "all checks passed"
