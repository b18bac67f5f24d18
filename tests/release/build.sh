#!/usr/bin/env bash
# ctest -L release: the plancheck binary built in Release with GCC and with Clang, warnings as
# errors (PLANCHECK_WERROR=ON), each in a build folder of its own; then `plancheck --version`
# and one check of a corpus plan and of its .docx from each, whose JSON reports must equal the
# ones the test build's own binary gives: an optimiser that changes a rule's status is a failure.
#
#   tests/release/build.sh SRC OUT PLANCHECK [LAUNCHER]   (ctest passes the source folder,
#                      <build>/release, the test build's plancheck and its compiler launcher, if any)
# Exit 77 (skipped) when clang++ is missing, after the GCC build has passed.
set -euo pipefail
src=$(cd "$1" && pwd)
out=$2
reference=$3
launcher=${4:-}
jobs=$(nproc 2>/dev/null || echo 2)
plan=shanghai-putuo-2020-2022
mkdir -p "$out"

# The reports the test build gives, to compare each Release binary's with.
"$reference" check --format json "$src/corpus/$plan.txt" >"$out/reference-txt.json" || [ $? -eq 1 ]
"$reference" check --format json "$src/tests/fixtures/docx/$plan.docx" >"$out/reference-docx.json" ||
  [ $? -eq 1 ]

# release_build NAME CXX: configure and build the plancheck target; print its version; check.
release_build() {
  local name=$1 cxx=$2 start
  local dir=$out/$name  # its own `local`: the words of one are expanded before any is assigned
  start=$(date +%s)
  if ! cmake -S "$src" -B "$dir" -DCMAKE_BUILD_TYPE=Release -DPLANCHECK_WERROR=ON \
    -DPLANCHECK_BENCHMARKS=OFF -DCMAKE_CXX_COMPILER="$cxx" \
    ${launcher:+-DCMAKE_CXX_COMPILER_LAUNCHER="$launcher"} >"$dir.configure.log" 2>&1; then
    echo "release: $name: configure failed"
    tail -20 "$dir.configure.log"
    return 1
  fi
  if ! cmake --build "$dir" -j "$jobs" --target plancheck >"$dir.build.log" 2>&1; then
    echo "release: $name: the Release build with -Werror failed:"
    grep -E -B2 -A6 'error' "$dir.build.log" | head -60
    return 1
  fi
  "$dir/plancheck" --version
  local kind rc
  for kind in txt docx; do
    local input=$src/corpus/$plan.txt
    [ "$kind" = docx ] && input=$src/tests/fixtures/docx/$plan.docx
    rc=0
    "$dir/plancheck" check --format json "$input" >"$dir-$kind.json" || rc=$?
    if [ "$rc" -gt 1 ]; then
      echo "release: $name: plancheck check $input exited $rc"
      return 1
    fi
    if ! cmp -s "$out/reference-$kind.json" "$dir-$kind.json"; then
      echo "release: $name: the report on $input differs from the test build's:"
      diff "$out/reference-$kind.json" "$dir-$kind.json" | head -20
      return 1
    fi
  done
  echo "release: $name: built, --version and the $plan checks (.txt, .docx) as the test build" \
    "($(($(date +%s) - start)) s)"
}

release_build gcc g++
if ! command -v clang++ >/dev/null; then
  echo "SKIP: clang++ is not installed (scripts/install-deps installs clang)"
  exit 77
fi
release_build clang clang++
