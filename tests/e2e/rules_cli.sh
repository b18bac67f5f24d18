#!/usr/bin/env bash
# The `rules` command end to end: list, list --for, show, lint (good and bad), test on a folder
# with a failing case, and the exit codes (0 ok, 1 test failure, 2 rule or usage error).
# Usage: rules_cli.sh <plancheck-binary> <source-dir>
set -u
bin=$1
src=$2
fixtures="$src/tests/fixtures/rules"
fail() { echo "rules_cli: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

out=$("$bin" rules list) || fail "rules list exited $?"
echo "$out" | grep -q "drafting.typo.confusables" || fail "rules list does not show drafting.typo.confusables"
echo "$out" | grep -q "^drafting-punctuation " || fail "rules list does not show the drafting-punctuation pack"

"$bin" rules list --format json > "$tmp/list.json" || fail "rules list --format json exited $?"
grep -q '"id": "drafting.repeat.char"' "$tmp/list.json" || fail "json list lacks drafting.repeat.char"

out=$("$bin" --lang en rules list --for "$src/corpus/sichuan-leshan-wutongqiao-2021-2025.txt") || fail "list --for exited $?"
echo "$out" | grep -q "applies" || fail "list --for does not say what applies"
echo "$out" | grep -q "drafting.timeliness.party-congress.*n/a" || fail "list --for: party-congress should be n/a for a 2021 plan issued 2022-06"
out=$("$bin" --lang zh rules list --for "$src/corpus/sichuan-leshan-wutongqiao-2021-2025.txt") || fail "list --for exited $?"
echo "$out" | grep -q "drafting.timeliness.party-congress.*不适用：" || fail "list --for in zh: no 不适用"
echo "$out" | grep -q "applies\|n/a" && fail "list --for in zh still says applies / n/a"

out=$("$bin" rules show drafting.typo.confusables) || fail "rules show exited $?"
echo "$out" | grep -q "公正处" || fail "rules show does not print the rule's YAML"
"$bin" --lang en rules show drafting.typo.confusable > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] || fail "rules show of an unknown id must exit 2"
grep -q "did you mean 'drafting.typo.confusables'" "$tmp/err" || fail "no did-you-mean for a mistyped id"
"$bin" --lang zh rules show drafting.typo.confusable > /dev/null 2> "$tmp/err"
grep -q "没有规则“drafting.typo.confusable”（是否为 drafting.typo.confusables？）" "$tmp/err" ||
  fail "rules show's error in zh: $(cat "$tmp/err")"

"$bin" rules lint > "$tmp/lint" || fail "rules lint of the bundled packs exited $?"
grep -q "^ok: " "$tmp/lint" || fail "rules lint does not say ok"
"$bin" rules lint "$fixtures/bad" > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] || fail "rules lint of bad packs must exit 2"
grep -q "unknown-rule-key.yaml:9:5" "$tmp/err" || fail "lint error lacks file:line:column"
# A pack that loads but whose basis carries research tags: lint refuses it (exit 2), naming the rule.
mkdir "$tmp/tagged" && cp "$fixtures/bad/tagged-basis.yaml" "$tmp/tagged/"
"$bin" rules lint "$tmp/tagged" > "$tmp/lint" 2>&1
[ $? -eq 2 ] || fail "rules lint of a tagged basis must exit 2"
grep -q "^error: .*tagged-basis.yaml:10: rule tagged.topic.hotline: basis carries the research tag" "$tmp/lint" ||
  fail "lint does not name the tagged basis: $(cat "$tmp/lint")"

"$bin" rules test "$fixtures/good" > "$tmp/test" || fail "rules test of the good fixture exited $?"
grep -q "18/18 rule test cases passed" "$tmp/test" || fail "good fixture: $(cat "$tmp/test")"

# A pack whose test expects the wrong outcome: rules test exits 1 and names the case.
mkdir "$tmp/failing"
cat > "$tmp/failing/p.yaml" <<'YAML'
pack: failing
title: 失败的用例
rules:
  - id: failing.topic.hotline
    kind: topic
    level: info
    basis: 测试
    patterns: ["12348"]
    tests:
      pass: [拨打12348热线]
      fail: [拨打12348热线, 拨打热线]
issued: unknown
YAML
"$bin" rules test "$tmp/failing" > "$tmp/test" 2>&1
[ $? -eq 1 ] || fail "rules test with a failing case must exit 1"
grep -q "p.yaml:11: failing.topic.hotline: expected fail, got pass" "$tmp/test" || fail "failure not named: $(cat "$tmp/test")"

"$bin" rules list --no-builtin-rules > /dev/null 2>&1
[ $? -eq 2 ] || fail "--no-builtin-rules without --rules must exit 2"
out=$("$bin" rules list --no-builtin-rules --rules "$fixtures/good") || fail "list of good fixture exited $?"
echo "$out" | grep -q "sample.topic.hotline" || fail "--rules pack not listed"
echo "$out" | grep -q "drafting" && fail "--no-builtin-rules still lists bundled packs"
echo "rules_cli: ok"
