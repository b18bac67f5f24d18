#!/usr/bin/env bash
# An audit's --out is never seen half-written: killed by SIGTERM, SIGINT or SIGKILL at any point,
# or stopped just before or just after its commit, the folder shows one whole audit; what a kill
# leaves is removed by the next audit; a second audit into a folder in use is refused; an --out
# that is or holds the plans is refused before anything is written (shared/repro/*.sh).
set -uo pipefail
bin=$(realpath "$1")
src=$(realpath "$2")
cd "$src"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }

# The folder shows one whole audit: every report summary.json lists exists, plans/ holds exactly
# those, and index.html links only to them. Prints the number of plans.
whole() {
  python3 - "$1" <<'PY'
import json, os, re, sys, urllib.parse
out = sys.argv[1]
summary = json.load(open(os.path.join(out, "summary.json")))
listed = {link for plan in summary["plans"] for link in plan["reports"].values()}
present = {"plans/" + f for f in os.listdir(os.path.join(out, "plans"))}
assert listed == present, (sorted(listed ^ present))[:4]
# hrefs are URL-encoded (plans/….%E5%AE%A1….docx): compare the names they stand for.
links = {urllib.parse.unquote(l) for l in
         re.findall(r'href="(plans/[^"#]+)"', open(os.path.join(out, "index.html")).read())}
assert links <= present, sorted(links - present)[:4]
print(len(summary["plans"]))
PY
}
leftovers() { find "$1/.plancheck" -mindepth 1 -maxdepth 1 -name 'staging-*' | wc -l; }

