#!/usr/bin/env bash
# plancheck serve over a real socket, driven by curl: it listens on loopback only, answers
# /healthz, checks a corpus fixture through /api/check, turns away each limit with its status and
# message, answers a hostile file with its message and keeps serving, logs one line per request
# with no file name, leaves no upload behind, and stops on SIGTERM only after the check under
# way has answered.
set -uo pipefail
bin=$(realpath "$1")
src=$(realpath "$2")
cd "$src"
command -v curl >/dev/null || { echo "SKIP: curl is not installed (apt-get install curl)"; exit 0; }
tmp=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"' EXIT
fails=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }

mkdir "$tmp/uploads"
TMPDIR=$tmp/uploads "$bin" serve --port 0 --max-upload 1MB --max-files 3 --lang en \
  2>"$tmp/log" &
server=$!
port=""
for _ in $(seq 100); do
  port=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$tmp/log")
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { echo "FAIL serve did not start:"; cat "$tmp/log"; exit 1; }
pass "listening on 127.0.0.1:$port (loopback by default)"
url=http://127.0.0.1:$port
ss -ltn 2>/dev/null | grep -q "127.0.0.1:$port " && pass "bound to loopback only" ||
  { command -v ss >/dev/null && fail "not bound to 127.0.0.1:$port"; }

status() { curl -s -H 'Accept-Language: en' -o "$tmp/body" -D "$tmp/headers" -w '%{http_code}' "$@"; }

[ "$(status "$url/healthz")" = 200 ] && grep -q '"status":"ok"' "$tmp/body" &&
  pass "/healthz" || fail "/healthz: $(cat "$tmp/body")"

status "$url/" >/dev/null
for h in "Content-Security-Policy: default-src 'self'" "X-Content-Type-Options: nosniff" \
         "Referrer-Policy: no-referrer" "frame-ancestors 'none'"; do
  grep -qi "$h" "$tmp/headers" && pass "header: $h" || fail "header missing: $h"
done

fixture=tests/fixtures/docx/shanghai-songjiang-2023-2025.docx
code=$(status -F "plan=@$fixture" "$url/api/check")
if [ "$code" = 200 ] && python3 - "$tmp/body" <<'PY'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
doc = report["documents"][0]
assert doc["path"] == "shanghai-songjiang-2023-2025.docx", doc["path"]
assert doc["metadata"]["region"]["county"] == "松江区", doc["metadata"]["region"]
assert any(r["status"] in ("fail", "partial") for r in doc["results"])
PY
then pass "/api/check: the JSON report of the fixture"; else fail "/api/check ($code)"; fi
# The same plan through check --format json gives the same results.
"$bin" check --format json --lang en "$fixture" >"$tmp/cli.json" 2>/dev/null
python3 - "$tmp/body" "$tmp/cli.json" <<'PY' && pass "same results as plancheck check" || fail "results differ from plancheck check"
import json, sys
a, b = (json.load(open(p, encoding="utf-8"))["documents"][0]["results"] for p in sys.argv[1:])
strip = lambda rs: [(r["rule"], r["status"], r.get("location", {}).get("line")) for r in rs]
assert strip(a) == strip(b), (len(a), len(b))
PY

head -c 2000000 /dev/urandom >"$tmp/big.docx"
[ "$(status -F "plan=@$tmp/big.docx" "$url/check")" = 413 ] && grep -q "The upload is too large" "$tmp/body" &&
  pass "413 above --max-upload, with its page" || fail "no 413 for a large upload"
args=()
for _ in 1 2 3 4; do args+=(-F "plan=@tests/fixtures/docx/shanghai-putuo-2020-2022.docx"); done
[ "$(status "${args[@]}" "$url/check")" = 413 ] && grep -q "At most 3 plans" "$tmp/body" &&
  pass "413 above --max-files" || fail "no 413 for too many files"
printf 'a,b\n' >"$tmp/sheet.xlsx"
[ "$(status -F "plan=@$tmp/sheet.xlsx" "$url/check")" = 415 ] && pass "415 for a spreadsheet" ||
  fail "no 415 for .xlsx"
[ "$(status -F "region=上海市" "$url/check")" = 400 ] && pass "400 without a plan" || fail "no 400"
[ "$(status -X PUT "$url/check")" = 405 ] && pass "405 for PUT" || fail "no 405"
[ "$(status "$url/report/0123456789abcdef0123456789abcdef")" = 404 ] && grep -q "The report is gone" "$tmp/body" &&
  pass "404 for an unknown report" || fail "no 404 for an unknown report"

for hostile in zip-bomb-declared zip-bomb-lying not-a-zip; do
  code=$(status -F "plan=@tests/fixtures/docx/hostile/$hostile.docx" "$url/check")
  [ "$code" = 422 ] && grep -q "$hostile.docx" "$tmp/body" && ! grep -q plancheck-serve- "$tmp/body" &&
    pass "hostile $hostile.docx: 422 with its message" || fail "hostile $hostile.docx: $code"
done
[ "$(status "$url/healthz")" = 200 ] && pass "still serving after the hostile files" ||
  fail "not serving after the hostile files"

code=$(status -F "plan=@$fixture" "$url/check")
location=$(sed -n 's/^Location: \([^[:space:]]*\).*/\1/ip' "$tmp/headers")
[ "$code" = 303 ] && [ -n "$location" ] && pass "POST /check redirects to $location" ||
  fail "POST /check: $code"
[ "$(status "$url$location")" = 200 ] && grep -q 'id="finding-count"' "$tmp/body" &&
  pass "report page" || fail "report page"
id=$(echo "$location" | sed 's|/report/\([0-9a-f]*\).*|\1|')
status "$url/report/$id/0/annotated.docx" >/dev/null
head -c 2 "$tmp/body" | grep -q PK && grep -qi "filename\*=UTF-8''" "$tmp/headers" &&
  pass "marked-up .docx download" || fail "marked-up .docx download"

left=$(find "$tmp/uploads" -mindepth 1 | wc -l)
[ "$left" = 0 ] && pass "no upload left in the temporary folder" || fail "$left files left behind"
if grep -E 'songjiang|putuo|not-a-zip|big\.docx|sheet' "$tmp/log" >/dev/null; then
  fail "the log names a file"; grep -E 'songjiang|putuo' "$tmp/log" | head -3
else
  pass "the log names no file"
fi
grep -Eq '^[0-9T:Z-]+ POST /api/check 200 [0-9]+ [0-9]+ms$' "$tmp/log" &&
  pass "access log: method path status bytes ms" || { fail "access log line"; tail -3 "$tmp/log"; }

# SIGTERM with a check under way: the check answers, then the server exits 0.
curl -s -o "$tmp/inflight" -w '%{http_code}' -F "plan=@tests/fixtures/docx/jiangsu-lianyungang-2023-2025.docx" \
  "$url/api/check" >"$tmp/inflight.code" &
client=$!
sleep 0.05
kill -TERM "$server"
wait "$client"
wait "$server"
rc=$?
server=""
[ "$rc" = 0 ] && pass "exit 0 on SIGTERM" || fail "exit $rc on SIGTERM"
[ "$(cat "$tmp/inflight.code")" = 200 ] && pass "the check under way answered before the stop" ||
  echo "note: the request sent just before SIGTERM got $(cat "$tmp/inflight.code") (sent too late to be under way)"
grep -q "stopped" "$tmp/log" && pass "said it stopped" || fail "no stop message"

if [ "$fails" -gt 0 ]; then echo "$fails check(s) failed"; exit 1; fi
echo "all checks passed"
