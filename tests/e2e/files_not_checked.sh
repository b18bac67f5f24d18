#!/usr/bin/env bash
# Every file given and not checked is accounted for (issue 11): a folder holding a plan, a scanned
# PDF, an encrypted PDF and a spreadsheet. `check` names each unreadable plan and sums up every file
# it left out by kind in one line; `audit` keeps the same in summary.json and on the index page.
set -uo pipefail
bin=$1
src=$2
cd "$src"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }
mkdir "$tmp/in"
cp corpus/shanghai-putuo-2020-2022.txt "$tmp/in/"
cp tests/fixtures/formats/pdf/hostile/scanned.pdf "$tmp/in/scan-a.pdf"
cp tests/fixtures/formats/pdf/hostile/scanned.pdf "$tmp/in/scan-b.pdf"
cp tests/fixtures/formats/pdf/hostile/encrypted.pdf "$tmp/in/locked.pdf"
printf 'a,b\n' >"$tmp/in/budget.xls"

"$bin" check --lang zh "$tmp/in" >"$tmp/out" 2>"$tmp/err"
code=$?
[ "$code" -eq 3 ] && pass "unreadable plans in the folder: exit 3" || fail "exit $code, want 3"
grep -q 'shanghai-putuo' "$tmp/out" && pass "the readable plan is checked" || fail "plan not checked"
grep -q 'scan-a.pdf：是扫描版 PDF' "$tmp/err" && pass "the scanned PDF is named, in Chinese" ||
  fail "no message for scan-a.pdf: $(head -3 "$tmp/err")"
grep -q '跳过 4 个文件：2 × 扫描版 PDF（无文字层），1 × .xls（表格文件，不是规划文件格式），1 × 加密 PDF（需要打开密码）' "$tmp/err" &&
  pass "one line sums up every file left out, by kind" || fail "summary line: $(grep 跳过 "$tmp/err")"

"$bin" check --lang en "$tmp/in" >/dev/null 2>"$tmp/err"
grep -q 'skipped 4 file(s): 2 × scanned PDF (no text layer)' "$tmp/err" && pass "the same in English" ||
  fail "English summary: $(grep skipped "$tmp/err")"

"$bin" audit --lang zh "$tmp/in" --out "$tmp/reports" >/dev/null 2>"$tmp/err"
code=$?
[ "$code" -eq 3 ] && pass "audit: exit 3" || fail "audit exit $code, want 3"
python3 - "$tmp/reports/summary.json" <<'PY' && pass "summary.json: kinds of the unreadable files" ||
import json, sys
s = json.load(open(sys.argv[1]))
kinds = sorted((u["path"].rsplit("/", 1)[-1], u["type"], u["reason"]) for u in s["unreadable"])
assert kinds == [("locked.pdf", "加密 PDF", "需要打开密码"), ("scan-a.pdf", "扫描版 PDF", "无文字层"),
                 ("scan-b.pdf", "扫描版 PDF", "无文字层")], kinds
assert [k["type"] for k in s["skipped"]] == [".xls"], s["skipped"]
PY
  fail "summary.json unreadable/skipped"
grep -q '跳过 4 个文件：2 × 扫描版 PDF（无文字层）' "$tmp/reports/index.html" &&
  pass "index page: the same summary" || fail "index page summary"
if [ "$fails" -gt 0 ]; then echo "$fails check(s) failed"; exit 1; fi