many=$tmp/many
mkdir -p "$many"
for i in $(seq 1 60); do for f in corpus/*.txt; do cp "$f" "$many/$i-$(basename "$f")"; done; done
out=$tmp/out
"$bin" audit corpus/ --out "$out" --lang en >/dev/null 2>&1 || fail "first audit"
[ "$(whole "$out")" = 5 ] && pass "a fresh audit shows 5 plans" || fail "fresh audit not whole"
[ -L "$out/index.html" ] && [ -L "$out/plans" ] && pass "index.html and plans/ are links into the current version" ||
  fail "top-level entries are not links"

# Job control on: a non-interactive shell's background jobs would ignore SIGINT, and plancheck
# rightly keeps a signal its caller ignores.
set -m
for sig in TERM INT; do
  "$bin" audit "$many" --out "$out" --jobs 1 --lang en >/dev/null 2>"$tmp/err" &
  pid=$!
  sleep 1.5
  kill -s "$sig" "$pid"
  wait "$pid"
  code=$?
  want=$([ "$sig" = TERM ] && echo 143 || echo 130)
  [ "$code" -eq "$want" ] && pass "SIG$sig: exit $code" || fail "SIG$sig: exit $code, not $want"
  [ "$(leftovers "$out")" -eq 0 ] && pass "SIG$sig: no staging folder left" || fail "SIG$sig left staging"
  [ "$(whole "$out")" = 5 ] && pass "SIG$sig: the earlier audit still shows, whole" || fail "SIG$sig: not whole"
done
set +m

"$bin" audit "$many" --out "$out" --jobs 1 --lang en >/dev/null 2>&1 &
pid=$!
sleep 1.5
kill -s KILL "$pid"
wait "$pid" 2>/dev/null
[ "$(whole "$out")" = 5 ] && pass "SIGKILL: the earlier audit still shows, whole" || fail "SIGKILL: not whole"
[ "$(leftovers "$out")" -eq 1 ] && pass "SIGKILL leaves its staging folder" || fail "SIGKILL left $(leftovers "$out")"
"$bin" audit corpus/ --out "$out" --lang en >/dev/null 2>&1
[ "$(leftovers "$out")" -eq 0 ] && pass "the next audit removes it" || fail "leftovers stay"
[ "$(find "$out/.plancheck" -mindepth 1 -maxdepth 1 | wc -l)" -eq 4 ] &&
  pass "the store holds one version, the marker, the lock and the link" || fail "the store accumulates"

# Stopped exactly at the commit: the first rename moves the staged version into the store, the
# second switches the `current` link. Killed before the switch, the old audit shows; after, the new.
if command -v gdb >/dev/null; then
  gdb -q -batch -ex 'set pagination off' -ex 'break rename' -ex run -ex kill \
    --args "$bin" audit "$many" --out "$out" --jobs 2 --lang en >/dev/null 2>&1
  [ "$(whole "$out")" = 5 ] && pass "killed before the switch: the old audit, whole" || fail "before switch"
  gdb -q -batch -ex 'set pagination off' -ex 'break rename' -ex run -ex continue -ex finish -ex kill \
    --args "$bin" audit "$many" --out "$out" --jobs 2 --lang en >/dev/null 2>&1
  [ "$(whole "$out")" = 300 ] && pass "killed just after the switch: the new audit, whole" || fail "after switch"
  "$bin" audit corpus/ --out "$out" --lang en >/dev/null 2>&1
  [ "$(find "$out/.plancheck" -mindepth 1 -maxdepth 1 | wc -l)" -eq 4 ] &&
    pass "the next audit removes the old version the kill left" || fail "old version stays"
else
  echo "skip gdb not installed: the exact commit points are not tried"
fi

# Two audits into one folder: the second is refused while the first holds the lock.
flock "$out/.plancheck/lock" sleep 3 &
holder=$!
sleep 0.5
"$bin" audit corpus/ --out "$out" --lang en >/dev/null 2>"$tmp/err"
code=$?
wait "$holder"
[ "$code" -eq 2 ] && grep -q "another plancheck audit is writing" "$tmp/err" &&
  pass "a second audit into a folder in use: exit 2, said why" || fail "lock: exit $code $(cat "$tmp/err")"

# --out that is or holds an input (repro: audit plans --out . deleted plans/).
mkdir -p "$tmp/work/plans"
cp corpus/*.txt "$tmp/work/plans/"
echo "my notes" >"$tmp/work/plans/notes.doc"
before=$(cd "$tmp/work" && find . -type f | sort | xargs sha256sum)
(cd "$tmp/work" && "$bin" audit plans --out . --lang en >/dev/null 2>"$tmp/err")
code=$?
[ "$code" -eq 2 ] && grep -q "contains the input plans" "$tmp/err" && pass "--out . holding plans/: exit 2" ||
  fail "--out .: exit $code $(cat "$tmp/err")"
(cd "$tmp/work" && "$bin" audit plans --out plans --lang en >/dev/null 2>&1)
[ $? -eq 2 ] && pass "--out D for audit D: exit 2" || fail "--out D accepted"
# (notes.doc is a .doc that no reader opens: each audit says so and exits 3, and goes on.)
(cd "$tmp/work" && "$bin" audit plans --out plans/reports --lang en >/dev/null 2>&1
  "$bin" audit plans --out plans/reports --lang en >"$tmp/said" 2>&1)
grep -q "audited 5 plans" "$tmp/said" && pass "--out inside the input: its own reports are not audited" ||
  fail "--out inside input: $(cat "$tmp/said")"
rm -rf "$tmp/work/plans/reports"
[ "$before" = "$(cd "$tmp/work" && find . -type f | sort | xargs sha256sum)" ] &&
  pass "the plans and notes.doc are untouched" || fail "inputs changed"
mkdir -p "$tmp/theirs/plans" && echo "mine" >"$tmp/theirs/plans/notes.doc"
"$bin" audit corpus/ --out "$tmp/theirs" --lang en >/dev/null 2>"$tmp/err"
code=$?
[ "$code" -eq 2 ] && [ "$(cat "$tmp/theirs/plans/notes.doc")" = mine ] &&
  pass "an --out whose plans/ is someone else's: exit 2, untouched" || fail "foreign plans/: exit $code"

[ "$fails" -eq 0 ] && echo "audit_interrupted: all passed" || echo "audit_interrupted: $fails failed"
[ "$fails" -eq 0 ]
