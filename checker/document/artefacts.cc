#include "checker/document/artefacts.h"

#include <re2/re2.h>

#include "checker/decode/utf8.h"

namespace plancheck {
namespace {

// Groups: 1 bookmark, 2 image, 3 footnote reference, 4 footnote body (5 id, 6 text), 7 bold.
const RE2& ArtefactPattern() {
  static const RE2 pattern(R"((\[bookmark: [^\]]*\])|(\[image: [^\]]*\])|(\[footnoteRef:\d+\]))"
                           R"(|( *\[(\d+): *([^\]]*)\] *)|(\*\*))");
  return pattern;
}

const RE2& MarkdownHeadingPattern() {
  static const RE2 pattern(R"(^( *)(#{1,6}) +)");
  return pattern;
}

int Column(std::string_view raw, std::size_t offset) {
  return static_cast<int>(utf8::CodePoints(raw, offset)) + 1;
}

// Columns of places met in order along one line: each counts only from the last, so a line full
// of artefacts costs one pass, not one pass per artefact.
class ColumnCursor {
 public:
  explicit ColumnCursor(std::string_view raw) : raw_(raw) {}
  int At(std::size_t offset) {
    if (offset < byte_) byte_ = code_points_ = 0;
    code_points_ += utf8::CodePoints(raw_.substr(byte_), offset - byte_);
    byte_ = offset;
    return static_cast<int>(code_points_) + 1;
  }

 private:
  std::string_view raw_;
  std::size_t byte_ = 0;
  std::size_t code_points_ = 0;
};

void Keep(CleanLine& out, std::string_view raw, std::size_t from, std::size_t to) {
  out.text.append(raw.substr(from, to - from));
  for (std::size_t i = from; i < to; ++i) out.text_to_raw.push_back(static_cast<std::uint32_t>(i));
}

}  // namespace

CleanLine StripArtefacts(std::string_view raw, int line) {
  CleanLine out;
  out.text.reserve(raw.size());
  out.text_to_raw.reserve(raw.size() + 1);
  std::size_t pos = 0;

  re2::StringPiece heading[3];
  if (MarkdownHeadingPattern().Match(raw, 0, raw.size(), RE2::ANCHOR_START, heading, 3)) {
    const std::size_t hashes = static_cast<std::size_t>(heading[2].data() - raw.data());
    out.artefacts.push_back(
        {Artefact::Kind::kMarkdownHeading, std::string(heading[2]), {line, Column(raw, hashes)}});
    pos = heading[0].size();
  }

  re2::StringPiece m[8];
  ColumnCursor column(raw);
  while (pos < raw.size() && ArtefactPattern().Match(raw, pos, raw.size(), RE2::UNANCHORED, m, 8)) {
    const std::size_t begin = static_cast<std::size_t>(m[0].data() - raw.data());
    const std::size_t end = begin + m[0].size();
    Keep(out, raw, pos, begin);
    const SourcePos at{line, column.At(begin)};
    if (!m[1].empty()) {
      out.artefacts.push_back({Artefact::Kind::kBookmark, std::string(m[1]), at});
    } else if (!m[2].empty()) {
      out.artefacts.push_back({Artefact::Kind::kImage, std::string(m[2]), at});
    } else if (!m[3].empty()) {
      out.artefacts.push_back({Artefact::Kind::kFootnoteRef, std::string(m[3]), at});
    } else if (!m[4].empty()) {
      out.footnotes.push_back({std::string(m[5]), std::string(utf8::Trim(m[6])), line});
      const auto text_begin = static_cast<std::uint32_t>(m[6].data() - raw.data());
      out.footnote_spans.emplace_back(text_begin,
                                      text_begin + static_cast<std::uint32_t>(m[6].size()));
    } else {
      out.artefacts.push_back({Artefact::Kind::kBold, "**", at});
    }
    pos = end > pos ? end : pos + 1;
  }
  Keep(out, raw, pos, raw.size());
  out.text_to_raw.push_back(static_cast<std::uint32_t>(raw.size()));
  return out;
}

}  // namespace plancheck
