#!/usr/bin/env bash
# A township plan (乡镇) end to end: `check --format json` places it at its town (李家台镇 → 开原市 →
# 铁岭市 → 辽宁省, level town) and `rules list --for` shows the national packs applied to it.
# Usage: towns.sh <plancheck-binary> <source-dir>
set -u
bin=$1
src=$2
plan="$src/tests/fixtures/towns/lijiatai-2024-2025.txt"
fail() { echo "towns: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$bin" check --format json --fail-on never "$plan" >"$tmp/report.json" || fail "check exited $?"
python3 - "$tmp/report.json" <<'PY' || fail "the JSON report does not place the plan at its town"
import json, sys
m = json.load(open(sys.argv[1]))["documents"][0]["metadata"]
region = m["region"]
want = {"province": "辽宁省", "city": "铁岭市", "county": "开原市", "town": "李家台镇", "code": "211282115"}
assert region == want, region
assert m["level"] == "town", m["level"]
PY

out=$("$bin" rules list --for "$plan") || fail "rules list --for exited $?"
echo "$out" | head -1 | grep -q "辽宁省 › 铁岭市 › 开原市 › 李家台镇，层级 town" ||
  fail "rules list --for does not name the town and its level: $(echo "$out" | head -1)"
# Every national pack whose period fits applies at town level (none is limited to counties); the
# line reads "applies:" or "适用：" by the locale.
for pack in national-opinion-2019 national-legal-aid-law national-plan-2021-2025; do
  echo "$out" | grep -A1 "^$pack " | grep -Eq "^  (applies:|适用：)" ||
    fail "$pack is not applied to a township plan"
done
echo "$out" | grep -q "national.section.guiding-ideology" || fail "the guiding-ideology rule is not listed"
echo "ok   township plan placed at 李家台镇 (town) with the national packs applied"
