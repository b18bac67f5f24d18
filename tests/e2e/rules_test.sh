#!/usr/bin/env bash
# The bundled packs' self-tests, as a ctest test: `plancheck rules test` must pass every case.
# Usage: rules_test.sh <plancheck-binary> <source-dir>
set -u
bin=$1
out=$("$bin" rules test 2>&1)
code=$?
echo "$out"
if [ "$code" -ne 0 ]; then
  echo "rules_test: plancheck rules test exited $code" >&2
  exit 1
fi
echo "$out" | grep -q "rule test cases passed" || { echo "rules_test: no summary line" >&2; exit 1; }
