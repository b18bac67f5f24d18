#include "checker/rulebook/pattern.h"

#include <cctype>

#include "checker/decode/utf8.h"
#include "checker/document/normalise.h"

namespace plancheck {
namespace {

bool IsMeta(char c) {
  static constexpr std::string_view kMeta = R"(\.+*?()|[]{}^$)";
  return kMeta.find(c) != std::string_view::npos;
}

}  // namespace

std::string PatternInWords(std::string_view pattern) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\') {
      // \. \( \| …: the mark itself; \d \p{Han} \s …: a class, not words.
      if (i + 1 >= pattern.size()) return "";
      const auto next = static_cast<unsigned char>(pattern[i + 1]);
      if (next >= 0x80 || std::isalnum(next)) return "";
      out += pattern[++i];
      continue;
    }
    if (IsMeta(c)) return "";
    out += c;
  }
  return out;
}

std::string NormalisePattern(std::string_view pattern) {
  std::string out;
  out.reserve(pattern.size());
  for (std::size_t pos = 0; pos < pattern.size();) {
    const std::size_t start = pos;
    const char32_t cp = utf8::Next(pattern, pos);
    if (cp < 0x80) {
      out += static_cast<char>(cp);
      // An escaped character stays as written (\（ is unusual, but \. must not be touched).
      if (cp == '\\' && pos < pattern.size()) {
        const std::size_t next = pos;
        utf8::Next(pattern, pos);
        out.append(pattern.substr(next, pos - next));
      }
      continue;
    }
    const std::string norm = Nfkc(pattern.substr(start, pos - start));
    for (const char c : norm) {
      if (IsMeta(c)) out += '\\';
      out += c;
    }
  }
  return out;
}

std::string LiteralPattern(std::string_view literal, View view) {
  const std::string text = view == View::kNorm ? Nfkc(literal) : std::string(literal);
  return RE2::QuoteMeta(text);
}

const RE2::Options& PatternOptions() {
  static const RE2::Options options = [] {
    RE2::Options o;
    o.set_encoding(RE2::Options::EncodingUTF8);
    o.set_log_errors(false);
    o.set_max_mem(16 << 20);
    return o;
  }();
  return options;
}

std::unique_ptr<const RE2> CompilePattern(const std::string& pattern, const YamlSource& source,
                                          const YAML::Node& at) {
  auto re = std::make_unique<const RE2>(pattern, PatternOptions());
  if (!re->ok()) {
    FailAt(source, at.Mark(),
           "pattern \"" + pattern + "\" does not compile: " + re->error() +
               " (patterns are RE2: no backreferences, no look-around)");
  }
  return re;
}

}  // namespace plancheck
