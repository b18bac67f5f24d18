#include "checker/rulebook/yaml_map.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "checker/decode/utf8.h"
#include "checker/rulebook/rule_error.h"

namespace plancheck {
namespace {

// 'key', appended rather than "'" + std::string(key): GCC 12 -O2 warns (-Wrestrict) on that.
std::string Quoted(std::string_view key) { return std::string("'").append(key).append("'"); }

std::string KindName(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map:
      return "a map";
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Null:
      return "nothing";
    case YAML::NodeType::Scalar:
      return "\"" + node.Scalar() + "\"";
    case YAML::NodeType::Undefined:
      return "nothing";
  }
  return "something else";
}

// Levenshtein distance over code points.
std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<char32_t> x, y;
  for (std::size_t i = 0; i < a.size();) x.push_back(utf8::Next(a, i));
  for (std::size_t i = 0; i < b.size();) y.push_back(utf8::Next(b, i));
  std::vector<std::size_t> row(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[y.size()];
}

// yaml-cpp's column counts bytes; editors count characters.
int CharacterColumn(std::string_view text, const YAML::Mark& mark) {
  if (text.empty() || mark.line < 0 || mark.column < 0) return mark.column + 1;
  std::size_t start = 0;
  for (int line = 0; line < mark.line; ++line) {
    start = text.find('\n', start);
    if (start == std::string_view::npos) return mark.column + 1;
    ++start;
  }
  return static_cast<int>(
             utf8::CodePoints(text.substr(start), static_cast<std::size_t>(mark.column))) +
         1;
}

}  // namespace

void FailAt(const YamlSource& source, const YAML::Mark& mark, const std::string& message) {
  std::string text = source.file;
  if (!mark.is_null()) {
    // Appended, not ":" + std::to_string: GCC 12 -O2 warns (-Wrestrict) on that insert at 0.
    text.append(":").append(std::to_string(mark.line + 1));
    text.append(":").append(std::to_string(CharacterColumn(source.text, mark)));
  }
  text += ": ";
  if (!source.context.empty()) text += source.context + ": ";
  throw RuleError(text + message);
}

std::string ScalarText(const YamlSource& source, const YAML::Node& node, std::string_view what) {
  if (!node.IsScalar()) {
    FailAt(source, node.Mark(), std::string(what) + " must be a text value, not " + KindName(node));
  }
  return node.Scalar();
}

std::vector<std::string> TextList(const YamlSource& source, const YAML::Node& node,
                                  std::string_view what) {
  std::vector<std::string> out;
  if (node.IsScalar()) {
    out.push_back(node.Scalar());
    return out;
  }
  if (!node.IsSequence()) {
    FailAt(source, node.Mark(),
           std::string(what) + " must be a text or a list of texts, not " + KindName(node));
  }
  for (const YAML::Node& item : node) out.push_back(ScalarText(source, item, what));
  return out;
}

