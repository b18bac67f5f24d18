#!/usr/bin/env bash
# reports/ is the audit of corpus/ (scripts/audit). Regenerates it into a temporary folder and
# fails when it differs from what is committed, so a rule or engine change shows up as a report
# diff and the reports in the repository are always true. Fix a failure with: scripts/audit
set -uo pipefail
bin=$(realpath "$1")
src=$(realpath "$2")
cd "$src"
if [ ! -f reports/summary.json ]; then
  echo "FAIL reports/ holds no audit: run scripts/audit and commit reports/"
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The language the committed reports were written in (scripts/audit takes it from the locale).
lang=$(python3 -c 'import json; print(json.load(open("reports/summary.json"))["lang"])')
# And the day they were dated (the 审核意见 carry it): the same day again, as SOURCE_DATE_EPOCH.
epoch=$(python3 -c 'import json, datetime
d = json.load(open("reports/summary.json")).get("date") or "1970-01-01"
print(int(datetime.datetime.strptime(d, "%Y-%m-%d").replace(tzinfo=datetime.timezone.utc).timestamp()))')
SOURCE_DATE_EPOCH=$epoch "$bin" audit corpus/ --out "$tmp/reports" --lang "$lang" >/dev/null ||
  { echo "FAIL audit"; exit 1; }
if diff -r -q reports "$tmp/reports" >"$tmp/diff"; then
  echo "ok   reports/ matches a fresh audit of corpus/ ($(find reports -type f | wc -l) files)"
  exit 0
fi
echo "FAIL reports/ is out of date; run scripts/audit and commit reports/. Differences:"
head -20 "$tmp/diff"
for f in summary.json matrix.csv; do
  diff -u "reports/$f" "$tmp/reports/$f" | head -30
done
exit 1
