#!/usr/bin/env bash
# ctest -L fuzz: builds the libFuzzer targets with clang in a build folder of their own, writes
# their seeds (the corpus, the fixtures, the rule packs, fuzz/regressions/), and runs each target
# briefly over them, two at a time. Any crash, leak, timeout or out-of-memory fails the run and
# prints the stack, the reproducer's path and the command that replays it.
#
#   fuzz/smoke.sh SRC OUT          (ctest passes the source folder and <build>/fuzz-smoke)
#   PLANCHECK_FUZZ_SECONDS=60 fuzz/smoke.sh …   seconds per target (default 30)
set -euo pipefail
src=$(cd "$1" && pwd)
out=$2
seconds=${PLANCHECK_FUZZ_SECONDS:-30}
jobs=$(nproc 2>/dev/null || echo 2)
# shellcheck source=fuzz/common.sh
source "$src/fuzz/common.sh"
start=$(date +%s)

fuzz_require_clang
mkdir -p "$out"
fuzz_build "$src" "$out/build" "$jobs" || { echo "fuzz: the build failed"; exit 1; }
built=$(date +%s)
bin=$out/build/fuzz
fuzz_seeds "$src" "$bin" "$out/seeds" || exit 1
rm -rf "$out/corpus" "$out/artifacts" "$out/logs"
mkdir -p "$out/logs"

# One target: a fresh corpus folder, its seeds read-only, artifacts (crash-*, leak-*, timeout-*,
# oom-*) in artifacts/<target>/.
run_one() {
  local t=$1 rc=0
  mkdir -p "$out/corpus/$t" "$out/artifacts/$t"
  # shellcheck disable=SC2046
  "$bin/fuzz_$t" $(fuzz_options "$src" "$t") -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$out/artifacts/$t/" "$out/corpus/$t" "$out/seeds/$t" \
    >"$out/logs/$t.log" 2>&1 || rc=$?
  echo "$rc" >"$out/logs/$t.rc"
}

running=0
for t in "${FUZZ_TARGETS[@]}"; do
  run_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n || true
    running=$((running - 1))
  fi
done
wait || true

status=0
for t in "${FUZZ_TARGETS[@]}"; do
  rc=$(cat "$out/logs/$t.rc" 2>/dev/null || echo 1)
  mapfile -t found < <(find "$out/artifacts/$t" -type f | sort)
  if [ "$rc" -eq 0 ] && [ ${#found[@]} -eq 0 ]; then
    echo "fuzz_$t: ok  $(fuzz_stats "$out/logs/$t.log")"
    continue
  fi
  status=1
  echo "fuzz_$t: FAILED (exit $rc)  $(fuzz_stats "$out/logs/$t.log")"
  # What went wrong, and the frames in plancheck's own code (the throw site first for an exception).
  # (|| true: head closing the pipe early is not a failure of the run.)
  { grep -E '^(==[0-9]+==ERROR|SUMMARY|terminate called|  what\(\)|ALARM|broken invariant|.*runtime error:)' \
    "$out/logs/$t.log" | head -8 | sed 's/^/    /'; } || true
  { grep -E "^    #[0-9]+ .* in .*$src/(checker|fuzz)/" "$out/logs/$t.log" | head -12 |
    sed -E 's/ \(BuildId: [0-9a-f]+\)//; s/^/  /' | cut -c1-240; } || true
  for f in "${found[@]}"; do
    echo "    reproducer: $f"
    echo "    replay:     $bin/fuzz_$t $f"
  done
  echo "    log:        $out/logs/$t.log"
done
end=$(date +%s)
echo "fuzz smoke: build $((built - start)) s, runs $((end - built)) s, total $((end - start)) s"
[ "$status" -eq 0 ] && echo "fuzz: every target clean for ${seconds} s"
exit "$status"
