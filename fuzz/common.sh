# shellcheck shell=bash
# Shared by fuzz/smoke.sh (ctest -L fuzz) and scripts/fuzz-campaign: the targets, building them,
# their seeds and their libFuzzer options. Sourced, not run.

# One target per entry point (fuzz/README.md).
FUZZ_TARGETS=(decode parse_text docx_bytes docx_structured rulebook config baseline indicators check
  pdf_bytes html_bytes odt_bytes ofd_bytes)

# The longest input libFuzzer makes for each target: past the largest seed where a longer input is
# what the target is about (a plan's text), small where inputs are small (a config). 256 kB for the
# text parser and the indicators: a paragraph that long takes them about a second when they are
# linear, and far longer than -timeout when something is quadratic in the paragraph's length. The
# whole check takes ~5 s on 256 kB under the sanitizers, so its inputs stay at 64 kB.
fuzz_max_len() {
  case $1 in
    parse_text | indicators) echo 262144 ;;
    decode | check) echo 65536 ;;
    docx_bytes) echo 32768 ;;
    html_bytes) echo 65536 ;;  # the fixture pages are 11-49 kB
    pdf_bytes | odt_bytes | ofd_bytes) echo 32768 ;;  # past the small seeds they write (2-16 kB)
    docx_structured | baseline) echo 16384 ;;
    rulebook) echo 24576 ;;
    config) echo 4096 ;;
    *) echo 4096 ;;
  esac
}

# Exit 77 (ctest: skipped) when clang or libFuzzer's runtime is missing.
fuzz_require_clang() {
  if ! command -v clang++ >/dev/null; then
    echo "SKIP: clang++ is not installed (scripts/install-deps installs clang and libclang-rt-dev)"
    exit 77
  fi
  local probe
  probe=$(mktemp -d)
  printf '%s\n' '#include <cstddef>' '#include <cstdint>' \
    'extern "C" int LLVMFuzzerTestOneInput(const uint8_t*, size_t) { return 0; }' >"$probe/p.cc"
  if ! clang++ -fsanitize=fuzzer,address,undefined "$probe/p.cc" -o "$probe/p" 2>"$probe/err"; then
    echo "SKIP: clang++ -fsanitize=fuzzer does not link (apt-get install libclang-rt-dev):"
    head -5 "$probe/err"
    rm -rf "$probe"
    exit 77
  fi
  rm -rf "$probe"
}

# fuzz_build SRC BUILD JOBS: configures and builds every target with clang in BUILD.
# -O1 and line tables only: what libFuzzer and the sanitizers recommend, and quicker to build.
fuzz_build() {
  local src=$1 build=$2 jobs=$3
  CC=clang CXX=clang++ cmake -S "$src" -B "$build" -DPLANCHECK_FUZZ=ON -DPLANCHECK_WERROR=OFF \
    -DPLANCHECK_BENCHMARKS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only" >"$build.configure.log" 2>&1 ||
    { cat "$build.configure.log"; return 1; }
  cmake --build "$build" -j "$jobs" --target plancheck_fuzzers >"$build.build.log" 2>&1 ||
    { grep -E 'error|Error' "$build.build.log" | head -40; return 1; }
}

