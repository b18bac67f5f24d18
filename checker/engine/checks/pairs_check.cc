#include "checker/engine/checks/pairs_check.h"

#include <algorithm>
#include <iterator>

#include "checker/decode/utf8.h"

namespace plancheck::checks {
namespace {

// Pair types; （ and ( are one type: width is another rule's business.
struct PairType {
  char32_t open;
  char32_t open_alt;
  char32_t close;
  char32_t close_alt;
};
constexpr PairType kPairs[] = {
    {U'《', 0, U'》', 0},       {U'“', 0, U'”', 0},   {U'‘', 0, U'’', 0},
    {U'（', U'(', U'）', U')'}, {U'【', 0, U'】', 0}, {U'〔', 0, U'〕', 0},
    {U'「', 0, U'」', 0},       {U'『', 0, U'』', 0}, {U'〈', 0, U'〉', 0},
};

int OpenType(char32_t cp) {
  for (int i = 0; i < static_cast<int>(std::size(kPairs)); ++i) {
    if (cp == kPairs[i].open || (kPairs[i].open_alt != 0 && cp == kPairs[i].open_alt)) return i;
  }
  return -1;
}

int CloseType(char32_t cp) {
  for (int i = 0; i < static_cast<int>(std::size(kPairs)); ++i) {
    if (cp == kPairs[i].close || (kPairs[i].close_alt != 0 && cp == kPairs[i].close_alt)) return i;
  }
  return -1;
}

bool IsAsciiLetter(char32_t cp) { return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'); }

bool IsEnumerator(char32_t cp) {
  return (cp >= '0' && cp <= '9') || (cp >= U'０' && cp <= U'９') || IsAsciiLetter(cp) ||
         std::u32string_view(U"一二三四五六七八九十").find(cp) != std::u32string_view::npos;
}

bool IsSeparator(char32_t cp) {
  return std::u32string_view(U" \t\u3000；;。，,：:、").find(cp) != std::u32string_view::npos;
}

// A closing bracket that ends a list marker: "1）", "a)", "二）" at the start or after a separator.
bool IsListMarker(const std::vector<char32_t>& cps, std::size_t close) {
  std::size_t i = close;
  int n = 0;
  while (i > 0 && IsEnumerator(cps[i - 1]) && n < 3) {
    --i;
    ++n;
  }
  if (n == 0) return false;
  return i == 0 || IsSeparator(cps[i - 1]);
}

}  // namespace

std::vector<PairsCheck::Problem> PairsCheck::Scan(std::string_view text) {
  std::vector<char32_t> cps;
  std::vector<std::size_t> offsets;
  for (std::size_t pos = 0; pos < text.size();) {
    offsets.push_back(pos);
    cps.push_back(utf8::Next(text, pos));
  }
  std::vector<Problem> problems;
  std::vector<std::pair<int, std::size_t>> stack;  // (type, index into cps)
  // Open marks per type on the stack: a closing mark with no partner costs no walk of the stack.
  std::size_t open_count[std::size(kPairs)] = {};
  auto mark = [&](std::size_t i) {
    std::string s;
    utf8::Append(s, cps[i]);
    return s;
  };
  for (std::size_t i = 0; i < cps.size(); ++i) {
    const char32_t cp = cps[i];
    // An apostrophe inside a Latin word is not a quotation mark.
    if (cp == U'’' && i > 0 && i + 1 < cps.size() && IsAsciiLetter(cps[i - 1]) &&
        IsAsciiLetter(cps[i + 1])) {
      continue;
    }
    const int open = OpenType(cp);
    if (open >= 0) {
      stack.emplace_back(open, i);
      ++open_count[open];
      continue;
    }
    const int close = CloseType(cp);
    if (close < 0) continue;
    if (open_count[close] == 0) {
      if (!IsListMarker(cps, i)) problems.push_back({offsets[i], mark(i), false});
      continue;
    }
    auto match = std::find_if(stack.rbegin(), stack.rend(),
                              [&](const auto& entry) { return entry.first == close; });
    // Marks opened after the partner and never closed.
    for (auto it = stack.rbegin(); it != match; ++it) {
      problems.push_back({offsets[it->second], mark(it->second), true});
      --open_count[it->first];
    }
    --open_count[close];
    stack.erase(std::prev(match.base()), stack.end());
  }
  for (const auto& [type, index] : stack) problems.push_back({offsets[index], mark(index), true});
  std::sort(problems.begin(), problems.end(),
            [](const Problem& a, const Problem& b) { return a.offset < b.offset; });
  return problems;
}

std::unique_ptr<Check> PairsCheck::FromYaml(const RuleSpec&, YamlMap&) {
  return std::make_unique<PairsCheck>();
}

namespace {

std::string Describe(const PairsCheck::Problem& p) {
  // The double quotation marks by name: a quoted “ would read as a quotation of its own (‘ and ’
  // quoted in “” are single quotes inside double ones, as they should be).
  if (p.mark == "“") return "前引号没有对应的后引号";
  if (p.mark == "”") return "后引号没有对应的前引号";
  return p.unclosed ? "“" + p.mark + "”没有对应的后半" : "“" + p.mark + "”没有对应的前半";
}

bool OpensWithQuote(std::string_view text) { return utf8::Trim(text).starts_with("“"); }

// The paragraph's only problem is a quotation left open at its start, and the next paragraph
// opens with a quotation mark: a quotation continued over paragraphs (GB/T 15834 4.1.3.3).
bool ContinuedQuotation(const std::vector<PairsCheck::Problem>& problems, const Block& block,
                        const Block* next) {
  if (problems.size() != 1 || !problems[0].unclosed || problems[0].mark != "“") return false;
  const std::string_view trimmed = utf8::Trim(block.text);
  const auto start = static_cast<std::size_t>(trimmed.data() - block.text.data());
  return problems[0].offset == start && next != nullptr && OpensWithQuote(next->text);
}

}  // namespace

namespace {

// A paragraph whose text stops without closing punctuation continues in the next one: Word-to-text
// conversion breaks paragraphs mid-sentence (…为居民提供“家门 | 口”的法律服务).
bool RunsOn(const Document& doc, const Block& block) {
  const std::string_view text = utf8::Trim(block.text);
  const bool run_in_heading = block.kind == Block::Kind::kHeading && block.heading >= 0 &&
                              doc.outline.headings[static_cast<std::size_t>(block.heading)].run_in;
  if (text.empty() || (block.kind != Block::Kind::kParagraph && !run_in_heading)) return false;
  std::size_t pos = text.size();
  while (pos > 0 && (static_cast<unsigned char>(text[pos - 1]) & 0xC0) == 0x80) --pos;
  const std::size_t last = pos > 0 ? pos - 1 : 0;
  std::size_t at = last;
  const char32_t cp = utf8::Next(text, at);
  return utf8::IsHan(cp) || (cp >= '0' && cp <= '9') || cp == U'“' || cp == U'《' || cp == U'（';
}

// Paragraphs checked as one: a block, plus the blocks it runs on into.
struct Unit {
  std::string text;
  std::vector<std::pair<std::size_t, std::size_t>> parts;  // (block, offset of its text in `text`)
};

std::vector<Unit> Paragraphs(const Document& doc) {
  std::vector<Unit> units;
  bool joining = false;
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
    const Block& block = doc.blocks[b];
    if (block.kind == Block::Kind::kTableCell) {  // checked per cell
      joining = false;
      continue;
    }
    if (!joining || block.kind != Block::Kind::kParagraph) units.emplace_back();
    Unit& unit = units.back();
    unit.parts.emplace_back(b, unit.text.size());
    unit.text += block.text;
    joining = RunsOn(doc, block);
  }
  return units;
}

const Block& BlockAt(const Document& doc, const Unit& unit, std::size_t offset,
                     std::size_t& local) {
  // The last part that starts at or before `offset` (the first part when none does).
  const auto after =
      std::upper_bound(unit.parts.begin() + 1, unit.parts.end(), offset,
                       [](std::size_t o, const auto& part) { return o < part.second; });
  const auto& part = *(after - 1);
  local = offset - part.second;
  return doc.blocks[part.first];
}

}  // namespace

void PairsCheck::Evaluate(const CheckInput& input, ResultSink& sink) const {
  const Document& doc = input.doc;
  const std::vector<Unit> units = Paragraphs(doc);
  for (std::size_t u = 0; u < units.size(); ++u) {
    const Unit& unit = units[u];
    const std::vector<Problem> problems = Scan(unit.text);
    if (problems.empty()) continue;
    const Block& first = doc.blocks[unit.parts.front().first];
    const Block* next =
        u + 1 < units.size() ? &doc.blocks[units[u + 1].parts.front().first] : nullptr;
    if (unit.parts.size() == 1 && ContinuedQuotation(problems, first, next)) continue;
    for (const Problem& p : problems) {
      std::size_t local = 0;
      const Block& block = BlockAt(doc, unit, p.offset, local);
      const std::size_t mark =
          local < block.text.size()
              ? utf8::SequenceLength(static_cast<unsigned char>(block.text[local]))
              : 0;
      sink.AddAt(Status::kFail, sink.Message("成对符号不配对", Describe(p)), block, local,
                 View::kText, mark);
    }
  }
  for (const Table& table : doc.tables) {
    auto check_cell = [&](const Cell& cell) {
      for (const Problem& p : Scan(cell.text)) {
        sink.AddAtCell(Status::kFail, sink.Message("成对符号不配对", Describe(p)), table, cell,
                       p.offset);
      }
    };
    for (const Cell& cell : table.header) check_cell(cell);
    for (const auto& row : table.rows) {
      for (const Cell& cell : row) check_cell(cell);
    }
    for (const Cell& cell : table.notes) check_cell(cell);
  }
  if (sink.size() == 0) sink.Add(Status::kPass, "成对符号均配对");
}

}  // namespace plancheck::checks
