#!/usr/bin/env bash
# The plan marked up (check --annotate, audit --annotate) read by readers that are not ours: an
# XML reader (annotate_docx_read.py) finds one plancheck comment per finding on its hit, tracked
# changes that give back the original when rejected and only the fixes when accepted, and every
# part of the input kept; python3-docx opens the accepted copy; LibreOffice converts every copy to
# PDF and the page with the most comments becomes <build>/artefacts/annotate-docx/<stem>.png.
# Re-checking a copy gives the same findings less those its tracked changes fix, and a reply
# "plancheck：忽略 RULE" silences that finding. Skips (77) without LibreOffice, python3-docx or
# pdftoppm.
set -uo pipefail
bin=$(realpath "$1")
src=$(realpath "$2")
cd "$src"
python=/usr/bin/python3  # Debian's python3-docx lives in the system interpreter
if ! command -v soffice >/dev/null || ! command -v pdftoppm >/dev/null ||
  ! "$python" -c 'import docx' 2>/dev/null; then
  echo "SKIP: needs soffice (libreoffice-writer-nogui), pdftoppm (poppler-utils) and python3-docx"
  exit 77
fi
read_py=tests/e2e/annotate_docx_read.py
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
artefacts=$(dirname "$bin")/artefacts/annotate-docx
rm -rf "$artefacts" && mkdir -p "$artefacts"
fails=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }
export SOURCE_DATE_EPOCH=1741046400 # 2025-03-04

