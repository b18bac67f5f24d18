#!/usr/bin/env bash
# Times the whole process: `check` of one plan (a fresh process each time, so the rulebook is
# loaded and compiled every run) and `audit corpus/`. Prints the median of several runs; uses
# hyperfine when it is installed. Usage: benchmarks/whole-run.sh [build/plancheck] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/plancheck}
runs=${2:-10}
plan=corpus/shanghai-songjiang-2023-2025.txt
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
check=("$bin" check --format json --output "$out/check.json" --fail-on never "$plan")
audit=("$bin" audit corpus/ --out "$out/reports")

if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --runs "$runs" --export-json "$out/h.json" \
    "${check[*]}" "${audit[*]}" >/dev/null
  python3 - "$out/h.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"median {r['median'] * 1000:8.1f} ms  {r['command']}")
PY
  exit 0
fi

median_ms() {  # median_ms CMD... : runs it $runs times, prints the median wall time in ms
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(((end - start) / 1000)))
  done
  printf '%s\n' "${times[@]}" | sort -n |
    awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.1f", m / 1000}'
}
echo "median $(median_ms "${check[@]}") ms  check one plan (${runs} runs, cold process)"
echo "median $(median_ms "${audit[@]}") ms  audit corpus/ ($(ls corpus | wc -l) plans, ${runs} runs)"
