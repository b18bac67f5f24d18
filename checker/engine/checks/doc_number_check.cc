#include "checker/engine/checks/doc_number_check.h"

#include "checker/decode/utf8.h"

namespace plancheck::checks {
namespace {

// A year in some bracket followed by a sequence number and 号.
const RE2& Candidate() {
  static const RE2 pattern(
      R"(([〔\[［【（(﹝❲〖{｛])\s*(\d{2,4})\s*([〕\]］】）)﹞❳〗}｝])\s*(第?)\s*(\d+)\s*号)");
  return pattern;
}

}  // namespace

std::string DocNumberCheck::Problems(std::string_view doc_number) {
  std::string open, year, close, di, seq;
  if (!RE2::PartialMatch(doc_number, Candidate(), &open, &year, &close, &di, &seq)) return "";
  std::vector<std::string> problems;
  if (open != "〔" || close != "〕")
    problems.push_back("年份应使用六角括号〔〕，不用" + open + close);
  if (year.size() != 4) problems.push_back("年份应写全（四位）");
  if (!di.empty()) problems.push_back("序号前不加“第”");
  if (seq.size() > 1 && seq[0] == '0') problems.push_back("序号不编虚位（不加“0”）");
  std::string out;
  for (std::size_t i = 0; i < problems.size(); ++i) out += (i ? "；" : "") + problems[i];
  return out;
}

std::unique_ptr<Check> DocNumberCheck::FromYaml(const RuleSpec&, YamlMap& map) {
  auto check = std::make_unique<DocNumberCheck>();
  if (map.Has("replace")) check->replace_ = Replacement::Read(map, View::kText);
  return check;
}

std::vector<Trigger> DocNumberCheck::Triggers() const {
  return {Trigger{Candidate().pattern(), View::kText, {}, false}};
}

void DocNumberCheck::Evaluate(const CheckInput& input, ResultSink& sink) const {
  const Document& doc = input.doc;
  int seen = 0;
  int last_block = -1;
  for (const Hit& hit : input.hits) {
    if (hit.block == last_block) continue;
    last_block = hit.block;
    const Block& block = doc.blocks[static_cast<std::size_t>(hit.block)];
    const std::string_view text = block.text;
    re2::StringPiece piece;
    for (std::size_t from = 0;
         Candidate().Match(text, from, text.size(), RE2::UNANCHORED, &piece, 1);) {
      const std::string_view match(piece.data(), piece.size());
      const auto at = static_cast<std::size_t>(match.data() - text.data());
      from = at + match.size();
      // A 文号 follows the issuer's code (Han): 五府办发〔2022〕13号.
      if (at == 0) continue;
      std::size_t back = at;
      while (back > 0 && (static_cast<unsigned char>(text[back - 1]) & 0xC0) == 0x80) --back;
      if (back == 0) continue;
      std::size_t pos = back - 1;
      while (pos > 0 && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) --pos;
      std::size_t p = pos;
      if (!utf8::IsHan(utf8::Next(text, p))) continue;
      ++seen;
      const std::string problems = Problems(match);
      if (problems.empty()) continue;
      Result& r =
          sink.AddAt(Status::kFail,
                     sink.Message("发文字号格式有误", "“" + std::string(match) + "”：" + problems),
                     block, at, View::kText, match.size());
      // Brackets and a 第 have one right form; a two-digit year or a leading 0 is left to the
      // drafter (the fix must leave nothing wrong).
      if (std::string fixed = replace_.Apply(match); fixed != match && Problems(fixed).empty())
        SetFix(r, std::move(fixed));
    }
  }
  if (sink.size() == 0) {
    sink.Add(Status::kPass,
             seen == 0 ? "未见发文字号" : "发文字号格式正确（" + std::to_string(seen) + " 处）");
  }
}

}  // namespace plancheck::checks
