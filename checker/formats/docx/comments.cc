#include "checker/formats/docx/comments.h"

#include <re2/re2.h>

#include "checker/decode/utf8.h"
#include "checker/formats/docx/text.h"

namespace plancheck::docx {
namespace {

// The comment's paragraphs, each as its reader sees it.
std::vector<std::string> CommentParagraphs(const XmlPart& part, pugi::xml_node comment) {
  std::vector<std::string> out;
  std::vector<FieldFrame> fields;
  for (const pugi::xml_node p : comment.children()) {
    if (!part.w.Is(p, "p")) continue;
    ParagraphText content(part.w, fields);
    content.Read(p);
    out.emplace_back(utf8::Trim(content.text()));
  }
  return out;
}

// The w14:paraId of a comment's last paragraph: what commentsExtended.xml names it by.
std::string LastParaId(const XmlPart& part, pugi::xml_node comment) {
  std::string id;
  for (const pugi::xml_node p : comment.children()) {
    if (!part.w.Is(p, "p")) continue;
    for (const pugi::xml_attribute attr : p.attributes()) {
      if (std::string_view(attr.name()).ends_with(":paraId")) id = attr.value();
    }
  }
  return id;
}

// paraId -> the paraId it answers, from w15:commentEx.
std::map<std::string, std::string> Parents(const XmlPart* extended) {
  std::map<std::string, std::string> parents;
  if (extended == nullptr) return parents;
  for (const pugi::xml_node ex : extended->root().children()) {
    if (LocalName(ex) != "commentEx") continue;
    std::string id, parent;
    for (const pugi::xml_attribute attr : ex.attributes()) {
      const std::string_view name = attr.name();
      if (name.ends_with(":paraId")) id = attr.value();
      if (name.ends_with(":paraIdParent")) parent = attr.value();
    }
    if (!id.empty() && !parent.empty()) parents.emplace(id, parent);
  }
  return parents;
}

}  // namespace

IgnoreRequest ParseIgnoreRequest(const std::string& text) {
  static const RE2 kDirective(
      R"((?i)^\s*plancheck\s*(?::|：)\s*(?:忽略|ignore)\s*([^\s，,：:]+)[\s，,：:]*(.*?)\s*$)");
  IgnoreRequest request;
  RE2::FullMatch(text, kDirective, &request.rule, &request.reason);
  return request;
}

std::vector<IgnoreDirective> ReadIgnores(const XmlPart& comments, const XmlPart* extended,
                                         const std::map<std::string, CommentAnchor>& anchors) {
  const std::map<std::string, std::string> parents = Parents(extended);
  std::map<std::string, std::string> comment_of_para;  // paraId -> w:id
  for (const pugi::xml_node c : comments.root().children()) {
    if (comments.w.Is(c, "comment"))
      comment_of_para[LastParaId(comments, c)] = std::string(comments.w.Attr(c, "id"));
  }
  std::vector<IgnoreDirective> out;
  for (const pugi::xml_node c : comments.root().children()) {
    if (!comments.w.Is(c, "comment")) continue;
    std::string id(comments.w.Attr(c, "id"));
    auto anchor = anchors.find(id);
    // A reply Word or WPS left without an anchor of its own answers its parent's range.
    if (anchor == anchors.end() || !anchor->second.started) {
      const auto parent = parents.find(LastParaId(comments, c));
      if (parent == parents.end()) continue;
      const auto parent_id = comment_of_para.find(parent->second);
      if (parent_id == comment_of_para.end()) continue;
      anchor = anchors.find(parent_id->second);
      if (anchor == anchors.end() || !anchor->second.started) continue;
    }
    const CommentAnchor& range = anchor->second;
    for (const std::string& paragraph : CommentParagraphs(comments, c)) {
      const IgnoreRequest request = ParseIgnoreRequest(paragraph);
      if (request.rule.empty()) continue;
      IgnoreDirective directive;
      directive.origin = IgnoreDirective::Origin::kWordComment;
      directive.rule = request.rule;
      directive.reason = request.reason;
      directive.line = range.line;
      directive.first_block = range.first_block;
      directive.first_offset = range.first_offset;
      // An anchor never closed covers the rest of its first block.
      directive.last_block = range.ended ? range.last_block : range.first_block;
      if (range.ended) directive.last_offset = range.last_offset;
      out.push_back(std::move(directive));
    }
  }
  return out;
}

}  // namespace plancheck::docx
