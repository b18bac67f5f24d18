#!/usr/bin/env bash
# plancheck serve's pages in Debian's Chromium, driven by puppeteer-core (pinned in tools/browser,
# installed from its lock file): tests/e2e/serve_browser.mjs says what is checked. The marked-up
# copies it downloads are read back with python3-docx: one plancheck comment per finding. Screenshots go to
# <build>/artefacts/serve-*.png. Skips (77) without npm, Chromium or the pinned driver.
set -uo pipefail
bin=$(realpath "$1")
src=$(realpath "$2")
cd "$src"
chrome=${CHROMIUM:-/usr/bin/chromium}
[ -x "$chrome" ] || { echo "SKIP: $chrome not found (apt-get install chromium)"; exit 77; }
if [ ! -d tools/browser/node_modules/puppeteer-core ]; then
  command -v npm >/dev/null || { echo "SKIP: npm not found: cannot install puppeteer-core (tools/browser)"; exit 77; }
  (cd tools/browser && npm ci --no-audit --no-fund --ignore-scripts --silent >/dev/null 2>&1) ||
    { echo "SKIP: npm ci in tools/browser failed (offline?): scripts/install-deps installs it"; exit 77; }
fi
command -v node >/dev/null || { echo "SKIP: node not found"; exit 77; }
tmp=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"' EXIT
artefacts=$(dirname "$bin")/artefacts
mkdir -p "$artefacts"
rm -f "$artefacts"/serve-*.png

"$bin" serve --port 0 2>"$tmp/log" &
server=$!
port=""
for _ in $(seq 100); do
  port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$tmp/log")
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { echo "FAIL serve did not start:"; cat "$tmp/log"; exit 1; }

CHROMIUM=$chrome timeout 600 node tests/e2e/serve_browser.mjs "http://127.0.0.1:$port" "$src" \
  "$artefacts" "$tmp/downloads"
rc=$?

# The downloaded copies, read as an independent reader would.
python=/usr/bin/python3
if [ -d "$tmp/downloads" ] && "$python" -c 'import docx' 2>/dev/null; then
  for dir in "$tmp"/downloads/*/; do
    stem=$(basename "$dir")
    copy=$(find "$dir" -name '*.docx' | head -1)
    [ -n "$copy" ] || continue
    if out=$("$python" - "tests/fixtures/docx/$stem.docx" "$dir/report.json" "$copy" 2>&1 <<'PY'
import json, sys, zipfile, re
import docx
original, report, copy = sys.argv[1:]
gaps = [r for r in json.load(open(report))["documents"][0]["results"]
        if r["status"] in ("fail", "partial")]
opened = docx.Document(copy)  # python3-docx opens it
assert len(opened.paragraphs) == len(docx.Document(original).paragraphs)
comments = zipfile.ZipFile(copy).read("word/comments.xml").decode()
ours = len(re.findall(r'<w:comment [^>]*w:author="plancheck"', comments))
assert ours == len(gaps), (ours, len(gaps))
print(ours)
PY
); then
      echo "ok   $stem: the downloaded copy opens in python3-docx, $out plancheck comments, one per finding"
    else
      echo "FAIL $stem: the downloaded copy: $out" | head -5; rc=1
    fi
  done
else
  echo "note: python3-docx not found: the downloaded copies were not read back"
fi
kill -TERM "$server"; wait "$server"; server=""
ls "$artefacts"/serve-*.png 2>/dev/null | sed 's/^/screenshot: /'
[ "$rc" = 0 ] && echo "all checks passed"
exit "$rc"
