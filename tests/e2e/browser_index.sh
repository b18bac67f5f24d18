#!/usr/bin/env bash
# Opens the audit's index.html in headless Chromium: no console errors, one matrix row per plan,
# and a screenshot kept as an artefact (<build>/artefacts/index.png). Uses the committed
# reports/index.html when there is one, else a fresh audit of corpus/.
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

if [ "$fails" -gt 0 ]; then echo "$fails check(s) failed"; exit 1; fi
echo "all checks passed"
