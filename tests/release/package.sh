#!/usr/bin/env bash
# ctest -L release: the .deb CPack makes from the test build. Its contents (binary, man page,
# completions, docs, the systemd unit — not enabled), its declared dependencies (a package for
# every library the binary links), then the package unpacked into a temporary root, whose
# plancheck runs --version and checks a corpus plan as the test build does; the man page renders
# and the bash completion offers what --help lists.
#
#   tests/release/package.sh SRC BUILD OUT     (ctest passes the source folder, the build folder
#                                               and <build>/package)
set -euo pipefail
src=$(cd "$1" && pwd)
build=$(cd "$2" && pwd)
out=$3
plan=shanghai-putuo-2020-2022
rm -rf "$out"
mkdir -p "$out"
fail() {
  echo "package: $*"
  exit 1
}

cmake --build "$build" --target plancheck plancheck_cli_reference >"$out/build.log" 2>&1 ||
  { tail -30 "$out/build.log"; fail "building plancheck and its man page failed"; }
(cd "$out" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out") >"$out/cpack.log" 2>&1 ||
  { tail -30 "$out/cpack.log"; fail "cpack -G DEB failed"; }
deb=$(find "$out" -maxdepth 1 -name 'plancheck_*.deb' | head -1)
[ -n "$deb" ] || fail "cpack made no plancheck_*.deb in $out"

# What the package holds.
dpkg-deb -c "$deb" | awk '{print $NF}' >"$out/contents.txt"
for path in ./usr/bin/plancheck ./usr/share/man/man1/plancheck.1.gz \
  ./usr/share/bash-completion/completions/plancheck ./usr/share/zsh/vendor-completions/_plancheck \
  ./usr/lib/systemd/system/plancheck-serve.service ./usr/share/doc/plancheck/README.md; do
  grep -qxF "$path" "$out/contents.txt" || fail "$(basename "$deb") lacks $path"
done
if grep -E '^\./etc/systemd|\.wants/' "$out/contents.txt"; then
  fail "the package enables the unit (it must be off by default)"
fi

# Its control fields: a maintainer, a description, no maintainer scripts (nothing enabled or
# started on install), and a Depends that names the package of every library the binary links.
dpkg-deb -I "$deb" >"$out/info.txt"
for field in Package Version Architecture Maintainer Depends Description; do
  grep -q "^ $field: ." "$out/info.txt" || fail "the control file has no $field"
done
if grep -qE '^ +[0-9]+ bytes, +[0-9]+ lines +\*? *(postinst|preinst|prerm|postrm)' "$out/info.txt"; then
  fail "the package has maintainer scripts"
fi
depends=$(dpkg-deb -f "$deb" Depends)
depended=$(tr ',|' '\n\n' <<<"$depends" | awk '{print $1}')  # the package names alone
root=$out/root
dpkg -x "$deb" "$root"
while read -r needed; do
  library=$(ldconfig -p | awk -v n="$needed" '$1 == n && !seen {print $NF; seen = 1}')  # no early exit: SIGPIPE under pipefail
  [ -n "$library" ] || fail "the binary needs $needed, which ldconfig does not know"
  owner=$(dpkg -S "$(readlink -f "$library")" 2>/dev/null || dpkg -S "$library" 2>/dev/null) ||
    fail "no Debian package owns $library"
  owner=${owner%%:*}
  grep -qxF "$owner" <<<"$depended" || fail "Depends lacks $owner (for $needed): $depends"
done < <(objdump -p "$root/usr/bin/plancheck" | awk '$1 == "NEEDED" {print $2}')

# The unit: the serve command line on loopback, a dynamic unprivileged user, hardening.
unit=$root/usr/lib/systemd/system/plancheck-serve.service
grep -qxF 'ExecStart=/usr/bin/plancheck serve --host 127.0.0.1 --port 8080' "$unit" ||
  fail "the unit does not run /usr/bin/plancheck serve on 127.0.0.1:8080"
for setting in DynamicUser=yes NoNewPrivileges=yes ProtectSystem=strict PrivateTmp=yes \
  ProtectHome=yes CapabilityBoundingSet=; do
  grep -qxF "$setting" "$unit" || fail "the unit lacks $setting"
done

# The installed binary: its version, and a check whose JSON equals the test build's.
expected_version=$("$build/plancheck" --version)
[ "$("$root/usr/bin/plancheck" --version)" = "$expected_version" ] ||
  fail "installed plancheck --version is not '$expected_version'"
for input in "$src/corpus/$plan.txt" "$src/tests/fixtures/docx/$plan.docx"; do
  name=$(basename "$input")
  rc=0
  "$root/usr/bin/plancheck" check --format json "$input" >"$out/installed-$name.json" || rc=$?
  [ "$rc" -le 1 ] || fail "installed plancheck check $input exited $rc"
  rc=0
  "$build/plancheck" check --format json "$input" >"$out/built-$name.json" || rc=$?
  cmp -s "$out/built-$name.json" "$out/installed-$name.json" ||
    fail "the installed binary's report on $name differs from the test build's"
done

# The man page renders and holds every command's help.
man_text=$(MANWIDTH=120 LANG=C.UTF-8 man -l "$root/usr/share/man/man1/plancheck.1.gz" 2>&1) ||
  fail "man -l plancheck.1.gz failed: $man_text"
commands=$(LANG=C.UTF-8 "$build/plancheck" --lang en --help |
  awk '/^Subcommands:/ {s = 1; next} s && /^  [a-z]/ {print $1}')
[ -n "$commands" ] || fail "plancheck --help lists no commands"
for command in $commands; do
  grep -q "^  *plancheck $command\$" <<<"$man_text" || fail "the man page has no section for $command"
done
grep -q -- '--format' <<<"$man_text" || fail "the man page does not show check's --format"

# The bash completion offers the commands, check's options and --format's values, from --help.
completion() {
  bash -c 'source /usr/share/bash-completion/bash_completion
    source "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    _plancheck plancheck "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf "%s\n" "${COMPREPLY[@]}"' _ "$root/usr/share/bash-completion/completions/plancheck" "$@"
}
if [ -f /usr/share/bash-completion/bash_completion ]; then
  offered=$(completion plancheck '')
  for command in $commands; do
    grep -qxF "$command" <<<"$offered" || fail "bash completion does not offer '$command': $offered"
  done
  grep -qxF -- --format <<<"$(completion plancheck check --fo)" ||
    fail "bash completion does not complete 'check --fo' to --format"
  formats=$("$build/plancheck" --lang en check --help | sed -n 's/.*--format TEXT:{\([^}]*\)}.*/\1/p')
  [ "$(completion plancheck check --format '' | sort | tr '\n' ,)" = "$(tr , '\n' <<<"$formats" |
    sort | tr '\n' ,)" ] || fail "bash completion of check --format is not {$formats}"
  grep -qxF lint <<<"$(completion plancheck rules l)" ||
    fail "bash completion does not offer 'rules lint'"
else
  echo "package: bash-completion is not installed; the completion was not run"
fi

echo "package: $(basename "$deb"): $(wc -l <"$out/contents.txt") entries; Depends: $depends"
echo "package: installed into $root: $expected_version, the $plan checks as the test build"
