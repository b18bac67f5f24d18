#!/usr/bin/env bash
# A province's scale, whole processes: `audit` of N different plans made from the corpus
# (benchmarks/make-plans.py), in grouped and in interleaved order, with --jobs 1 and 2; prints the
# median wall and CPU time (user + sys) of alternating runs, MB/s per CPU-second (per core, and
# steady on a shared machine) and the peak RSS (GNU time).
# Usage: benchmarks/scale-run.sh [build/plancheck] [N=200] [runs=3]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-build/plancheck}")
n=${2:-200}
runs=${3:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 benchmarks/make-plans.py "$work/plans" "$n"
bytes=$(cat "$work"/plans/*.txt | wc -c)
mapfile -t grouped <"$work/plans/grouped.lst"
mapfile -t interleaved <"$work/plans/interleaved.lst"

declare -A times rss cpu
run() {  # run NAME JOBS FILES...: one timed audit, appended to NAME's times
  local name=$1 jobs=$2
  shift 2
  rm -rf "$work/out"
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%M %U %S" -o "$work/rss" "$bin" audit "$@" --out "$work/out" --jobs "$jobs" \
    >/dev/null 2>&1 || true
  end=$(date +%s%N)
  times[$name]+="$(((end - start) / 1000000)) "
  read -r kb user sys <"$work/rss"
  rss[$name]=$kb
  cpu[$name]+="$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}') "
}
for _ in $(seq "$runs"); do  # alternating, so a busy moment of the machine hits every case
  run grouped-j1 1 "${grouped[@]}"
  run interleaved-j1 1 "${interleaved[@]}"
  run interleaved-j2 2 "${interleaved[@]}"
done
median() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for name in grouped-j1 interleaved-j1 interleaved-j2; do
  ms=$(median "${times[$name]}")
  c=$(median "${cpu[$name]}")
  awk -v ms="$ms" -v c="$c" -v b="$bytes" -v n="$name" -v p="$n" -v r="${rss[$name]}" \
    'BEGIN {printf "%-16s %4d plans %8.0f ms wall %8.0f ms CPU %6.2f MB/s per CPU-second  peak RSS %6.1f MiB\n",
            n, p, ms, c, b / 1e6 / (c / 1000), r / 1024}'
done
