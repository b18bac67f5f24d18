#!/usr/bin/env bash
# plancheck beside other linters of Chinese text, on the same files: autocorrect (autocorrect-node),
# textlint (with @textlint-rule/no-unmatched-pair) and lint-md, installed from the lock file in
# benchmarks/peers/ (npm ci). Whole processes, alternating runs, medians of CPU time (user +
# sys, so a shared machine's load does not skew the ratios): one 33 KB plan cold, and
# N different plans (benchmarks/make-plans.py) in one process each, as MB/s per core. Every tool
# runs pinned to one core (taskset). Prints each peer's figure and plancheck's ratio.
# Usage: benchmarks/peers.sh [build/plancheck] [N=200] [runs=3]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-build/plancheck}")
n=${2:-200}
runs=${3:-3}
if ! command -v npm >/dev/null; then
  echo "peers.sh: skipped: npm is not installed (apt-get install npm), so the peers cannot be" \
    "installed" >&2
  exit 0
fi
if [ ! -x benchmarks/peers/node_modules/.bin/autocorrect ]; then
  (cd benchmarks/peers && npm ci --no-audit --no-fund >/dev/null) ||
    { echo "peers.sh: skipped: npm ci in benchmarks/peers failed" >&2; exit 0; }
fi
peers=$(realpath benchmarks/peers/node_modules/.bin)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 benchmarks/make-plans.py "$work/plans" "$n"
mapfile -t files <"$work/plans/interleaved.lst"
mkdir "$work/md"  # lint-md reads only .md: the same bytes under that name
for f in "${files[@]}"; do cp "$f" "$work/md/$(basename "${f%.txt}").md"; done
mapfile -t md_files < <(ls "$work"/md/*.md)
one=corpus/shanghai-songjiang-2023-2025.txt
cp "$one" "$work/one.md"
bytes=$(cat "${files[@]}" | wc -c)

tool() {  # tool NAME one|many: the command line of NAME over one plan or all of them
  local files_of=("${files[@]}") md_of=("${md_files[@]}")
  if [ "$2" = one ]; then files_of=("$one"); md_of=("$work/one.md"); fi
  case $1 in
    plancheck) echo "$bin" check --format json --output /dev/null --fail-on never \
      "${files_of[@]}" ;;
    autocorrect) echo "$peers/autocorrect" --lint "${files_of[@]}" ;;
    textlint) echo "$peers/textlint" --no-textlintrc --rule @textlint-rule/no-unmatched-pair \
      "${files_of[@]}" ;;
    lint-md) echo "$peers/lint-md" "${md_of[@]}" ;;
  esac
}
names=(plancheck autocorrect textlint lint-md)
declare -A times
for _ in $(seq "$runs"); do
  for name in "${names[@]}"; do
    for size in one many; do
      read -r -a cmd <<<"$(tool "$name" "$size")"
      /usr/bin/time -f "%U %S" -o "$work/cpu" taskset -c 0 "${cmd[@]}" >/dev/null 2>&1 || true
      times[$name-$size]+="$(awk '{printf "%d", ($1 + $2) * 1000}' "$work/cpu") "
    done
  done
done
median() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
p_one=$(median "${times[plancheck-one]}")
p_many=$(median "${times[plancheck-many]}")
printf '%-12s %10s %16s %22s\n' tool "one plan" "$n plans" "plancheck's ratio"
for name in "${names[@]}"; do
  o=$(median "${times[$name-one]}")
  m=$(median "${times[$name-many]}")
  awk -v n="$name" -v o="$o" -v m="$m" -v b="$bytes" -v po="$p_one" -v pm="$p_many" \
    'BEGIN {printf "%-12s %7d ms CPU %9.2f MB/s   %5.2fx faster cold, %5.2fx per core\n",
            n, o, b / 1e6 / (m / 1000), o / po, m / pm}'
done
