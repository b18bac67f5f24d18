#!/usr/bin/env bash
# Makes N plans for a province-sized audit (the index's scale tests), from the corpus's two county
# plans: each copy moves the plan to another real county (GB/T 2260: county, city, province and
# their short names replaced with sed) and varies five targets (two per 10,000 people), so regions, groups and
# indicator values differ. One plan in 50 loses its place names (the 地区未识别 group). Files are
# named c1.txt … cN.txt (natural order matters: c2 before c10). Nothing is committed.
# usage: make_plans.sh SRC_DIR N OUT_DIR
set -euo pipefail
src=$1
n=$2
out=$3
mkdir -p "$out"
gazetteer=$src/rules/gazetteer/gb2260.tsv
# county<TAB>short<TAB>province<TAB>province short<TAB>city<TAB>city short, for counties under a city.
mapfile -t places < <(awk -F'\t' '
  /^#/ || $1 == "code" { next }
  $2 == "province" { pshort[$3] = $4 }
  $2 == "city" { cshort[$3] = $4 }
  $2 == "county" && $6 != "" && $4 != "" { rows[++k] = $3 "\t" $4 "\t" $5 "\t" $6 }
  END { for (i = 1; i <= k; i++) { split(rows[i], f, "\t");
          if (pshort[f[3]] != "" && cshort[f[4]] != "")
            print f[1] "\t" f[2] "\t" f[3] "\t" pshort[f[3]] "\t" f[4] "\t" cshort[f[4]] } }' "$gazetteer")
count=${#places[@]}
# About two plans per county, counties spread over the whole list (a stride prime to its length).
distinct=$(((n + 1) / 2))
wutongqiao=$src/corpus/sichuan-leshan-wutongqiao-2021-2025.txt
lvyuan=$src/corpus/jilin-changchun-lvyuan-2021-2025-draft.txt
for ((i = 1; i <= n; i++)); do
  IFS=$'\t' read -r county short province pshort city cshort <<<"${places[$(((i % distinct) * 7919 % count))]}"
  if ((i % 50 == 0)); then county=本区 short=本区 province=本省 pshort=本省 city=本市 cshort=本市; fi
  legal_aid=$((2 + i % 5))           # 每万人提供法律援助件数, 4 in the original
  lawyers=$((i % 4)).$((i % 10))     # 每万人拥有律师数, 1 in the original
  helpers=$((1 + i % 6))             # 村（社区）骨干“法律明白人”数量, 5 in the original
  defence=$((100 - (i * 37) % 31))   # 刑事案件…律师辩护…覆盖率, 100% in the original
  if ((i % 2)); then
    sed -e "s/五通桥区/$county/g; s/五通桥/$short/g; s/乐山市/$city/g; s/乐山/$cshort/g" \
      -e "s/四川省/$province/g; s/四川/$pshort/g" \
      -e "118s/^\t4\$/\t$legal_aid/; 134s/^\t1\$/\t$lawyers/; 102s/^\t5\$/\t$helpers/" "$wutongqiao" >"$out/c$i.txt"
  else
    sed -e "s/绿园区/$county/g; s/绿园/$short/g; s/长春市/$city/g; s/长春/$cshort/g" \
      -e "s/吉林省/$province/g; s/吉林/$pshort/g" \
      -e "60s/法律帮助覆盖率100%/法律帮助覆盖率$defence%/; 42s/有3名以上骨干/有$((helpers % 4 + 1))名以上骨干/" "$lvyuan" >"$out/c$i.txt"
  fi
done
echo "$n plans in $out"