# Findings as (rule, paragraph, message), one per line, of a JSON report.
keys() { "$python" -c 'import json,sys
for r in json.load(open(sys.argv[1]))["documents"][0]["results"]:
    if r["status"] in ("fail","partial"): print(r["rule"], r["location"]["line"], r["message"])' "$1" | sort; }

# An unusual draft: a colleague's comment, pending changes, a field and a text box.
"$python" $read_py unusual tests/fixtures/docx/shanghai-songjiang-2023-2025.docx "$tmp/unusual.docx" ||
  fail "making the unusual draft"
# Drafts of real producers: python3-docx (hits split over runs, in a hyperlink, in a table cell,
# every kind of fix) and LibreOffice's own .docx of a plan (its XML, not ours).
"$python" tests/e2e/annotate_docx_make.py python-docx "$tmp/python-docx.docx" ||
  fail "making the python3-docx draft"
mkdir -p "$tmp/lo"
timeout 300 soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to docx:"MS Word 2007 XML" \
  --outdir "$tmp/lo" tests/fixtures/docx/shanghai-putuo-2020-2022.docx >"$tmp/lo.log" 2>&1 &&
  mv "$tmp/lo/shanghai-putuo-2020-2022.docx" "$tmp/libreoffice-putuo.docx" ||
  { fail "LibreOffice could not write the putuo .docx"; tail -3 "$tmp/lo.log"; }
for plan in tests/fixtures/docx/*.docx "$tmp/unusual.docx" "$tmp/python-docx.docx" "$tmp/libreoffice-putuo.docx"; do
  stem=$(basename "${plan%.docx}")
  copy=$artefacts/$stem.审阅.docx
  before=$(sha256sum <"$plan")
  "$bin" check "$plan" --format json --output "$tmp/$stem.json" --fail-on never \
    --annotate "$copy" --annotate-ids 2>"$tmp/$stem.err" || { fail "$stem: check --annotate"; cat "$tmp/$stem.err"; continue; }
  [ "$(sha256sum <"$plan")" = "$before" ] || fail "$stem: the input changed"
  if out=$("$python" $read_py findings "$plan" "$tmp/$stem.json" "$copy" 2>&1); then
    pass "$stem: $out"
  else
    fail "$stem: findings"; echo "$out" | tail -5
  fi
  if out=$("$python" $read_py parts "$plan" "$copy" 2>&1); then pass "$stem: $out"; else
    fail "$stem: parts"; echo "$out" | tail -5; fi
  # Round trip: the copy reads as its revisions propose; the fixed findings are gone, no others.
  "$bin" check "$copy" --format json --output "$tmp/$stem.again.json" --fail-on never ||
    { fail "$stem: re-check"; continue; }
  "$python" $read_py accept "$copy" "$tmp/$stem.accepted.docx"
  "$bin" check "$tmp/$stem.accepted.docx" --format json --output "$tmp/$stem.accepted.json" --fail-on never
  if diff <(keys "$tmp/$stem.again.json") <(keys "$tmp/$stem.accepted.json") >"$tmp/diff"; then
    fixed=$(comm -23 <(keys "$tmp/$stem.json") <(keys "$tmp/$stem.again.json") | wc -l)
    new=$(comm -13 <(keys "$tmp/$stem.json") <(keys "$tmp/$stem.again.json") | wc -l)
    changes=$("$python" $read_py ours "$copy" | cut -d' ' -f1)
    [ "$new" -eq 0 ] && [ "$fixed" -eq "$changes" ] &&
      pass "$stem: re-checked, $fixed findings fixed by $changes tracked changes, none new" ||
      fail "$stem: re-check: $fixed fixed, $new new, $changes tracked changes"
  else
    fail "$stem: pending revisions do not read as accepted"; head "$tmp/diff"
  fi
  grep -q "规则：" <(unzip -p "$copy" word/comments.xml) || fail "$stem: --annotate-ids wrote no rule"
done

# Without --annotate-ids no rule id reaches the drafter.
plan=tests/fixtures/docx/shanghai-songjiang-2023-2025.docx
"$bin" check "$plan" --annotate "$tmp/plain.docx" --fail-on never >/dev/null 2>&1
rules=$("$python" -c 'import json,sys; print("\n".join(r["rule"] for r in json.load(open(sys.argv[1]))["documents"][0]["results"]))' "$tmp/shanghai-songjiang-2023-2025.json")
leaked=$(unzip -p "$tmp/plain.docx" word/comments.xml | grep -c -F -f <(echo "$rules"))
[ "$leaked" -eq 0 ] && pass "no rule ids without --annotate-ids" || fail "rule ids leaked into comments"

# A reply "plancheck：忽略 RULE" on a finding's comment: that finding is not reported again.
rule=$("$python" -c 'import json,sys
rs=[r for r in json.load(open(sys.argv[1]))["documents"][0]["results"] if r["status"] in ("fail", "partial") and r["location"]["line"] and not r.get("fix")]
print(rs[0]["rule"])' "$tmp/shanghai-songjiang-2023-2025.json")
"$python" $read_py ignore "$artefacts/shanghai-songjiang-2023-2025.审阅.docx" "$tmp/ignored.docx" "$rule"
"$bin" check "$tmp/ignored.docx" --format json --output "$tmp/ignored.json" --fail-on never
gone=$(comm -23 <(keys "$tmp/shanghai-songjiang-2023-2025.again.json") <(keys "$tmp/ignored.json") | wc -l)
[ "$gone" -eq 1 ] && comm -23 <(keys "$tmp/shanghai-songjiang-2023-2025.again.json") <(keys "$tmp/ignored.json") | grep -q "^$rule " &&
  pass "a reply 'plancheck：忽略 $rule' silenced exactly that finding" || fail "ignore reply: $gone findings gone"
# The same reply after another word processor saved the file (LibreOffice here; Word and WPS
# cannot run on this machine): the ignore survives the round trip.
mkdir -p "$tmp/resaved"
timeout 300 soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to docx:"MS Word 2007 XML" \
  --outdir "$tmp/resaved" "$tmp/ignored.docx" >/dev/null 2>&1 || fail "soffice could not re-save the ignored copy"
"$bin" check "$tmp/resaved/ignored.docx" --format json --output "$tmp/resaved.json" --fail-on never
if [ "$(keys "$tmp/resaved.json" | grep -c "^$rule ")" -ne "$(keys "$tmp/ignored.json" | grep -c "^$rule ")" ]; then
  fail "the 忽略 reply was lost when LibreOffice re-saved the copy"
else
  pass "the 忽略 reply survives LibreOffice re-saving the copy"
fi

# A plan that is no .docx: a new .docx of its text, with the same comments.
"$bin" check corpus/shanghai-putuo-2020-2022.txt --format json --output "$tmp/putuo.json" --fail-on never \
  --annotate "$artefacts/putuo-txt.审阅.docx" --annotate-ids 2>/dev/null || fail "txt --annotate"
n=$(grep -o '<w:comment ' <(unzip -p "$artefacts/putuo-txt.审阅.docx" word/comments.xml) | wc -l)
want=$("$python" -c 'import json,sys; print(sum(r["status"] in ("fail","partial") for r in json.load(open(sys.argv[1]))["documents"][0]["results"]))' "$tmp/putuo.json")
[ "$n" -eq "$want" ] && "$python" -c 'import docx,sys; docx.Document(sys.argv[1])' "$artefacts/putuo-txt.审阅.docx" &&
  pass "txt input: a new .docx with $n comments" || fail "txt input: $n comments for $want findings"

# A plan on standard input: .docx bytes are marked up as the file is (named or not); text gets
# a new .docx of its text.
plan=tests/fixtures/docx/shanghai-putuo-2020-2022.docx
"$bin" check "$plan" --annotate "$tmp/file.docx" --fail-on never >/dev/null 2>&1
for name in "--stdin-name=putuo.docx" ""; do
  "$bin" check - $name --annotate "$tmp/piped.docx" --fail-on never <"$plan" >/dev/null 2>"$tmp/piped.err" &&
    cmp -s <(unzip -p "$tmp/file.docx" word/document.xml) <(unzip -p "$tmp/piped.docx" word/document.xml) &&
    cmp -s <(unzip -p "$tmp/file.docx" word/comments.xml) <(unzip -p "$tmp/piped.docx" word/comments.xml) &&
    pass "docx on stdin ${name:-unnamed}: the same marked-up copy as the file's" ||
    { fail "docx on stdin ${name:-unnamed}"; cat "$tmp/piped.err"; }
done
"$bin" check - --annotate "$tmp/piped-txt.docx" --fail-on never <corpus/shanghai-putuo-2020-2022.txt \
  >/dev/null 2>"$tmp/piped.err" && "$python" -c 'import docx,sys; docx.Document(sys.argv[1])' "$tmp/piped-txt.docx" &&
  grep -q '<w:comment ' <(unzip -p "$tmp/piped-txt.docx" word/comments.xml) &&
  pass "text on stdin: a new .docx with comments" || { fail "text on stdin"; cat "$tmp/piped.err"; }

# audit --annotate: plans/<stem>.审阅.docx beside the other reports.
mkdir -p "$tmp/plans" && cp tests/fixtures/docx/*.docx corpus/shanghai-putuo-2020-2022.txt "$tmp/plans/"
"$bin" audit "$tmp/plans" --out "$tmp/audit" --annotate >/dev/null 2>&1 || fail "audit --annotate"
count=$(ls "$tmp/audit/plans/"*.审阅.docx 2>/dev/null | wc -l)
[ "$count" -eq "$(ls "$tmp/plans" | wc -l)" ] && pass "audit --annotate: $count copies" ||
  fail "audit --annotate: $count copies"
# Each copy linked from the index and from its plan's page, relative, to a file that is there.
links=0
for copy in "$tmp/audit/plans/"*.审阅.docx; do
  name=$(basename "$copy")
  encoded=$("$python" -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$name")
  page="$tmp/audit/plans/${name%.审阅.docx}.report.html"
  grep -qF "href=\"plans/$encoded\"" "$tmp/audit/index.html" && grep -qF "href=\"$encoded\"" "$page" &&
    links=$((links + 1))
done
[ "$links" -eq "$count" ] && pass "audit --annotate: $links copies linked from the index and their pages" ||
  fail "audit --annotate: $links of $count copies linked"
"$bin" audit "$tmp/plans" --out "$tmp/audit-plain" >/dev/null 2>&1
! grep -q '审阅.docx' "$tmp/audit-plain/index.html" "$tmp/audit-plain/plans/"*.html &&
  pass "audit without --annotate links no copy" || fail "audit without --annotate links a copy"

# LibreOffice converts every copy (comments exported); the page of the paragraph with the most
# comments becomes a PNG.
timeout 600 soffice -env:UserInstallation="file://$tmp/profile" --headless \
  --convert-to 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"},"ExportNotesInMargin":{"type":"boolean","value":"true"}}' \
  --outdir "$artefacts" "$artefacts"/*.docx >"$tmp/soffice.log" 2>&1 ||
  { fail "soffice exited $?"; tail -5 "$tmp/soffice.log"; }
for d in "$artefacts"/*.docx; do
  pdf=${d%.docx}.pdf
  [ -s "$pdf" ] || { fail "$(basename "$d"): no PDF"; continue; }
  pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages/{print $2}')
  busiest=$("$python" $read_py ours "$d" | cut -d' ' -f2-)
  best=1
  for ((p = 1; p <= pages; p++)); do
    pdftotext -f $p -l $p "$pdf" - 2>/dev/null | tr -d ' \n' | grep -qF "${busiest:0:6}" && { best=$p; break; }
  done
  pdftoppm -png -r 80 -f $best -l $best -singlefile "$pdf" "${d%.docx}" 2>/dev/null &&
    pass "$(basename "$d"): LibreOffice PDF, $pages pages; page $best (the paragraph with most comments) at ${d%.docx}.png" ||
    fail "$(basename "$d"): no PNG"
done

[ "$fails" -eq 0 ] || { echo "$fails failed"; exit 1; }
