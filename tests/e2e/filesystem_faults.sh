#!/usr/bin/env bash
# Full disks, /dev/full and read-only folders: every write plancheck makes is checked, the exit is 2
# with a message naming the file the user knows (never a hidden temporary), the old file or the
# old audit stays whole, and nothing half-written is left. Small tmpfs mounts stand in for a full
# disk (root only; elsewhere the mounted cases are skipped and say so).
set -uo pipefail
bin=$(realpath "$1")
src=$(realpath "$2")
cd "$src"
tmp=$(mktemp -d)
mnt=$tmp/mnt
mkdir -p "$mnt"
cleanup() { umount "$mnt" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
fails=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }

# Standard output that cannot be written: exit 2 and said, for every command that prints.
for cmd in "check corpus/ --fail-on never" "check corpus/ --format json" \
  "outline corpus/shanghai-putuo-2020-2022.txt" "indicators corpus/shanghai-songjiang-2023-2025.txt" \
  "rules list"; do
  # shellcheck disable=SC2086
  "$bin" $cmd --lang en >/dev/full 2>"$tmp/err"
  code=$?
  [ "$code" -eq 2 ] && grep -q "standard output: cannot write: No space left on device" "$tmp/err" &&
    pass "$cmd >/dev/full: exit 2, said" || fail "$cmd >/dev/full: exit $code: $(head -c 300 "$tmp/err")"
done

if ! mount -t tmpfs -o size=64k tmpfs "$mnt" 2>/dev/null; then
  echo "skip cannot mount a tmpfs here (not root, or no mount rights): full-disk cases not run"
  [ "$fails" -eq 0 ]
  exit
fi

# --output and --write-baseline on a full disk: the old file stays, no temporary is left.
echo old >"$mnt/report.json"
echo old >"$mnt/base.json"
"$bin" check corpus/ --format json --show-passed --output "$mnt/report.json" --lang en 2>"$tmp/err"
code=$?
[ "$code" -eq 2 ] && grep -q "^plancheck: $mnt/report.json: cannot write: No space left" "$tmp/err" &&
  ! grep -q "\.tmp-" "$tmp/err" && pass "--output on a full disk: exit 2 naming the file" ||
  fail "--output full: exit $code: $(cat "$tmp/err")"
[ "$(cat "$mnt/report.json")" = old ] && pass "--output on a full disk: the old file is whole" ||
  fail "--output full: old file changed"
dd if=/dev/zero of="$mnt/filler" bs=1k 2>/dev/null  # whatever space is left: the disk is full
"$bin" check corpus/ --write-baseline "$mnt/base.json" --lang en >/dev/null 2>"$tmp/err"
code=$?
[ "$code" -eq 2 ] && grep -q "$mnt/base.json: cannot write" "$tmp/err" &&
  [ "$(cat "$mnt/base.json")" = old ] && pass "--write-baseline on a full disk: exit 2, old baseline whole" ||
  fail "--write-baseline full: exit $code: $(cat "$tmp/err")"
"$bin" check corpus/ --format json --show-passed --fail-on never --lang en >"$mnt/stdout.json" 2>"$tmp/err"
code=$?
[ "$code" -eq 2 ] && grep -q "standard output: cannot write" "$tmp/err" &&
  pass "stdout redirected to a full disk: exit 2, said" || fail "stdout full: exit $code"
[ "$(find "$mnt" -name '.*tmp-*' | wc -l)" -eq 0 ] && pass "no temporary files left" || fail "temporaries left"
umount "$mnt"

# An audit that runs out of space: the earlier audit stays whole and no staging folder is left.
mount -t tmpfs -o size=900k tmpfs "$mnt"
"$bin" audit corpus/shanghai-putuo-2020-2022.txt --out "$mnt/reports" --lang en >/dev/null 2>&1 ||
  fail "a one-plan audit should fit in 900k"
many=$tmp/many
mkdir -p "$many"
for i in 1 2 3; do for f in corpus/*.txt; do cp "$f" "$many/$i-$(basename "$f")"; done; done
"$bin" audit "$many" --out "$mnt/reports" --lang en >/dev/null 2>"$tmp/err"
code=$?
[ "$code" -eq 2 ] && grep -q "^plancheck: $mnt/reports/.*: cannot write: No space left" "$tmp/err" &&
  ! grep -q "staging" "$tmp/err" && pass "audit on a full disk: exit 2 naming the report" ||
  fail "audit full: exit $code: $(cat "$tmp/err")"
grep -q "ERROR" "$tmp/err" && fail "a library's own error lines reached stderr" || pass "one message, no library noise"
python3 - "$mnt/reports" <<'PY' && pass "the earlier audit is still whole" || fail "earlier audit damaged"
import json, os, sys
out = sys.argv[1]
summary = json.load(open(os.path.join(out, "summary.json")))
assert len(summary["plans"]) == 1
for plan in summary["plans"]:
    for link in plan["reports"].values():
        assert os.path.getsize(os.path.join(out, link)) > 0, link
PY
[ "$(find "$mnt/reports/.plancheck" -maxdepth 1 -name 'staging-*' | wc -l)" -eq 0 ] &&
  pass "no staging folder left" || fail "staging left on a full disk"

# Read-only: refused with the reason, nothing changed.
mount -o remount,ro "$mnt"
"$bin" audit corpus/ --out "$mnt/reports" --lang en >/dev/null 2>"$tmp/err"
code=$?
[ "$code" -eq 2 ] && grep -q "Read-only file system" "$tmp/err" && pass "audit into a read-only folder: exit 2, said" ||
  fail "read-only audit: exit $code: $(cat "$tmp/err")"
"$bin" check corpus/ --output "$mnt/r.txt" --lang en 2>"$tmp/err"
code=$?
[ "$code" -eq 2 ] && grep -q "$mnt/r.txt: cannot write: Read-only file system" "$tmp/err" &&
  pass "--output into a read-only folder: exit 2 naming it" || fail "read-only --output: exit $code"

[ "$fails" -eq 0 ] && echo "filesystem_faults: all passed" || echo "filesystem_faults: $fails failed"
[ "$fails" -eq 0 ]
