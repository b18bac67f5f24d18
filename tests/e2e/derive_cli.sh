#!/usr/bin/env bash
# 衔接审核 from the command line (issue 13): `rules derive` writes a pack that `rules lint` and
# `rules test` accept, for every corpus plan; `check --against` puts the derived results in their
# own group, in the text report and in JSON (group, counterpart with both targets and the score).
# Usage: derive_cli.sh <plancheck-binary> <source-dir>
set -u
bin=$(realpath "$1")
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "derive_cli: $*" >&2; exit 1; }

for plan in "$src"/corpus/*.txt; do
  stem=$(basename "$plan" .txt)
  mkdir -p "$work/$stem"
  "$bin" rules derive "$plan" -o "$work/$stem/pack.yaml" 2>"$work/$stem/derive.err" ||
    fail "rules derive $stem exited $?: $(cat "$work/$stem/derive.err")"
  grep -q "^pack: against-" "$work/$stem/pack.yaml" || fail "$stem: no pack line"
  "$bin" rules lint "$work/$stem" >"$work/lint.out" 2>&1 || fail "rules lint $stem: $(cat "$work/lint.out")"
  "$bin" rules test "$work/$stem" >"$work/test.out" 2>&1 || fail "rules test $stem: $(tail -20 "$work/test.out")"
  echo "$stem: $(cat "$work/$stem/derive.err") · $(tail -1 "$work/test.out")"
done

# A district copy of 连云港 with one target lowered, checked against the city plan.
python3 "$src/tests/derive/make-district-copies" "$src/corpus/jiangsu-lianyungang-2023-2025.txt" \
  "$work/copies" || fail "make-district-copies failed"
city="$src/corpus/jiangsu-lianyungang-2023-2025.txt"
"$bin" check "$work/copies/ganyu-lowered.txt" --against "$city" --fail-on never >"$work/text.out" 2>&1 ||
  fail "check --against exited $?: $(cat "$work/text.out")"
grep -q "【与“jiangsu-lianyungang-2023-2025”衔接】" "$work/text.out" || fail "no 与《…》衔接 group heading in the text report"
grep -q "低于" "$work/text.out" || fail "the lowered target is not in the text report"
"$bin" check "$work/copies/ganyu-lowered.txt" --against "$city" --format json --fail-on never \
  >"$work/out.json" || fail "check --against --format json exited $?"
python3 - "$work/out.json" <<'PY' || fail "JSON check failed"
import json, sys
doc = json.load(open(sys.argv[1]))["documents"][0]
derived = [r for r in doc["results"] if "counterpart" in r]
assert derived, "no counterpart results"
assert all(r["group"] == "与“jiangsu-lianyungang-2023-2025”衔接" for r in derived)
lowered = [r for r in derived if r["counterpart"]["direction"] == "低于"]
assert len(lowered) == 1, lowered
c = lowered[0]["counterpart"]
assert c["higher"]["target"] == "≥12次/万人" and c["lower"]["target"] == "≥8次", c
assert 0 < c["score"] <= 1, c
assert lowered[0]["status"] == "partial"
print("json: %d derived indicator results, lowered: %s" % (len(derived), c))
PY
[ $? -eq 0 ] || exit 1

# Markdown and HTML: the derived results in their own group after the plan's sections, the
# indicators side by side with the direction, the lowered one among them.
group="与“jiangsu-lianyungang-2023-2025”衔接"
for format in md html; do
  "$bin" check "$work/copies/ganyu-lowered.txt" --against "$city" --format $format --fail-on never \
    >"$work/out.$format" || fail "check --against --format $format exited $?"
done
grep -q "^### $group\$" "$work/out.md" || fail "md: no ### $group heading"
grep -q "^| 上级规划指标 | 上级目标 | 本规划指标 | 本规划目标 | 对比 |" "$work/out.md" ||
  fail "md: no side-by-side table"
grep -q "| ≥12次/万人 | .* | ≥8次 .* | 低于 | ◐ 部分" "$work/out.md" || fail "md: the lowered row is not 低于"
[ "$(sed -n "/^### $group/,\$p" "$work/out.md" | grep -c '^| .* | 未设定 |')" -eq 0 ] ||
  fail "md: a row of the lowered copy is 未设定"
grep -q "<h3>$group</h3>" "$work/out.html" || fail "html: no <h3> group heading"
grep -q '<table class="against">' "$work/out.html" || fail "html: no side-by-side table"
grep -q '<td class="s-partial nowrap">低于</td>' "$work/out.html" || fail "html: the lowered row is not 低于"
python3 - "$work/out.html" "$group" <<'PY' || fail "html: the group is not after the plan's own sections"
import sys
html, group = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2]
at = html.index("<h3>" + group + "</h3>")
assert at > html.index("<h3>"), "the derived group comes first"
assert html.index("<h2>", at) > at  # then the plan's indicators
PY

# 松江 sets 每万人拥有律师数量 below the Shanghai target on purpose and says why under its table:
# the Markdown row quotes the note beside the two targets.
"$bin" check "$src/corpus/shanghai-songjiang-2023-2025.txt" \
  --against "$src/tests/fixtures/derive/shanghai-14th-quoted.txt" --format md --fail-on never \
  >"$work/songjiang.md" || fail "check 松江 --against exited $?"
grep -q "| 低于 | ◐ 部分 | .*" "$work/songjiang.md" || fail "songjiang md: no 低于 row"
grep "| 低于 |" "$work/songjiang.md" | grep -q "本规划的说明：“.*松江则预期7名" ||
  fail "songjiang md: the note on the lower target is not quoted"

# The config's against: works as --against does.
printf 'against: [%s]\n' "$city" >"$work/copies/.plancheck.yaml"
(cd "$work/copies" && "$bin" check ganyu-removed.txt --format json --fail-on never) >"$work/cfg.json" ||
  fail "check with against: in the config exited $?"
python3 -c "
import json,sys
d=json.load(open('$work/cfg.json'))['documents'][0]
u=[r for r in d['results'] if r.get('counterpart',{}).get('direction')=='未设定']
assert len(u)==1 and u[0]['status']=='fail', u
" || fail "against: in the config: the removed row is not 未设定"
echo "derive_cli: ok"
