#!/usr/bin/env bash
# `rules coverage` (31 provinces × packs × rules, text/md/json, zh/en) and `rules list --for` on a
# plan from a province with packs (its pack applies) and from one without (it says so).
# Usage: rules_coverage.sh <plancheck-binary> <source-dir>
set -u
bin=$1
src=$2
fail() { echo "rules_coverage: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$bin" rules coverage --format json > "$tmp/c.json" || fail "rules coverage --format json exited $?"
python3 - "$tmp/c.json" <<'PY' || exit 1
import json, sys
c = json.load(open(sys.argv[1], encoding="utf-8"))
rows = {p["province"]: p for p in c["provinces"]}
assert len(rows) == 31, f"{len(rows)} provinces, expected 31"
def packs(p): return {x["name"] for x in rows[p]["packs"]}
# the corpus provinces keep their packs; the new ones are there; a province with nothing confirmed has none
assert "sichuan-plan-2021" in packs("四川省") and "sichuan-legal-aid-2025" in packs("四川省"), packs("四川省")
assert "changchun-plan-2022" in packs("吉林省"), packs("吉林省")
assert "yunnan-plan-2021" in packs("云南省") and "tianjin-plan-2022" in packs("天津市")
assert packs("浙江省") == set() and packs("广东省") == set(), (packs("浙江省"), packs("广东省"))
for p in rows.values():
    assert p["rules"] == sum(x["rules"] for x in p["packs"]), p["province"]
    assert p["rules"] == sum(p["levels"].values()), p["province"]
assert c["all_plans"], "no packs for all plans"
print(sum(1 for p in rows.values() if p["packs"]), "provinces with packs")
PY

out=$("$bin" --lang zh rules coverage) || fail "rules coverage exited $?"
echo "$out" | grep -q "^地区 " || fail "zh coverage lacks its Chinese heading: $out"
echo "$out" | grep -q "^浙江省 .*暂无经核实的省级文件" || fail "zh coverage does not say 浙江省 has no pack"
out=$("$bin" --lang en rules coverage) || fail "rules coverage --lang en exited $?"
echo "$out" | grep -q "^region " || fail "en coverage lacks its heading"
out=$("$bin" rules coverage --format md) || fail "rules coverage --format md exited $?"
echo "$out" | grep -q "^| 四川省 | [1-9]" || fail "md coverage lacks a 四川省 row with packs: $out"

# A plan from a province with packs: its pack applies. One from a province without: it says so.
printf '%s\n' '云南省昆明市五华区公共法律服务体系建设规划（2026—2030年）' '一、总体要求' \
  '全面贯彻党的二十大和二十届二中、三中、四中全会精神。' > "$tmp/wuhua.txt"
out=$("$bin" --lang zh rules list --for "$tmp/wuhua.txt") || fail "list --for exited $?"
echo "$out" | grep -A1 "^yunnan-legal-aid-2025 " | grep -q "  适用：" ||
  fail "list --for a 云南 plan does not apply yunnan-legal-aid-2025: $out"
echo "$out" | grep -q "暂无经核实的省级规则包" && fail "list --for a 云南 plan says it has no pack"
printf '%s\n' '浙江省杭州市西湖区公共法律服务体系建设规划（2026—2030年）' '一、总体要求' \
  '全面贯彻党的二十大精神。' > "$tmp/xihu.txt"
out=$("$bin" --lang zh rules list --for "$tmp/xihu.txt") || fail "list --for exited $?"
echo "$out" | grep -q "浙江省暂无经核实的省级规则包" || fail "list --for a 浙江 plan does not say it has no pack: $out"
"$bin" rules list --for "$tmp/xihu.txt" --format json | grep -q '"note": "浙江省' ||
  fail "list --for --format json lacks the no-pack note"
# Every province with a pack: a county plan from it (its first county in the gazetteer) gets one of
# its packs applied.
python3 - "$bin" "$src" "$tmp" <<'PY' || exit 1
import json, subprocess, sys
bin, src, tmp = sys.argv[1:4]
cov = json.loads(subprocess.run([bin, "rules", "coverage", "--format", "json"], check=True,
                                capture_output=True, text=True).stdout)
counties = {}
for line in open(f"{src}/rules/gazetteer/gb2260.tsv", encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    if len(f) >= 5 and f[1] == "county" and not f[2].endswith("辖区"):
        counties.setdefault(f[4], f[2])
problems = []
for row in cov["provinces"]:
    if not row["packs"]:
        continue
    prov, county = row["province"], counties[row["province"]]
    plan = f"{tmp}/{row['code']}.txt"
    with open(plan, "w", encoding="utf-8") as f:
        f.write(f"{prov}{county}公共法律服务体系建设规划（2026—2030年）\n一、总体要求\n全面贯彻党的二十大精神。\n")
    listed = json.loads(subprocess.run([bin, "rules", "list", "--for", plan, "--format", "json"],
                                       check=True, capture_output=True, text=True).stdout)
    mine = {p["name"] for p in row["packs"]}
    applied = {p["name"] for p in listed["packs"] if p.get("applies")}
    if not mine & applied:
        problems.append(f"{prov}{county}: none of {sorted(mine)} applies")
if problems:
    print("\n".join(problems), file=sys.stderr)
    sys.exit(1)
PY
exit 0
