#include "checker/formats/odt/text.h"

#include <algorithm>
#include <charconv>
#include <string_view>

#include "checker/decode/utf8.h"
#include "checker/document/table_grid.h"
#include "checker/formats/docx/text.h"
#include "checker/formats/zip/xml.h"

namespace plancheck::odt {
namespace {

// text:s c="…": a run of spaces is a few in any real document; the bound keeps a hostile count
// from building a gigabyte of them.
constexpr int kMaxSpaces = 1024;

// Marks and furniture inside a paragraph that show no text of their own (or text not shown).
bool Silent(std::string_view name) {
  static constexpr std::string_view kSilent[] = {
      "text:bookmark",
      "text:bookmark-start",
      "text:bookmark-end",
      "text:reference-mark",
      "text:reference-mark-start",
      "text:reference-mark-end",
      "text:change",
      "text:change-start",
      "text:change-end",
      "text:soft-page-break",
      "text:toc-mark",
      "text:toc-mark-start",
      "text:toc-mark-end",
      "text:alphabetical-index-mark",
      "text:user-index-mark",
      "text:hidden-text",
      "text:hidden-paragraph",
      "text:note-citation",
      "text:sequence-decls",
      "text:variable-decls",
      "text:user-field-decls",
      "text:tracked-changes",
      "office:annotation",
      "office:annotation-end",
  };
  return std::find(std::begin(kSilent), std::end(kSilent), name) != std::end(kSilent);
}

int Count(pugi::xml_node node, const char* attribute) {
  const std::string_view text = node.attribute(attribute).value();
  int value = 1;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) value = 1;
  return value;
}

void CollectNoteParagraphs(pugi::xml_node node, std::string& out, int& depth,
                           const StyleSheet* styles) {
  const Nesting nesting(depth);
  for (const pugi::xml_node child : node.children()) {
    const std::string_view name = child.name();
    if (name == "text:p" || name == "text:h") {
      InlineText content(depth, styles);
      content.Read(child);
      const std::string_view trimmed = utf8::Trim(content.text());
      if (!trimmed.empty()) JoinSoft(out, trimmed);
    } else if (name.starts_with("text:") || name.starts_with("table:")) {
      CollectNoteParagraphs(child, out, depth, styles);  // lists, sections, tables in a note
    }
  }
}

}  // namespace

void InlineText::Read(pugi::xml_node paragraph) {
  for (const pugi::xml_node child : paragraph.children()) Walk(child);
}

void InlineText::Append(std::string_view piece) {
  if (piece.empty()) return;
  if (pending_break_) {
    JoinSoft(text_, piece);
  } else {
    text_ += piece;
  }
  pending_break_ = false;
}

// Word's symbol fonts put their characters at U+F020-U+F0FF; LibreOffice keeps them there with the
// font on the span. Mapped as the .docx loader maps a w:sym: Symbol to Unicode, pictures to "".
void InlineText::AppendText(std::string_view text) {
  const bool private_use = text.find("\xEF\x80") != std::string_view::npos ||
                           text.find("\xEF\x81") != std::string_view::npos ||
                           text.find("\xEF\x82") != std::string_view::npos ||
                           text.find("\xEF\x83") != std::string_view::npos;
  if (font_.empty() || !private_use) {
    Append(text);
    return;
  }
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t start = i;
    const char32_t cp = utf8::Next(text, i);
    if (cp >= 0xF000 && cp <= 0xF0FF) {
      char hex[8];
      const auto [end, ec] = std::to_chars(hex, hex + sizeof hex, static_cast<unsigned>(cp), 16);
      out +=
          docx::SymbolCharacter(font_, std::string_view(hex, static_cast<std::size_t>(end - hex)));
    } else {
      out.append(text.substr(start, i - start));
    }
  }
  Append(out);
}

void InlineText::Walk(pugi::xml_node node) {
  if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
    AppendText(node.value());
  } else if (node.type() == pugi::node_element) {
    const Nesting nesting(depth_);
    Element(node);
  }
}

void InlineText::Element(pugi::xml_node node) {
  const std::string_view name = node.name();
  if (Silent(name)) return;
  if (name == "text:s") {
    Append(std::string(static_cast<std::size_t>(std::clamp(Count(node, "text:c"), 1, kMaxSpaces)),
                       ' '));
  } else if (name == "text:tab") {
    Append("\t");
  } else if (name == "text:line-break") {
    pending_break_ = true;
  } else if (name == "text:note") {
    const std::string citation(utf8::Trim(node.child("text:note-citation").text().get()));
    notes_.push_back({citation.empty() ? node.attribute("text:id").value() : citation,
                      std::string_view(node.attribute("text:note-class").value()) == "endnote",
                      node.child("text:note-body")});
  } else if (name == "text:ruby") {
    for (const pugi::xml_node child : node.child("text:ruby-base").children()) Walk(child);
  } else if (name.starts_with("draw:")) {
    FindTextBoxes(node);  // a picture has no text; a text box's paragraphs follow the anchor
  } else if (name == "text:span" && styles_ != nullptr) {
    const std::string outer = font_;
    const std::string font = styles_->FontOf(node.attribute("text:style-name").value());
    if (!font.empty()) font_ = font;
    for (const pugi::xml_node child : node.children()) Walk(child);
    font_ = outer;
  } else if (name.starts_with("text:")) {
    for (const pugi::xml_node child : node.children()) Walk(child);  // spans, links, fields
  }
}

void InlineText::FindTextBoxes(pugi::xml_node node) {
  const Nesting nesting(depth_);
  if (std::string_view(node.name()) == "draw:text-box") {
    text_boxes_.push_back(node);
    return;
  }
  for (const pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_element) FindTextBoxes(child);
  }
}

std::string NoteText(pugi::xml_node body, int& depth, const StyleSheet* styles) {
  std::string text;
  CollectNoteParagraphs(body, text, depth, styles);
  return text;
}

}  // namespace plancheck::odt
