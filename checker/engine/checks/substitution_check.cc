#include "checker/engine/checks/substitution_check.h"

#include <set>

#include "checker/document/normalise.h"

namespace plancheck::checks {

std::unique_ptr<Check> SubstitutionCheck::FromYaml(const RuleSpec&, YamlMap& map) {
  auto check = std::make_unique<SubstitutionCheck>();
  check->view_ = map.OptionalBool("raw").value_or(false) ? View::kText : View::kNorm;
  const YAML::Node pairs = map.Required("pairs");
  if (!pairs.IsSequence() || pairs.size() == 0)
    map.Fail(pairs, "'pairs' must be a list of {wrong, right}");
  std::set<std::string> seen;
  for (const YAML::Node& node : pairs) {
    YamlMap item(node, map.source(), "a pair");
    Pair pair;
    pair.wrong_written = item.RequiredString("wrong");
    pair.right = item.RequiredString("right");
    pair.mark = node.Mark();
    const auto form = [&](const std::string& s) {
      return check->view_ == View::kNorm ? Nfkc(s) : s;
    };
    pair.wrong = form(pair.wrong_written);
    if (pair.wrong == form(pair.right))
      item.Fail(node, "'wrong' and 'right' are the same: " + pair.right);
    if (!seen.insert(pair.wrong).second)
      item.Fail(node, "'" + pair.wrong_written + "' is listed twice");
    for (const std::string& e : item.OptionalList("except")) {
      std::string excepted = form(e);
      if (excepted.find(pair.wrong) == std::string::npos) {
        item.Fail(item.Get("except"),
                  "except \"" + e + "\" does not contain \"" + pair.wrong_written + "\"");
      }
      pair.except.push_back(std::move(excepted));
    }
    item.RejectUnknownKeys();
    check->pairs_.push_back(std::move(pair));
  }
  return check;
}

std::vector<Trigger> SubstitutionCheck::Triggers() const {
  std::vector<Trigger> out;
  for (const Pair& pair : pairs_) out.push_back({RE2::QuoteMeta(pair.wrong), view_, pair.mark});
  return out;
}

bool SubstitutionCheck::Excepted(const Pair& pair, std::string_view text, std::size_t at) const {
  for (const std::string& e : pair.except) {
    // The wrong form sits at one or more places inside the exception; try each alignment.
    for (std::size_t inner = e.find(pair.wrong); inner != std::string::npos;
         inner = e.find(pair.wrong, inner + 1)) {
      if (inner <= at && text.substr(at - inner, e.size()) == e) return true;
    }
  }
  return false;
}

void SubstitutionCheck::Evaluate(const CheckInput& input, ResultSink& sink) const {
  const Document& doc = input.doc;
  for (const Hit& hit : input.hits) {
    const Block& block = doc.blocks[static_cast<std::size_t>(hit.block)];
    const Pair& pair = pairs_[static_cast<std::size_t>(hit.trigger)];
    const std::string_view text = ViewOf(block, view_);
    for (std::size_t at = text.find(pair.wrong); at != std::string_view::npos;
         at = text.find(pair.wrong, at + pair.wrong.size())) {
      if (Excepted(pair, text, at)) continue;
      Result& r = sink.AddAt(
          Status::kFail,
          sink.Message("用字有误", "“" + pair.wrong_written + "”应为“" + pair.right + "”"), block,
          at, view_, pair.wrong.size());
      r.fix = pair.right;
      // Say what to write, not "改为建议的写法" (a rule's own suggestion still wins).
      if (r.suggestion.empty()) r.suggestion = NestQuotes("改为“" + pair.right + "”");
    }
  }
  if (sink.size() == 0) sink.Add(Status::kPass, "未发现");
}

}  // namespace plancheck::checks
