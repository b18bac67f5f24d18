#!/usr/bin/env bash
# Every C++ source is as clang-format (the repository's .clang-format) would write it.
set -uo pipefail
src=$1
cd "$src"
if ! command -v clang-format >/dev/null; then
  echo "SKIP: clang-format is not installed (scripts/install-deps installs it)"
  exit 0
fi
mapfile -t files < <(find checker tests benchmarks fuzz -name '*.cc' -o -name '*.h' | sort)
if clang-format --dry-run --Werror "${files[@]}" 2>"${TMPDIR:-/tmp}/plancheck-format.$$"; then
  echo "clang-format: ${#files[@]} files clean"
  rm -f "${TMPDIR:-/tmp}/plancheck-format.$$"
  exit 0
fi
grep 'error:' "${TMPDIR:-/tmp}/plancheck-format.$$" | cut -d: -f1,2 | sort -u | head -20
echo "fix with: clang-format -i <file> (or: find checker tests benchmarks fuzz -name '*.cc' -o -name '*.h' | xargs clang-format -i)"
rm -f "${TMPDIR:-/tmp}/plancheck-format.$$"
exit 1
