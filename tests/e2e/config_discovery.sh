#!/usr/bin/env bash
# .plancheck.yaml per plan: each plan takes the nearest config in its folder or above (nearest
# wins whole), --config overrides for every plan, and a plan outside the tree is not touched by
# the working folder's config. Then `plancheck init`: a commented file with every key that
# changes nothing, never written over an existing one without --force (exit 2).
set -uo pipefail
bin=$(realpath "$1")
src=$(realpath "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }
# rules_of JSON PLAN: the rule ids with a result for PLAN (a path as reported).
rules_of() {
  python3 - "$1" "$2" <<'PY'
import json, sys
for d in json.load(open(sys.argv[1]))["documents"]:
    if d["path"] == sys.argv[2]:
        print("\n".join(sorted({r["rule"] for r in d["results"]})))
PY
}
repo=$tmp/repo
mkdir -p "$repo/plans" "$repo/region/county" "$tmp/outside"
cp -r "$src/tests/fixtures/config/rules" "$repo/rules"
plan=$src/corpus/jiangsu-lianyungang-2023-2025.txt
cp "$plan" "$repo/plans/plan.txt"
cp "$plan" "$repo/region/county/plan.txt"
cp "$plan" "$tmp/outside/plan.txt"
printf 'rules: [rules]\nbuiltin-rules: false\n' >"$repo/.plancheck.yaml"
# The nearer config is complete on its own: it is not merged with the one above.
printf 'rules: [../rules]\nbuiltin-rules: false\ndisable: [fixture.forbid.doubled-punctuation]\n' \
  >"$repo/region/.plancheck.yaml"
cd "$repo"

"$bin" check --fail-on never --format json plans/plan.txt region/county/plan.txt >"$tmp/two.json" ||
  fail "check two plans exited $?"
top=$(rules_of "$tmp/two.json" plans/plan.txt)
near=$(rules_of "$tmp/two.json" region/county/plan.txt)
echo "$top" | grep -qx fixture.forbid.doubled-punctuation &&
  pass "a plan under the root config is checked with it" || fail "root config: $top"
[ -n "$near" ] && ! echo "$near" | grep -qx fixture.forbid.doubled-punctuation &&
  pass "a plan below region/ takes region/.plancheck.yaml (nearest wins)" || fail "nearest: $near"

cd region/county
"$bin" check --fail-on never --format json plan.txt >"$tmp/here.json" || fail "check from below exited $?"
here=$(rules_of "$tmp/here.json" plan.txt)  # whole, not piped into grep -q (pipefail, SIGPIPE)
[ -n "$here" ] && ! echo "$here" | grep -qx fixture.forbid.doubled-punctuation &&
  pass "the same from inside the folder" || fail "nearest, run from inside"
"$bin" check --fail-on never --format json --config ../../.plancheck.yaml plan.txt >"$tmp/cfg.json" ||
  fail "--config exited $?"
given=$(rules_of "$tmp/cfg.json" plan.txt)
echo "$given" | grep -qx fixture.forbid.doubled-punctuation &&
  pass "--config overrides the nearest config" || fail "--config override"
cd "$repo"

"$bin" audit . --out "$tmp/audit" >/dev/null 2>"$tmp/err" || fail "audit exited $?"
python3 - "$tmp/audit" <<'PY' && pass "audit: each plan its nearest config" || fail "audit configs"
import json, pathlib, sys
out = pathlib.Path(sys.argv[1])
seen = {}
for f in (out / "plans").glob("*.json"):
    d = json.loads(f.read_text())["documents"][0]
    seen[d["path"]] = {r["rule"] for r in d["results"]}
top = [p for p in seen if p.endswith("plans/plan.txt")]
near = [p for p in seen if p.endswith("county/plan.txt")]
assert len(top) == 1 and len(near) == 1, seen.keys()
assert "fixture.forbid.doubled-punctuation" in seen[top[0]], seen[top[0]]
assert "fixture.forbid.doubled-punctuation" not in seen[near[0]], seen[near[0]]
PY

"$bin" check --fail-on never --format json "$tmp/outside/plan.txt" >"$tmp/out.json" ||
  fail "outside plan exited $?"
python3 - "$tmp/out.json" <<'PY' && pass "a plan outside the tree ignores the working folder's config" ||
import json, sys
rules = {r["rule"] for d in json.load(open(sys.argv[1]))["documents"] for r in d["results"]}
assert rules and not any(r.startswith("fixture.") for r in rules), sorted(rules)[:5]
PY
  fail "outside plan used the repository's config"

# init
mkdir "$tmp/new" && cd "$tmp/new"
"$bin" --lang en init >"$tmp/out" 2>&1 && [ -f .plancheck.yaml ] && pass "init writes .plancheck.yaml" ||
  { fail "init"; cat "$tmp/out"; }
python3 - "$src" <<'PY' && pass "init names every key" || fail "init keys"
import re, sys
text = open(".plancheck.yaml").read()
keys = ["rules", "builtin-rules", "fail-on", "baseline", "lang", "region", "period", "date",
        "against", "disable", "select", "levels", "overrides", "files"]
missing = [k for k in keys if not re.search(r"^#? *-? *" + re.escape(k) + ":", text, re.M)]
assert not missing, missing
readme = open(sys.argv[1] + "/README.md").read()
undocumented = [k for k in keys if f"`{k}`" not in readme]
assert not undocumented, undocumented
PY
cp "$plan" plan.txt
"$bin" check --fail-on never --format json plan.txt >"$tmp/with.json"
mv .plancheck.yaml saved.yaml
"$bin" check --fail-on never --format json plan.txt >"$tmp/without.json"
mv saved.yaml .plancheck.yaml
python3 - "$tmp/with.json" "$tmp/without.json" <<'PY' && pass "the written config changes nothing" ||
import json, sys
a, b = (json.load(open(p))["documents"][0]["results"] for p in sys.argv[1:])
assert a == b and a, (len(a), len(b))
PY
  fail "init's config changed the results"
echo "# mine" >>.plancheck.yaml
"$bin" --lang en init >"$tmp/out" 2>"$tmp/err"
code=$?
[ "$code" -eq 2 ] && grep -q "already exists" "$tmp/err" && grep -q -- "--force" "$tmp/err" &&
  tail -1 .plancheck.yaml | grep -q "# mine" && pass "init refuses to overwrite (exit 2)" ||
  { fail "init over an existing file: exit $code"; cat "$tmp/err"; }
"$bin" --lang zh init >/dev/null 2>"$tmp/err"
grep -q "已存在" "$tmp/err" && pass "init's refusal in Chinese" || fail "zh refusal: $(cat "$tmp/err")"
"$bin" init --force >/dev/null 2>&1 && ! grep -q "# mine" .plancheck.yaml &&
  pass "init --force overwrites" || fail "init --force"
"$bin" init "$tmp/nothing-here" >/dev/null 2>&1
[ $? -eq 2 ] && pass "init into a missing folder: exit 2" || fail "init missing folder"

if [ "$fails" -gt 0 ]; then echo "$fails check(s) failed"; exit 1; fi
echo "all checks passed"
