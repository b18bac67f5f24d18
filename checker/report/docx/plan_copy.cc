#include "checker/report/docx/plan_copy.h"

#include <algorithm>
#include <map>

#include "checker/report/common.h"
#include "checker/report/docx/comments_part.h"
#include "checker/report/docx/finding_annotations.h"
#include "checker/report/docx/gongwen.h"
#include "checker/report/docx/package.h"
#include "checker/report/docx/parts.h"
#include "checker/report/docx/wordml.h"
#include "checker/report/docx/xml_text.h"

namespace plancheck::report::docx {
namespace {

namespace gw = gongwen;
using plancheck::docx::ParagraphSource;
using plancheck::docx::TextPiece;

const char* StyleOf(const Document& doc, std::size_t index) {
  if (index == 0) return gw::kTitle;
  const Block& block = doc.blocks[index];
  if (block.heading < 0) return gw::kBody;
  const Heading& h = doc.outline.headings[static_cast<std::size_t>(block.heading)];
  if (h.block != static_cast<int>(index) || h.run_in) return gw::kBody;
  return h.level <= 1 ? gw::kHeading1 : gw::kHeading2;
}

// One paragraph of `text`: a run of w:t and w:tab, with the pieces that say which bytes each holds.
ParagraphSource TextParagraph(pugi::xml_node body, const char* style, const std::string& text,
                              int line) {
  ParagraphSource source;
  source.line = line;
  source.paragraph = AppendParagraph(body, style);
  pugi::xml_node run = source.paragraph.append_child("w:r");
  std::size_t from = 0;
  while (from < text.size()) {
    const std::size_t tab = text.find('\t', from);
    const std::size_t to = tab == std::string::npos ? text.size() : tab;
    if (to > from) {
      std::string piece = text.substr(from, to - from);
      std::replace(piece.begin(), piece.end(), '\n',
                   ' ');  // one paragraph: a line break is a space
      const std::string safe = XmlSafeText(piece);
      pugi::xml_node t = run.append_child("w:t");
      t.append_attribute("xml:space") = "preserve";
      t.text().set(safe.c_str());
      source.pieces.push_back({from, to, t, safe.size() == piece.size()});
    }
    if (tab == std::string::npos) break;
    source.pieces.push_back({tab, tab + 1, run.append_child("w:tab"), false});
    from = tab + 1;
  }
  return source;
}

Properties PropertiesOf(const CheckedPlan& plan, const std::string& date) {
  Properties p;
  p.title = OneLine(PlanTitle(*plan.document));
  p.creator = "plancheck";
  p.date = date;
  p.application = "plancheck";
  return p;
}

}  // namespace

AnnotatedCopy PlanTextCopy(const CheckedPlan& plan, const RenderOptions& options, bool rule_ids) {
  const Document& doc = *plan.document;
  const std::string date = ReviewDate(options);
  Package package;
  Relationships rels;
  const std::string footer = AddGongwenParts(package, rels);
  pugi::xml_document document;
  const pugi::xml_node body = StartDocument(document);
  std::vector<ParagraphSource> paragraphs;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    paragraphs.push_back(
        TextParagraph(body, StyleOf(doc, i), doc.blocks[i].text, static_cast<int>(i) + 1));
  }
  const plancheck::docx::WordNames w(document.document_element());
  CommentsPart comments(std::nullopt);
  IdSource ids(1);
  Stamp stamp;
  stamp.date = WordDate(date);
  std::map<std::size_t, std::vector<Annotation>> by_block;
  for (BlockAnnotation& a : FindingAnnotations(plan, doc, options.lang, rule_ids))
    by_block[a.block].push_back(std::move(a.annotation));
  AnnotatedCopy copy;
  for (auto& [block, annotations] : by_block) {
    const std::vector<Placed> placed =
        AnnotateParagraph(w, paragraphs[block], annotations, stamp, ids);
    for (std::size_t i = 0; i < placed.size(); ++i) {
      comments.Add(placed[i].comment_id, annotations[i].comment, stamp);
      ++copy.comments;
      copy.changes += placed[i].revised;
    }
  }
  PageSetup page = GongwenPage();
  page.footer_rel_id = footer;
  AppendSection(body, page);
  rels.Add(relationship_type::kComments, "comments.xml");
  package.Put("word/document.xml", content_type::kDocument, document);
  package.Put("word/comments.xml", content_type::kComments, comments.xml());
  package.Put("word/_rels/document.xml.rels", "", rels.Xml());
  const Properties properties = PropertiesOf(plan, date);
  package.Put("docProps/core.xml", content_type::kCore, CorePart(properties));
  package.Put("docProps/app.xml", content_type::kApp, AppPart(properties));
  Relationships root;
  root.Add(relationship_type::kOfficeDocument, "word/document.xml");
  root.Add(relationship_type::kCoreProperties, "docProps/core.xml");
  root.Add(relationship_type::kExtendedProperties, "docProps/app.xml");
  package.Put("_rels/.rels", "", root.Xml());
  copy.bytes = package.Zip();
  return copy;
}

}  // namespace plancheck::report::docx
