#!/usr/bin/env bash
# plancheck's SARIF against Microsoft's SARIF Multitool `validate`, the reference validator of
# SARIF 2.1.0: the official JSON schema plus the specification's rules (URIs, ids, regions).
# Every error and warning fails, except SARIF2005's request for tool.driver.informationUri:
# plancheck has no public home page to name. The validator comes from tools/sarif (npm, pinned);
# scripts/install-deps installs it.
set -uo pipefail
bin=$(realpath "$1")
src=$(realpath "$2")
cd "$src"
tool=tools/sarif/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
if [ ! -f "$tool" ] && command -v npm >/dev/null; then
  (cd tools/sarif && npm ci --no-audit --no-fund --silent >/dev/null 2>&1)
fi
if [ ! -f "$tool" ]; then
  echo "SKIP: the SARIF Multitool is not installed (scripts/install-deps, or: cd tools/sarif && npm ci)"
  exit 0
fi
chmod u+x "$tool"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }

validate() {  # validate NAME SARIF
  local name=$1 sarif=$2
  if ! DOTNET_CLI_TELEMETRY_OPTOUT=1 "$tool" validate "$sarif" --output "$tmp/v.sarif" \
       --log ForceOverwrite >"$tmp/v.log" 2>&1; then
    fail "$name: the validator did not run"; tail -5 "$tmp/v.log"; return
  fi
  python3 - "$tmp/v.sarif" "$name" <<'PY' && pass "$name: valid SARIF 2.1.0" || fail "$name"
import json, sys
log = json.load(open(sys.argv[1]))
bad = [r for run in log["runs"] for r in run.get("results", [])
       if r.get("level", "warning") in ("error", "warning") and r["ruleId"] != "SARIF2005"]
for r in bad[:10]:
    args = r["message"].get("arguments", [])
    print(f'  {r["ruleId"]} {r.get("level", "warning")}: {" | ".join(args)[:300]}')
sys.exit(1 if bad else 0)
PY
}

"$bin" check corpus/ --format sarif --output "$tmp/corpus.sarif"
[ $? -le 1 ] && validate "corpus, relative paths, bundled rules" "$tmp/corpus.sarif" ||
  fail "check corpus/ --format sarif"
"$bin" check "$src/corpus/shanghai-putuo-2020-2022.txt" --format sarif --output "$tmp/abs.sarif"
[ $? -le 1 ] && validate "one plan, absolute path" "$tmp/abs.sarif" || fail "check absolute path"
"$bin" check corpus/ --write-baseline "$tmp/base.json" >/dev/null
"$bin" check corpus/ --baseline "$tmp/base.json" --fail-on never --format sarif \
  --output "$tmp/base.sarif"
[ $? -eq 0 ] && validate "baseline: suppressions and baselineState" "$tmp/base.sarif" ||
  fail "check --baseline --format sarif"
"$bin" check tests/fixtures/docx/*.docx --format sarif --output "$tmp/docx.sarif"
[ $? -le 1 ] && validate ".docx plans, paragraph locations" "$tmp/docx.sarif" || fail "check .docx"
# An unreadable plan beside a readable one: the run goes on (exit 3) and says so in invocations.
mkdir "$tmp/mixed"
cp corpus/shanghai-putuo-2020-2022.txt "$tmp/mixed/plan.txt"
printf 'PK\003\004 not a zip' >"$tmp/mixed/broken.docx"
"$bin" check "$tmp/mixed" --format sarif --output "$tmp/mixed.sarif" 2>/dev/null
[ $? -eq 3 ] && validate "an unreadable file: toolExecutionNotifications" "$tmp/mixed.sarif" ||
  fail "check of a folder with an unreadable file"
# What the corpus run carries: SRCROOT-relative paths, a helpUri per rule, fixes.
python3 - "$tmp/corpus.sarif" "$tmp/mixed.sarif" <<'PY' && pass "SRCROOT, helpUri, fixes, notifications" ||
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
assert run["originalUriBaseIds"]["SRCROOT"]["uri"].startswith("file:///"), run["originalUriBaseIds"]
assert run["originalUriBaseIds"]["SRCROOT"]["uri"].endswith("/")
for r in run["results"]:
    loc = r["locations"][0]["physicalLocation"]["artifactLocation"]
    assert loc["uriBaseId"] == "SRCROOT" and loc["uri"].startswith("corpus/"), loc
rules = run["tool"]["driver"]["rules"]
missing = [r["id"] for r in rules if not r.get("helpUri")]
assert not missing, missing[:5]
assert any(r["helpUri"].startswith("http") for r in rules)
fixes = [r for r in run["results"] if r.get("fixes")]
assert fixes, "no finding with a fix in the corpus run"
for r in fixes:
    region = r["fixes"][0]["artifactChanges"][0]["replacements"][0]["deletedRegion"]
    assert region["startLine"] == r["locations"][0]["physicalLocation"]["region"]["startLine"]
    assert region["endColumn"] > region["startColumn"]
mixed = json.load(open(sys.argv[2]))["runs"][0]["invocations"][0]
assert mixed["executionSuccessful"] is False
notes = mixed["toolExecutionNotifications"]
assert len(notes) == 1 and "broken.docx" in notes[0]["message"]["text"], notes
PY
  fail "SRCROOT, helpUri, fixes or notifications missing"
echo "sarif_official: $fails failed"
[ "$fails" -eq 0 ]
