#!/usr/bin/env bash
# plancheck audit: the files it writes, the same bytes whatever --jobs, nothing absolute or dated in
# them, inputs untouched, an unwritable --out refused with exit 2.
set -uo pipefail
bin=$(realpath "$1")
src=$(realpath "$2")
cd "$src"
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
fails=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }

before=$(sha256sum corpus/*.txt)
"$bin" audit corpus/ --out "$tmp/one" --jobs 1 --lang zh >"$tmp/out" 2>"$tmp/err"
code=$?
[ "$code" -eq 0 ] && pass "audit exit 0" || { fail "audit exit $code"; cat "$tmp/err"; }
"$bin" audit corpus/ --out "$tmp/four" --jobs 4 --lang zh >/dev/null 2>&1
diff -r "$tmp/one" "$tmp/four" >/dev/null && pass "--jobs 1 and --jobs 4: byte-identical" ||
  fail "--jobs changes the output"
[ "$before" = "$(sha256sum corpus/*.txt)" ] && pass "inputs untouched" || fail "inputs changed"
[ -s "$tmp/err" ] && fail "progress on stderr without a TTY" || pass "quiet when stderr is not a TTY"

n=$(ls corpus/*.txt | wc -l)
for f in index.html matrix.csv matrix.xlsx summary.json; do
  [ -s "$tmp/one/$f" ] && pass "wrote $f" || fail "missing $f"
done
for ext in md html json; do
  [ "$(ls "$tmp/one/plans/"*."$ext" | wc -l)" -eq "$n" ] && pass "one .$ext report per plan" ||
    fail "plans/*.$ext count"
done
[ "$(grep -c '<tr data-plan=' "$tmp/one/index.html")" -eq "$n" ] && pass "matrix: one row per plan" ||
  fail "matrix rows"
[ "$(($(wc -l <"$tmp/one/matrix.csv")))" -eq $((n + 1)) ] && pass "matrix.csv: header + one row per plan" ||
  fail "matrix.csv rows"
python3 - "$tmp/one" "$n" <<'PY' && pass "summary.json and plan JSON agree" || fail "summary.json"
import json, sys, os
out, n = sys.argv[1], int(sys.argv[2])
summary = json.load(open(os.path.join(out, "summary.json")))
assert summary["totals"]["plans"] == n and len(summary["plans"]) == n
for plan in summary["plans"]:
    doc = json.load(open(os.path.join(out, plan["reports"]["json"])))["documents"][0]
    assert doc["path"] == plan["path"] and doc["summary"] == plan["summary"], plan["path"]
PY
python3 - "$tmp/one/matrix.xlsx" <<'PY' && pass "matrix.xlsx: sheets, frozen header, filters" || fail "matrix.xlsx"
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
assert len(sheets) == 4, sheets
for name in sheets:
    xml = z.read(name).decode()
    assert 'state="frozen"' in xml and "<autoFilter" in xml, name
PY
# Nothing that changes from run to run or machine to machine.
if grep -rlF -e "$tmp" -e "$src" "$tmp/one" >/dev/null; then fail "an absolute path in the reports"; else
  pass "no absolute paths"; fi
# (summary.json's "date" is the one exception: the day the 审核意见 are dated, which the audit
# carries on purpose, and which SOURCE_DATE_EPOCH fixes.)
if grep -rlE "$(date +%Y-%m-%d)|$(date +%H:%M)" "$tmp/one" --include='*.html' --include='*.md' \
  --include='*.json' --include='*.csv' --exclude=summary.json >/dev/null ||
  grep -vE '^  "date": "[0-9-]+",$' "$tmp/one/summary.json" |
    grep -qE "$(date +%Y-%m-%d)|$(date +%H:%M)"; then fail "a timestamp in the reports"; else
  pass "no timestamps"; fi
# Re-running over old reports: stale plan reports go, nothing else is touched; a file someone put
# into plans/ is theirs, so the audit refuses rather than delete it.
echo "mine" >"$tmp/one/plans/added.html"
"$bin" audit corpus/shanghai-putuo-2020-2022.txt --out "$tmp/one" --lang en >/dev/null 2>"$tmp/err"
code=$?
[ "$code" -eq 2 ] && grep -q "plans/added.html: not a report plancheck wrote" "$tmp/err" &&
  [ "$(cat "$tmp/one/plans/added.html")" = mine ] && pass "a file added to plans/ is refused, kept" ||
  fail "added file: exit $code $(cat "$tmp/err")"
rm "$tmp/one/plans/added.html"
echo "mine" >"$tmp/one/NOTES.txt"
"$bin" audit corpus/shanghai-putuo-2020-2022.txt --out "$tmp/one" --lang zh >/dev/null 2>&1
# .html .md .json and the 审核意见 .docx of the one plan
[ "$(ls "$tmp/one/plans" | wc -l)" -eq 4 ] && pass "stale plan reports removed" || fail "stale reports kept"
[ "$(cat "$tmp/one/NOTES.txt")" = mine ] && pass "other files in --out untouched" || fail "NOTES.txt"
ls -a "$tmp/one" | grep -q staging && fail "staging folder left" || pass "no staging folder left"

# Unwritable --out (a path under a file) and a missing input.
touch "$tmp/file"
"$bin" audit corpus/ --out "$tmp/file/reports" >/dev/null 2>"$tmp/err"
code=$?
[ "$code" -eq 2 ] && grep -q "$tmp/file/reports" "$tmp/err" && pass "unwritable --out: exit 2 naming it" ||
  fail "unwritable --out: exit $code"
"$bin" audit "$tmp/none" --out "$tmp/x" >/dev/null 2>&1
[ $? -eq 3 ] && pass "missing input: exit 3" || fail "missing input"
"$bin" audit corpus/ >/dev/null 2>&1
[ $? -eq 2 ] && pass "--out is required" || fail "--out required"

# A file name that is not UTF-8 (shared/repro/non-utf8-name-corrupt-xlsx.sh): the reports stay
# well-formed and every link names a file that is there.
mkdir -p "$tmp/badname"
cp corpus/shanghai-putuo-2020-2022.txt "$tmp/badname/$(printf 'plan-\xff\xfe.txt')"
cp corpus/shanghai-songjiang-2023-2025.txt "$tmp/badname/$(printf '\xcb\xc9\xbd\xad.txt')"  # 松江 in GBK
"$bin" audit "$tmp/badname" --out "$tmp/badname-out" --lang en >/dev/null 2>&1
python3 - "$tmp/badname-out" <<'PY' && pass "non-UTF-8 names: xlsx well-formed, links resolve, GBK read as 松江" ||
import json, os, sys, zipfile, xml.dom.minidom
out = sys.argv[1]
with zipfile.ZipFile(os.path.join(out, "matrix.xlsx")) as z:
    for name in z.namelist():
        if name.endswith(".xml"):
            xml.dom.minidom.parseString(z.read(name))
summary = json.load(open(os.path.join(out, "summary.json"), encoding="utf-8"))
paths = sorted(p["path"] for p in summary["plans"])
assert any(p.endswith("松江.txt") for p in paths), paths
for plan in summary["plans"]:
    for link in plan["reports"].values():
        assert os.path.exists(os.path.join(out, link)), link
PY
  fail "non-UTF-8 names"

if [ "$fails" -gt 0 ]; then echo "$fails check(s) failed"; exit 1; fi
echo "all checks passed"
