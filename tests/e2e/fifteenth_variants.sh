#!/usr/bin/env bash
# The 十五五 timeliness rules on 2026–2030 variants of the corpus plans (tests/fifteenth/make-variants):
# on each stale variant (relabelled 2026–2030, text still 十四五 / “八五”普法 / 到2025年) at least one fires,
# and together they cover the guidance anchor, the 十四五 cycle and the past target years; on each current
# variant (the cycles, target years and guidance moved forward) none fires. The new-law rules apply
# (are not n/a) to both. The variants go into the build folder, never into corpus/.
# Usage: fifteenth_variants.sh <plancheck-binary> <source-dir>
set -u
bin=$1
src=$2
fail() { echo "fifteenth_variants: $*" >&2; exit 1; }
out="$(cd "$(dirname "$bin")" && pwd)/fifteenth-variants"
rm -rf "$out"
python3 "$src/tests/fifteenth/make-variants" "$src/corpus" "$out" > /dev/null || fail "make-variants failed"
n=0
for plan in "$out"/*.txt; do
  "$bin" check --format json --fail-on never --period 2026-2030 --date 2026-06-01 "$plan" \
    > "${plan%.txt}.json" || fail "check $plan exited $?"
  n=$((n + 1))
done
[ "$n" -eq 10 ] || fail "expected 10 variants (5 plans × current, stale), got $n"
python3 - "$out" <<'PY' || exit 1
import json, pathlib, sys
out = pathlib.Path(sys.argv[1])
timeliness = {"national.timeliness." + r for r in
              ["plenum-anchor", "fourteenth-current", "pufa-8th-current", "target-2025",
               "system-goal", "outline-14th"]}
new_law = ["national.reference.legal-education-law", "national.topic.service-supervision",
           "national.topic.one-stop-dispute-centre"]
problems, fired_stale = [], set()
for path in sorted(out.glob("*.json")):
    doc = json.loads(path.read_text(encoding="utf-8"))["documents"][0]
    gaps = {r["rule"] for r in doc["results"] if r["status"] in ("fail", "partial")}
    status = {}
    for r in doc["results"]:
        status.setdefault(r["rule"], set()).add(r["status"])
    fired = gaps & timeliness
    if path.name.endswith(".stale.json"):
        fired_stale |= fired
        if not fired:
            problems.append(f"{path.name}: no timeliness rule fires on a stale plan")
    elif fired:
        problems.append(f"{path.name}: timeliness rules fire on a current plan: {sorted(fired)}")
    for rule in new_law:
        if status.get(rule, {"n/a"}) == {"n/a"}:
            problems.append(f"{path.name}: {rule} does not apply to a 2026–2030 plan")
for rule in ["plenum-anchor", "fourteenth-current", "target-2025"]:
    if "national.timeliness." + rule not in fired_stale:
        problems.append(f"national.timeliness.{rule} fires on no stale variant")
if problems:
    print("\n".join(problems), file=sys.stderr)
    sys.exit(1)
print(f"ok: stale variants fire {sorted(fired_stale)}")
PY
# Without --date, as a drafter's undated 2026–2030 draft arrives: a guidance formula that stops at
# 十九届 does not date the plan to 2022 (the period wins over text that old), so the rules still
# apply and fire. 五通桥 prints its 成文日期 (2022-06-16), a fact: its timed rules stay n/a.
for plan in "$out"/*.stale.txt; do
  case $plan in *wutongqiao*) continue ;; esac
  fired=$("$bin" check --format json --fail-on never --period 2026-2030 "$plan" | python3 -c '
import json, sys
doc = json.load(sys.stdin)["documents"][0]
print(sum(1 for r in doc["results"]
          if r["rule"].startswith("national.timeliness.") and r["status"] in ("fail", "partial")))')
  [ "$fired" -gt 0 ] || fail "$(basename "$plan"): no timeliness rule fires without --date"
done
echo "ok: undated stale variants fire too"
