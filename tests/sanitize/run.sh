#!/usr/bin/env bash
# Builds plancheck with AddressSanitizer and UndefinedBehaviorSanitizer in its own build folder and
# runs the unit tests, then the command line on the corpus and every fixture. Any sanitizer report
# fails the run (halt_on_error); exit codes 0-3 are plancheck's own.
set -euo pipefail
src=$1
out=$2
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S "$src" -B "$out" -DPLANCHECK_SANITIZE=ON -DPLANCHECK_BENCHMARKS=OFF \
      -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$out" -j "$jobs" >/dev/null
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$(cd "$(dirname "$0")" && pwd)/lsan.supp
# From the source folder, as ctest runs them (some tests name corpus/ relative to it).
(cd "$src" && "$out/tests/plancheck_tests" --gtest_brief=1)
status=0
while IFS= read -r -d '' f; do
  for cmd in outline indicators check; do
    set +e
    "$out/plancheck" "$cmd" "$f" >/dev/null 2>"$out/sanitize.err"
    rc=$?
    set -e
    if [ "$rc" -gt 3 ]; then
      echo "sanitizer or crash: plancheck $cmd $f (exit $rc)"
      cat "$out/sanitize.err"
      status=1
    fi
  done
done < <(find "$src/corpus" "$src/tests/fixtures" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.docx' \
  -o -name '*.bin' -o -name '*.pdf' -o -name '*.odt' -o -name '*.html' -o -name '*.htm' -o -name '*.ofd' \) \
  -print0 | sort -z)
[ "$status" -eq 0 ] && echo "sanitize: corpus and fixtures clean"
exit "$status"
