#include "checker/formats/docx/text.h"

#include <algorithm>
#include <charconv>

#include "checker/decode/utf8.h"

namespace plancheck::docx {
namespace {

bool IsToc(std::string_view instruction) {
  const std::size_t start = instruction.find_first_not_of(' ');
  return start != std::string_view::npos && instruction.substr(start).starts_with("TOC");
}

// Adobe Symbol encoding, 0x20-0xFE, where it differs from ASCII (Greek letters and math).
char32_t FromSymbolFont(unsigned code) {
  static constexpr std::pair<unsigned, char32_t> kSpecial[] = {
      {0x22, U'∀'}, {0x24, U'∃'}, {0x27, U'∋'}, {0x2A, U'∗'}, {0x2D, U'−'}, {0x40, U'≅'},
      {0x5C, U'∴'}, {0x5E, U'⊥'}, {0x60, U'‾'}, {0xA2, U'′'}, {0xA3, U'≤'}, {0xA5, U'∞'},
      {0xAC, U'←'}, {0xAD, U'↑'}, {0xAE, U'→'}, {0xAF, U'↓'}, {0xB0, U'°'}, {0xB1, U'±'},
      {0xB2, U'″'}, {0xB3, U'≥'}, {0xB4, U'×'}, {0xB5, U'∝'}, {0xB7, U'•'}, {0xB8, U'÷'},
      {0xB9, U'≠'}, {0xBA, U'≡'}, {0xBB, U'≈'}, {0xBC, U'…'}, {0xD6, U'√'}, {0xD7, U'⋅'},
      {0xE5, U'∑'}, {0xF2, U'∫'}};
  for (const auto& [from, to] : kSpecial) {
    if (from == code) return to;
  }
  static constexpr char32_t kGreekUpper[] = U"ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ";
  if (code >= 0x41 && code <= 0x5A) return kGreekUpper[code - 0x41];
  if (code >= 0x61 && code <= 0x7A) return kGreekUpper[code - 0x61] + 0x20;  // lower case
  if (code >= 0x20 && code < 0x7F) return code;
  return 0;
}

}  // namespace

std::string SymbolCharacter(std::string_view font, std::string_view hex) {
  unsigned code = 0;
  const auto [end, ec] = std::from_chars(hex.data(), hex.data() + hex.size(), code, 16);
  if (ec != std::errc() || end != hex.data() + hex.size() || code == 0) return "";
  std::string out;
  const bool symbol_range = code >= 0xF000 && code <= 0xF0FF;
  if (!symbol_range) {
    utf8::Append(out, static_cast<char32_t>(code));
    return out;
  }
  std::string lower(font);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (lower != "symbol") return "";  // Wingdings, Webdings…: pictures, not text
  if (const char32_t cp = FromSymbolFont(code - 0xF000)) utf8::Append(out, cp);
  return out;
}

bool ParagraphText::Visible() const {
  if (hidden_ || toc_ > 0) return false;
  return std::all_of(fields_.begin(), fields_.end(), [](const FieldFrame& frame) {
    return frame.in_result && !IsToc(frame.instruction);
  });
}

void ParagraphText::Append(std::string_view piece, pugi::xml_node from, bool text) {
  if (piece.empty() || !Visible()) return;
  if (pending_break_) {
    JoinSoft(text_, piece);
  } else {
    text_ += piece;
  }
  pending_break_ = false;
  pieces_.push_back({text_.size() - piece.size(), text_.size(), from, text});
}

void ParagraphText::Read(pugi::xml_node paragraph) {
  for (const pugi::xml_node child : paragraph.children()) Walk(child);
}

void ParagraphText::Walk(pugi::xml_node node) {
  const Nesting nesting(depth_);
  const std::string_view name = w_.Local(node);
  if (name == "r") {
    Run(node);
  } else if (name == "hyperlink" || name == "ins" || name == "moveTo" || name == "smartTag" ||
             name == "customXml" || name == "dir" || name == "bdo") {
    for (const pugi::xml_node child : node.children()) Walk(child);
  } else if (name == "sdt") {
    for (const pugi::xml_node child : w_.Child(node, "sdtContent").children()) Walk(child);
  } else if (name == "fldSimple") {
    Simple(node);
  } else if (name == "commentRangeStart" || name == "commentRangeEnd") {
    marks_.push_back({std::string(w_.Attr(node, "id")), name == "commentRangeStart", text_.size()});
  } else if (name.empty() && (LocalName(node) == "oMath" || LocalName(node) == "oMathPara")) {
    MathText(node);  // Office Math: its m:t runs are the formula's text
  }
  // w:del, w:moveFrom (deleted text), bookmarks, comments, proofing marks: nothing to read.
}

void ParagraphText::MathText(pugi::xml_node node) {
  const Nesting nesting(depth_);
  for (const pugi::xml_node child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    if (LocalName(child) == "t") {
      Append(child.text().get(), child, true);
    } else {
      MathText(child);
    }
  }
}

void ParagraphText::Simple(pugi::xml_node fld_simple) {
  const bool toc = IsToc(w_.Attr(fld_simple, "instr"));
  toc_ += toc;
  for (const pugi::xml_node child : fld_simple.children()) Walk(child);
  toc_ -= toc;
}

void ParagraphText::Field(pugi::xml_node fld_char) {
  const std::string_view type = w_.Attr(fld_char, "fldCharType");
  if (type == "begin") {
    fields_.push_back({});
  } else if (type == "separate" && !fields_.empty()) {
    fields_.back().in_result = true;
  } else if (type == "end" && !fields_.empty()) {
    fields_.pop_back();
  }
}

void ParagraphText::FindTextBoxes(pugi::xml_node node) {
  const Nesting nesting(depth_);
  for (const pugi::xml_node child : node.children()) {
    if (w_.Is(child, "txbxContent")) {
      text_boxes_.push_back(child);
    } else if (child.type() == pugi::node_element) {
      FindTextBoxes(child);
    }
  }
}

void ParagraphText::Run(pugi::xml_node run) {
  const bool outer_hidden = hidden_;
  hidden_ = outer_hidden || w_.Flag(w_.Child(run, "rPr"), "vanish");
  for (const pugi::xml_node child : run.children()) RunContent(child);
  hidden_ = outer_hidden;
}

void ParagraphText::RunContent(pugi::xml_node child) {
  const Nesting nesting(depth_);
  const std::string_view name = w_.Local(child);
  if (name == "t") {
    Append(child.text().get(), child, true);
  } else if (name == "instrText") {
    if (!fields_.empty() && !fields_.back().in_result) {
      fields_.back().instruction += child.text().get();
    }
  } else if (name == "fldChar") {
    Field(child);
  } else if (name == "tab" || name == "ptab") {
    Append("\t", child, false);
  } else if (name == "br" || name == "cr") {
    if (Visible()) pending_break_ = true;
  } else if (name == "sym") {
    Append(SymbolCharacter(w_.Attr(child, "font"), w_.Attr(child, "char")), child, false);
  } else if (name == "noBreakHyphen") {
    Append("-", child, false);
  } else if (name == "footnoteReference" && Visible()) {
    footnotes_.emplace_back(w_.Attr(child, "id"));
  } else if (name == "endnoteReference" && Visible()) {
    endnotes_.emplace_back(w_.Attr(child, "id"));
  } else if (name == "ruby") {
    // Phonetic guides: the base text is the text; the annotation (w:rt) is not.
    for (const pugi::xml_node base : w_.Child(child, "rubyBase").children()) Walk(base);
  } else if (name == "drawing" || name == "pict" || name == "object") {
    if (Visible()) FindTextBoxes(child);  // the picture itself has no text
  } else if (name.empty() && LocalName(child) == "AlternateContent") {
    // The first choice (DrawingML) and its fallback (VML) hold the same shape: read one.
    for (const pugi::xml_node choice : child.children()) {
      if (LocalName(choice) != "Choice" && LocalName(choice) != "Fallback") continue;
      for (const pugi::xml_node content : choice.children()) RunContent(content);
      break;
    }
  }
  // w:delText, w:softHyphen, w:lastRenderedPageBreak, w:footnoteRef: no text of their own.
}

}  // namespace plancheck::docx
