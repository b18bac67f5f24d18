#pragma once
// Rule patterns: RE2 syntax, compiled once at load. Patterns for the NFKC view are normalised the
// same way the text is, so a rule author may write （ or ％ and still match.
#include <memory>
#include <string>
#include <string_view>

#include <re2/re2.h>

#include "checker/rulebook/yaml_map.h"

namespace plancheck {

// Which view of a block a pattern reads (see Block): `text` keeps widths and punctuation as
// written; `norm` is NFKC, for names and numbers.
enum class View { kNorm, kText };

// NFKC of the literal characters of an RE2 pattern, escaping any that become ASCII
// metacharacters (（ -> \(, ． -> \.), so the pattern matches the NFKC view.
std::string NormalisePattern(std::string_view pattern);

// A literal string as a pattern for `view` (QuoteMeta of its NFKC for the norm view).
std::string LiteralPattern(std::string_view literal, View view);

// A pattern as words a reader can use in a message: the pattern itself when it is plain text (an
// escaped punctuation mark, \. or \(, counts as the mark), "" when it uses regular-expression
// syntax ((?:…), |, [..], \d, ?, * …). Messages name what a rule looks for in words, never in
// RE2 syntax.
std::string PatternInWords(std::string_view pattern);

// RE2 options every rule pattern uses: UTF-8, no logging, enough memory for long alternations.
const RE2::Options& PatternOptions();

// Compiles `pattern` (already in its view's form) or throws RuleError naming the node's place, the
// rule and RE2's own message.
std::unique_ptr<const RE2> CompilePattern(const std::string& pattern, const YamlSource& source,
                                          const YAML::Node& at);

}  // namespace plancheck
