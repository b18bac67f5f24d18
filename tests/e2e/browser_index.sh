#!/usr/bin/env bash
# Opens the audit's index.html in headless Chromium: no console errors, one matrix row per plan,
# and a screenshot kept as an artefact (<build>/artefacts/index.png). Uses the committed
# reports/index.html when there is one, else a fresh audit of corpus/. Then a province's worth:
# 500 plans made from the corpus (tests/province/make_plans.sh), audited, the index opened with a
# sort and a filter in its URL hash (the page's script reads it), the visible rows checked against
# summary.json, and a screenshot (<build>/artefacts/index-500.png); prints the page's size and
# load time.
set -uo pipefail
bin=$(realpath "$1")
src=$(realpath "$2")
cd "$src"
chrome=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chrome" ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1
  chrome=$(command -v chromium || true)
fi
if [ -z "$chrome" ]; then
  echo "SKIP: chromium is not installed and could not be installed (apt-get install chromium)"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }

if [ -f reports/index.html ] && [ -f reports/summary.json ]; then
  reports=$src/reports
else
  "$bin" audit corpus/ --out "$tmp/reports" >/dev/null || { echo "FAIL audit"; exit 1; }
  reports=$tmp/reports
fi
plans=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["totals"]["plans"])' \
  "$reports/summary.json")
artefacts=$(dirname "$bin")/artefacts
mkdir -p "$artefacts"
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run
  --disable-dev-shm-usage --user-data-dir="$tmp/profile" --enable-logging=stderr --v=0)

timeout 120 "$chrome" "${flags[@]}" --dump-dom "file://$reports/index.html" >"$tmp/dom.html" 2>"$tmp/console.log"
[ -s "$tmp/dom.html" ] && pass "page loaded and rendered" || { fail "no DOM"; tail -5 "$tmp/console.log"; }
if grep -E ':CONSOLE[:(]|Uncaught|Failed to load resource' "$tmp/console.log" >"$tmp/errors"; then
  fail "console messages:"; head -5 "$tmp/errors"
else
  pass "no console errors"
fi
rows=$(python3 - "$tmp/dom.html" <<'PY'
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
table = re.search(r'<table class="matrix" id="matrix">.*?</table>', dom, re.S).group(0)
body = re.search(r"<tbody>(.*?)</tbody>", table, re.S).group(1)
print(len(re.findall(r"<tr\b", body)))
PY
)
[ "$rows" = "$plans" ] && pass "matrix has one row per plan ($rows)" || fail "matrix rows: $rows, plans: $plans"

rm -f "$artefacts/index.png"
timeout 120 "$chrome" "${flags[@]}" --window-size=1600,2400 --screenshot="$artefacts/index.png" \
  "file://$reports/index.html" >/dev/null 2>&1
[ -s "$artefacts/index.png" ] && pass "screenshot: $artefacts/index.png" || fail "no screenshot"

# A province's worth of plans.
n=${PLANCHECK_INDEX_PLANS:-500}
bash "$src/tests/province/make_plans.sh" "$src" "$n" "$tmp/province" >/dev/null
"$bin" audit "$tmp/province" --out "$tmp/big" --jobs 2 >/dev/null
[ -f "$tmp/big/index.html" ] && pass "audit of $n plans" || fail "audit of $n plans: no index.html"
size=$(stat -L -c %s "$tmp/big/index.html")
[ "$size" -lt $((4 * 1024 * 1024)) ] && pass "index of $n plans: $size bytes (< 4 MB)" ||
  fail "index of $n plans is $size bytes"
load() { # seconds for Chromium to load, run the script and dump the DOM of URL $1 into $2
  local start end
  start=$(date +%s.%N)
  timeout 300 "$chrome" "${flags[@]}" --dump-dom "$1" >"$2" 2>>"$tmp/console-big.log"
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
echo '<!DOCTYPE html><title>blank</title>' >"$tmp/blank.html"
blank=$(load "file://$tmp/blank.html" "$tmp/blank-dom.html")
plain=$(load "file://$tmp/big/index.html" "$tmp/big-dom.html")
echo "     load: ${plain}s for the index of $n plans, ${blank}s for a blank page (Chromium's start)"
# The filter a reviewer would type: one province, plans with error-level gaps, lowest score first.
province=$(python3 -c 'import json,sys,collections
plans = json.load(open(sys.argv[1]))["plans"]
c = collections.Counter((p["metadata"].get("region") or {}).get("province") or "" for p in plans)
print(max((k for k in c if k), key=lambda k: (c[k], k)))' "$tmp/big/summary.json")
hash=$(python3 -c 'import sys,urllib.parse; print(urllib.parse.urlencode({"q": sys.argv[1], "lv": "e", "sort": "score", "dir": "asc"}))' "$province")
load "file://$tmp/big/index.html#$hash" "$tmp/filtered-dom.html" >/dev/null
grep -E ':CONSOLE[:(]|Uncaught' "$tmp/console-big.log" >"$tmp/errors-big" &&
  { fail "console messages (big index):"; head -5 "$tmp/errors-big"; } || pass "no console errors (big index)"
python3 - "$tmp/filtered-dom.html" "$tmp/big/summary.json" "$province" "$n" <<'PY' && pass "sorted by score and filtered to $province with errors: rows and order as summary.json says" || fail "sort/filter"
import html, json, re, sys
dom, summary, province, n = open(sys.argv[1], encoding="utf-8").read(), json.load(open(sys.argv[2])), sys.argv[3], int(sys.argv[4])
table = re.search(r'<table id="plans">.*?</table>', dom, re.S).group(0)
rows = re.findall(r'<tr( [^>]*)>(.*?)</tr>', re.search(r"<tbody>(.*?)</tbody>", table, re.S).group(1), re.S)
plans = [(a, body) for a, body in rows if 'class="g"' not in a]
assert len(plans) == n, f"{len(plans)} rows for {n} plans"
visible = [(a, body) for a, body in plans if "hidden" not in a]
groups_shown = [a for a, body in rows if 'class="g"' in a and "hidden" not in a]
assert not groups_shown, "group rows hide while sorted by a column"
def cells(body): return [html.unescape(re.sub(r"<[^>]+>", "", c)) for c in re.findall(r"<td[^>]*>(.*?)</td>", body, re.S)]
expected = [p for p in summary["plans"] if province in ((p["metadata"].get("region") or {}).get("province") or "")
            and p["summary"]["failing"]["error"] > 0]
got = [cells(b) for a, b in visible]
scores = [float(c[3]) for c in got]
assert len(got) == len(expected) > 0, f"{len(got)} rows shown, {len(expected)} expected"
assert scores == sorted(scores), f"not by score: {scores[:10]}"
assert all(province in c[1] for c in got), "a row from another province"
shown = re.search(r'<span id="shown">(.*?)</span>', dom).group(1)
assert shown == f"{len(expected)} / {n}", shown
print(f"     {len(expected)} of {n} plans shown, scores {scores[0]}..{scores[-1]}")
PY
rm -f "$artefacts/index-500.png"
timeout 300 "$chrome" "${flags[@]}" --window-size=1400,4800 --screenshot="$artefacts/index-500.png" \
  "file://$tmp/big/index.html#$hash" >/dev/null 2>&1
[ -s "$artefacts/index-500.png" ] && pass "screenshot: $artefacts/index-500.png" || fail "no screenshot (500)"

if [ "$fails" -gt 0 ]; then echo "$fails check(s) failed"; exit 1; fi
echo "all checks passed"
