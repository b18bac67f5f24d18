// Reads a .docx plan natively: the zip container (docx_package), WordprocessingML paragraphs
// and tables (docx_body), automatic numbering rendered as text (docx_numbering), styles
// (docx_styles). The result is the same Document the text loader builds, with nothing of the
// text conversion's losses: no lost "%", no flattened tables, no bookmark debris.
#include "checker/formats/docx/loader.h"

#include "checker/decode/input_error.h"
#include "checker/document/builders.h"
#include "checker/formats/docx/body.h"
#include "checker/formats/docx/comments.h"
#include "checker/formats/docx/numbering.h"
#include "checker/formats/docx/package.h"
#include "checker/formats/docx/source.h"
#include "checker/formats/docx/styles.h"
#include "checker/formats/docx/xml.h"

namespace plancheck {
namespace {

// Parses the related part of `kind` ("styles", "numbering"…) into `part`; false when absent.
bool ReadRelated(docx::Package& package, const std::map<std::string, std::string>& related,
                 const std::string& kind, docx::XmlPart& part) {
  const auto it = related.find(kind);
  if (it == related.end()) return false;
  const std::optional<std::string> bytes = package.Read(it->second);
  if (!bytes) return false;  // a dangling relationship: Word opens such files too
  docx::ParseXmlPart(package.path(), it->second, *bytes, part);
  return true;
}

InputError NestedTooDeep(const std::string& path, const std::string& part) {
  const std::string depth = std::to_string(docx::Nesting::kMaxNesting);
  return InputError(
      path, "部件 " + part + " 的元素嵌套超过 " + depth + " 层（表格套表格、内容控件……），拒绝读取",
      "part " + part + " nests elements more than " + depth +
          " levels deep (tables in tables, content controls…); refused");
}

std::map<std::string, std::string> Notes(docx::Package& package,
                                         const std::map<std::string, std::string>& related,
                                         const std::string& kind, std::string_view element) {
  docx::XmlPart part;
  if (!ReadRelated(package, related, kind, part)) return {};
  try {
    return docx::ReadNotes(part, element);
  } catch (const docx::TooDeep&) {
    throw NestedTooDeep(package.path(), part.name);
  }
}

// The drafter's `plancheck: 忽略 RULE` comments, on the anchors the body reader met.
std::vector<IgnoreDirective> Ignores(docx::Package& package,
                                     const std::map<std::string, std::string>& related,
                                     const std::map<std::string, docx::CommentAnchor>& anchors) {
  docx::XmlPart comments;
  docx::XmlPart extended;
  try {
    if (!ReadRelated(package, related, "comments", comments)) return {};
    const bool replies = ReadRelated(package, related, "commentsExtended", extended);
    return docx::ReadIgnores(comments, replies ? &extended : nullptr, anchors);
  } catch (const InputError&) {
    return {};  // damaged comments are no plan text: the plan is still read, without its ignores
  } catch (const docx::TooDeep&) {
    return {};
  }
}

Document Parse(const std::string& path, std::string_view bytes, const DocxLimits& limits,
               docx::DocxSource* source) {
  docx::Package package(path, bytes, limits);
  const std::string main_part = package.MainPart();
  const std::map<std::string, std::string> related = package.Related(main_part);

  docx::XmlPart styles_part;
  const docx::StyleSheet styles = ReadRelated(package, related, "styles", styles_part)
                                      ? docx::StyleSheet(styles_part)
                                      : docx::StyleSheet();
  docx::XmlPart numbering_part;
  docx::Numbering numbering = ReadRelated(package, related, "numbering", numbering_part)
                                  ? docx::Numbering(numbering_part, styles)
                                  : docx::Numbering();
  const auto footnotes = Notes(package, related, "footnotes", "footnote");
  const auto endnotes = Notes(package, related, "endnotes", "endnote");

  docx::XmlPart own_main;
  docx::XmlPart& main = source != nullptr ? source->main : own_main;
  docx::ParseXmlPart(path, main_part, *package.Read(main_part), main);
  const pugi::xml_node body = main.w.Child(main.root(), "body");
  if (!main.w.Is(main.root(), "document") || !body) {
    throw InputError(path, "部件 " + main_part + " 不是 WordprocessingML 文档（没有 w:body）",
                     "part " + main_part + " is not a WordprocessingML document (no w:body)");
  }

  Document doc;
  doc.path = path;
  doc.format = "docx";
  doc.encoding = "UTF-8";
  std::map<std::string, docx::CommentAnchor> anchors;
  const docx::ParagraphSink sink = [source](docx::ParagraphSource paragraph) {
    source->paragraphs.push_back(std::move(paragraph));
  };
  const docx::BodyContext context{main.w,    styles,   numbering,
                                  footnotes, endnotes, source != nullptr ? &sink : nullptr,
                                  &anchors};
  try {
    doc.line_count = docx::ReadBody(context, body, doc);
  } catch (const docx::TooDeep&) {
    throw NestedTooDeep(path, main_part);
  }
  doc.ignores = Ignores(package, related, anchors);
  if (source != nullptr) {
    source->main_part = main_part;
    source->comments = anchors;
  }
  FinishDocument(doc);
  return doc;
}

}  // namespace

Document ParseDocx(const std::string& path, std::string_view bytes, const DocxLimits& limits) {
  return Parse(path, bytes, limits, nullptr);
}

Document ParseDocx(const std::string& path, std::string_view bytes) {
  return ParseDocx(path, bytes, DocxLimits{});
}

Document docx::ParseDocxWithSource(const std::string& path, std::string_view bytes,
                                   docx::DocxSource& source) {
  return Parse(path, bytes, DocxLimits{}, &source);
}

}  // namespace plancheck
