#!/usr/bin/env bash
# The 审核意见 (check --format docx; audit's plans/<stem>.审核意见.docx) read by two readers that
# are not ours: python3-docx reads back the title, the three parts, one item per gap with its
# message and one table row per indicator; LibreOffice converts it to PDF, and pdftoppm renders
# page 1 to <build>/artefacts/review-docx/<stem>.png for a person to look at. Skips (77) without
# LibreOffice, python3-docx or pdftoppm.
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
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
artefacts=$(dirname "$bin")/artefacts/review-docx
rm -rf "$artefacts" && mkdir -p "$artefacts"
fails=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }
export SOURCE_DATE_EPOCH=1741046400  # 2025-03-04: the date in the text, fixed

for plan in corpus/*; do
  stem=$(basename "${plan%.*}")
  "$bin" check "$plan" --format json --output "$tmp/$stem.json" --fail-on never ||
    { fail "$stem: json"; continue; }
  "$bin" check "$plan" --format docx --output "$artefacts/$stem.docx" --fail-on never ||
    { fail "$stem: docx"; continue; }
  if "$python" - "$tmp/$stem.json" "$artefacts/$stem.docx" >"$tmp/$stem.read" 2>&1 <<'PY'; then
import json, re, sys, docx
report = json.load(open(sys.argv[1]))["documents"][0]
d = docx.Document(sys.argv[2])
paras = [p for p in d.paragraphs if p.text.strip()]
title = report["metadata"]["title"] or report["path"].split("/")[-1]
assert paras[0].text == f"关于《{title}》的审核意见", paras[0].text
assert paras[0].style.style_id == "GongwenTitle", paras[0].style.style_id
one_line = lambda s: re.sub(r"[\n\r\t]", " ", s)
heads = {"error": "一、必须修改", "warning": "二、建议修改", "info": "三、供参考"}
texts = [p.text for p in paras]
at = [texts.index(h) for h in heads.values()]
assert at == sorted(at), at
ends = at[1:] + [texts.index("附表")]
for (level, head), start, end in zip(heads.items(), at, ends):
    items = [p.text for p in paras[start + 1:end] if p.style.style_id == "GongwenHeading2"]
    items = [re.sub(r"^（[一二三四五六七八九十百千零]+）", "", t) for t in items]
    want = [one_line(r["message"]) for r in report["results"]
            if r["level"] == level and r["status"] in ("fail", "partial")]
    assert sorted(items) == sorted(want), (level, len(items), len(want))
    if not want:
        assert paras[start + 1].text == "无。"
    print(f"{head} {len(items)}")
# The table: every indicator rule applied (not n/a), then every indicator no such rule placed.
rank = {"fail": 0, "partial": 1, "pass": 2, "n/a": 3}
by_rule = {}
for r in report["results"]:
    if ".indicator." in r["rule"]:
        best = by_rule.get(r["rule"])
        if best is None or rank[r["status"]] < rank[best["status"]]:
            by_rule[r["rule"]] = r
deciding = [r for r in by_rule.values() if r["status"] != "n/a"]
placed = {(r["location"]["line"], r["location"]["column"]) for r in deciding if r["location"]["line"]}
unplaced = [i for i in report["indicators"] if (i["line"], i["column"]) not in placed]
want_rows = len(deciding) + len(unplaced)
rows = len(d.tables[0].rows) - 1 if d.tables else 0
assert rows == want_rows, (rows, want_rows)
assert not d.tables or [c.text for c in d.tables[0].rows[0].cells] == ["指标", "规划值", "框架要求", "差距/方向"]
print(f"附表 {rows} rows")
body = "\n".join(texts) + "".join(c.text for t in d.tables for row in t.rows for c in row.cells)
leaked = [r["rule"] for r in report["results"] if r["rule"] in body]
assert not leaked, leaked
sec = d.sections[0]
assert (round(sec.top_margin.mm), round(sec.bottom_margin.mm), round(sec.left_margin.mm),
        round(sec.right_margin.mm)) == (37, 35, 28, 26)
PY
    pass "$stem: python3-docx reads $(tr '\n' ' ' <"$tmp/$stem.read")"
  else
    fail "$stem: python3-docx"; tail -5 "$tmp/$stem.read"
  fi
done

# LibreOffice, with a profile of its own, converts every one; page 1 of each becomes a PNG.
timeout 300 soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf \
  --outdir "$artefacts" "$artefacts"/*.docx >"$tmp/soffice.log" 2>&1 ||
  { fail "soffice exited $?"; tail -5 "$tmp/soffice.log"; }
for d in "$artefacts"/*.docx; do
  pdf=${d%.docx}.pdf
  if [ -s "$pdf" ] && pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$pdf" "${d%.docx}" 2>"$tmp/ppm.log"; then
    pass "$(basename "$d"): LibreOffice PDF, $(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages/{print $2}') pages, page 1 at ${d%.docx}.png"
  else
    fail "$(basename "$d"): no PDF or PNG"; cat "$tmp/ppm.log"
  fi
done

# The audit writes one beside each plan's HTML, and the index links it.
"$bin" audit corpus/ --out "$tmp/audit" >/dev/null || fail "audit"
for plan in corpus/*; do
  stem=$(basename "${plan%.*}")
  [ -s "$tmp/audit/plans/$stem.审核意见.docx" ] || fail "audit: no plans/$stem.审核意见.docx"
done
links=$(grep -o 'href="plans/[^"]*docx">审核意见 (.docx)' "$tmp/audit/index.html" | wc -l)
[ "$links" -eq "$(ls corpus | wc -l)" ] && pass "audit: $links 审核意见 written and linked from index.html" ||
  fail "audit: $links index links to a 审核意见"
"$bin" check corpus/shanghai-putuo-2020-2022.txt --format docx >/dev/null 2>"$tmp/err"
[ $? -eq 2 ] && pass "--format docx without --output: exit 2" || fail "--format docx to stdout"

[ "$fails" -eq 0 ] || { echo "$fails failed"; exit 1; }