# Copies FILES into DIR under names made from their paths (so equal names do not collide).
fuzz_copy_seeds() {
  local dir=$1 src=$2
  shift 2
  mkdir -p "$dir"
  local f
  for f in "$@"; do
    [ -f "$f" ] || continue
    local rel=${f#"$src"/}
    cp "$f" "$dir/${rel//\//_}"
  done
}

# fuzz_seeds SRC BIN SEEDS: every target's seeds in SEEDS/<target>: the corpus, the fixtures, the
# rule packs, what the targets write themselves (--write-seeds), and fuzz/regressions/<target>.
fuzz_seeds() {
  local src=$1 bin=$2 seeds=$3
  rm -rf "$seeds"
  mkdir -p "$seeds"
  local texts docx yaml configs
  mapfile -t texts < <(find "$src/corpus" "$src/tests/fixtures" -type f \
    \( -name '*.txt' -o -name '*.md' -o -name '*.bin' \) | sort)
  mapfile -t docx < <(find "$src/tests/fixtures" -type f -name '*.docx' | sort)
  # Not re2-set-budget.yaml: it sits at RE2's memory ceiling by design (eight patterns near 16 MiB
  # each), so loading it costs seconds of RE2 compilation, and under ctest -j beside the sanitizer
  # run it passed -timeout (CI, 2026-12-02). The unit and sanitizer tests load it; as a seed it
  # would only steer the fuzzer to RE2's compile time, not to plancheck's code.
  mapfile -t yaml < <(find "$src/rules" "$src/tests/fixtures" -type f \
    \( -name '*.yaml' -o -name '*.yml' \) ! -name '*.plancheck.yaml' ! -name 're2-set-budget.yaml' |
    sort)
  mapfile -t configs < <(find "$src/tests/fixtures" -type f -name '*.plancheck.yaml' | sort)
  fuzz_copy_seeds "$seeds/decode" "$src" "${texts[@]}" "${docx[@]}"
  local t
  for t in parse_text indicators; do fuzz_copy_seeds "$seeds/$t" "$src" "${texts[@]}"; done
  fuzz_copy_seeds "$seeds/check" "$src" "${texts[@]}" "${docx[@]}"
  fuzz_copy_seeds "$seeds/docx_bytes" "$src" "${docx[@]}"
  fuzz_copy_seeds "$seeds/rulebook" "$src" "${yaml[@]}"
  fuzz_copy_seeds "$seeds/config" "$src" "${configs[@]}"
  # Issue 11's formats: the fixtures and hostile files that fit the target's -max_len (libFuzzer
  # cuts longer seeds, which leaves a zip without its directory); the targets write smaller ones.
  local format
  for format in pdf html odt ofd; do
    local fixtures
    mapfile -t fixtures < <(find "$src/tests/fixtures/formats/$format" -type f ! -name '*.md' \
      -size -"$(fuzz_max_len "${format}_bytes")"c | sort)
    fuzz_copy_seeds "$seeds/${format}_bytes" "$src" "${fixtures[@]}"
  done
  local odt ofd
  mapfile -t odt < <(find "$src/tests/fixtures/formats/odt" -maxdepth 1 -name '*.odt' | sort)
  mapfile -t ofd < <(find "$src/tests/fixtures/formats/ofd" -maxdepth 1 -name '*.ofd' | sort)
  local from=()
  for f in "${docx[@]}"; do from+=("--from=$f"); done
  if ! { "$bin/fuzz_docx_structured" "--write-seeds=$seeds/docx_structured" "${from[@]}" &&
    "$bin/fuzz_config" "--write-seeds=$seeds/config" &&
    "$bin/fuzz_baseline" "--write-seeds=$seeds/baseline" &&
    "$bin/fuzz_pdf_bytes" "--write-seeds=$seeds/pdf_bytes" &&
    "$bin/fuzz_odt_bytes" "--write-seeds=$seeds/odt_bytes" "${odt[@]/#/--from=}" &&
    "$bin/fuzz_ofd_bytes" "--write-seeds=$seeds/ofd_bytes" "${ofd[@]/#/--from=}"; } \
    >"$seeds/write-seeds.log" 2>&1; then
    echo "fuzz: writing the generated seeds failed:"
    tail -40 "$seeds/write-seeds.log"
    return 1
  fi
  for t in "${FUZZ_TARGETS[@]}"; do
    mkdir -p "$seeds/$t"
    if [ -d "$src/fuzz/regressions/$t" ]; then
      local regressions
      mapfile -t regressions < <(find "$src/fuzz/regressions/$t" -type f ! -name '*.md' | sort)
      fuzz_copy_seeds "$seeds/$t" "$src" "${regressions[@]}"
    fi
  done
}

# A stack for every UndefinedBehaviorSanitizer report (the build makes each one fatal).
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# fontconfig (through poppler) keeps its cache to the end of the process: not a leak of ours.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/sanitize/lsan.supp}

# The libFuzzer options every run shares: the dictionary, 2 GB, 10 s per input.
fuzz_options() {
  local src=$1 target=$2
  echo "-dict=$src/fuzz/plan.dict -max_len=$(fuzz_max_len "$target") -rss_limit_mb=2048 -timeout=10"
}

# "runs exec/s cov ft corpus" from a libFuzzer log (its last status line).
fuzz_stats() {
  local log=$1
  local line
  line=$(grep -E '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED)' "$log" | tail -1 || true)
  local runs cov ft corp eps
  runs=$(sed -nE 's/^#([0-9]+).*/\1/p' <<<"$line")
  cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$line")
  ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$line")
  corp=$(sed -nE 's/.* corp: ([0-9]+\/[0-9]+[a-zA-Z]*).*/\1/p' <<<"$line")
  eps=$(sed -nE 's/^stat::average_exec_per_sec:[[:space:]]*([0-9]+).*/\1/p' "$log" | tail -1 || true)
  [ -n "$eps" ] || eps=$(sed -nE 's/.* exec\/s: ([0-9]+).*/\1/p' <<<"$line")
  echo "runs=${runs:-?} exec/s=${eps:-?} cov=${cov:-?} ft=${ft:-?} corpus=${corp:-?}"
}