std::string DidYouMean(std::string_view word, const std::vector<std::string>& known) {
  std::string best;
  std::size_t best_distance = std::string::npos;
  for (const std::string& candidate : known) {
    const std::size_t d = EditDistance(word, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  const std::size_t length = utf8::CodePoints(word);
  // Close means at most a third of the word changed (at least one edit for short words).
  if (best.empty() || best_distance > std::max<std::size_t>(1, (length + 2) / 3)) return "";
  return best;
}

YamlMap::YamlMap(const YAML::Node& node, YamlSource source, std::string_view what)
    : node_(node), source_(std::move(source)), what_(what) {
  if (!node_.IsMap()) {
    FailAt(source_, node_.Mark(), what_ + " must be a map of keys, not " + KindName(node_));
  }
  std::set<std::string> seen;
  for (const auto& entry : node_) {
    const std::string key = ScalarText(source_, entry.first, "a key");
    if (!seen.insert(key).second) {
      FailAt(source_, entry.first.Mark(), "key '" + key + "' appears twice in " + what_);
    }
  }
}

YAML::Node YamlMap::Get(std::string_view key) {
  if (std::find(known_.begin(), known_.end(), key) == known_.end()) known_.emplace_back(key);
  for (const auto& entry : node_) {
    if (entry.first.Scalar() == key) return entry.second;
  }
  return YAML::Node(YAML::NodeType::Undefined);
}

bool YamlMap::Has(std::string_view key) {
  const YAML::Node value = Get(key);
  return value.IsDefined() && !value.IsNull();
}

YAML::Node YamlMap::Required(std::string_view key) {
  const YAML::Node value = Get(key);
  if (value.IsDefined() && !value.IsNull()) return value;
  if (value.IsDefined()) Fail(value, what_ + " needs a value for '" + std::string(key) + "'");
  // A missing key is often a misspelt one: point at it.
  for (const auto& entry : node_) {
    const std::string& present = entry.first.Scalar();
    if (std::find(known_.begin(), known_.end(), present) == known_.end() &&
        DidYouMean(present, {std::string(key)}) == key) {
      FailAt(
          source_, entry.first.Mark(),
          what_ + " needs '" + std::string(key) + "' (is '" + present + "' a misspelling of it?)");
    }
  }
  Fail(what_ + " needs '" + std::string(key) + "'");
}

std::string YamlMap::RequiredString(std::string_view key) {
  const std::string text = ScalarText(source_, Required(key), Quoted(key));
  if (utf8::Trim(text).empty()) Fail(Get(key), Quoted(key) + " is empty");
  return text;
}

std::optional<std::string> YamlMap::OptionalString(std::string_view key) {
  if (!Has(key)) return std::nullopt;
  return ScalarText(source_, Get(key), Quoted(key));
}

std::vector<std::string> YamlMap::RequiredList(std::string_view key) {
  std::vector<std::string> list = TextList(source_, Required(key), Quoted(key));
  if (list.empty()) Fail(Get(key), Quoted(key) + " is an empty list");
  for (const std::string& item : list) {
    if (item.empty()) Fail(Get(key), Quoted(key) + " has an empty item");
  }
  return list;
}

std::vector<std::string> YamlMap::OptionalList(std::string_view key) {
  if (!Has(key)) return {};
  return RequiredList(key);
}

std::optional<int> YamlMap::OptionalInt(std::string_view key, int min, int max) {
  if (!Has(key)) return std::nullopt;
  const YAML::Node value = Get(key);
  const std::string text = ScalarText(source_, value, Quoted(key));
  int n = 0;
  try {
    std::size_t used = 0;
    n = std::stoi(text, &used);
    if (used != text.size()) throw std::invalid_argument(text);
  } catch (const std::exception&) {
    Fail(value, Quoted(key) + " must be a whole number, not \"" + text + "\"");
  }
  if (n < min || n > max) {
    Fail(value, Quoted(key) + " must be between " + std::to_string(min) + " and " +
                    std::to_string(max) + ", not " + text);
  }
  return n;
}

std::optional<double> YamlMap::OptionalNumber(std::string_view key) {
  if (!Has(key)) return std::nullopt;
  const YAML::Node value = Get(key);
  const std::string text = ScalarText(source_, value, Quoted(key));
  try {
    std::size_t used = 0;
    const double d = std::stod(text, &used);
    if (used != text.size() || !std::isfinite(d)) throw std::invalid_argument(text);
    return d;
  } catch (const std::exception&) {
    Fail(value, Quoted(key) + " must be a number, not \"" + text + "\"");
  }
}

std::optional<bool> YamlMap::OptionalBool(std::string_view key) {
  if (!Has(key)) return std::nullopt;
  const YAML::Node value = Get(key);
  const std::string text = ScalarText(source_, value, Quoted(key));
  if (text == "true" || text == "yes") return true;
  if (text == "false" || text == "no") return false;
  Fail(value, Quoted(key) + " must be true or false, not \"" + text + "\"");
}

void YamlMap::RejectUnknownKeys() const {
  for (const auto& entry : node_) {
    const std::string& key = entry.first.Scalar();
    if (std::find(known_.begin(), known_.end(), key) != known_.end()) continue;
    std::string message = "unknown key '" + key + "' in " + what_;
    const std::string suggestion = DidYouMean(key, known_);
    if (!suggestion.empty()) message += " (did you mean '" + suggestion + "'?)";
    std::vector<std::string> sorted = known_;
    std::sort(sorted.begin(), sorted.end());
    message += "; known keys: ";
    for (std::size_t i = 0; i < sorted.size(); ++i) message += (i ? ", " : "") + sorted[i];
    FailAt(source_, entry.first.Mark(), message);
  }
}

void YamlMap::Fail(const YAML::Node& at, const std::string& message) const {
  FailAt(source_, at.IsDefined() ? at.Mark() : node_.Mark(), message);
}

void YamlMap::Fail(const std::string& message) const { FailAt(source_, node_.Mark(), message); }

}  // namespace plancheck
