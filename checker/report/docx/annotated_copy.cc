#include "checker/report/docx/annotated_copy.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "checker/decode/input_error.h"
#include "checker/formats/docx/package.h"
#include "checker/formats/docx/source.h"
#include "checker/report/docx/comments_part.h"
#include "checker/report/docx/finding_annotations.h"
#include "checker/report/docx/package.h"
#include "checker/report/docx/parts.h"
#include "checker/report/docx/plan_copy.h"

namespace plancheck::report {
namespace {

using docx::BlockAnnotation;

std::string ReadInput(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  if (!in || !(bytes << in.rdbuf())) {
    throw InputError(path, "cannot be read again for the annotated copy; is it still there?");
  }
  return bytes.str();
}

// "word/document.xml" -> "word/_rels/document.xml.rels".
std::string RelsPartOf(const std::string& part) {
  const std::size_t slash = part.rfind('/');
  const std::string dir = slash == std::string::npos ? "" : part.substr(0, slash + 1);
  return dir + "_rels/" + part.substr(dir.size()) + ".rels";
}

std::string Folder(const std::string& part) {
  const std::size_t slash = part.rfind('/');
  return slash == std::string::npos ? "" : part.substr(0, slash + 1);
}

pugi::xml_document ParseOrThrow(const std::string& path, const std::string& part,
                                const std::string& bytes) {
  pugi::xml_document xml;
  const unsigned flags = pugi::parse_default | pugi::parse_ws_pcdata_single;
  if (!xml.load_buffer(bytes.data(), bytes.size(), flags, pugi::encoding_utf8)) {
    throw InputError(path, "part " + part + " is not XML; re-save the file in Word or WPS");
  }
  return xml;
}

// The relationship to a new comments part, added to the main part's .rels.
std::string AddCommentsRelationship(const std::string& path, const std::string& rels_part,
                                    const std::optional<std::string>& rels_bytes,
                                    const std::string& target) {
  pugi::xml_document rels;
  if (rels_bytes) {
    rels = ParseOrThrow(path, rels_part, *rels_bytes);
  } else {
    rels.append_child("Relationships").append_attribute("xmlns") =
        "http://schemas.openxmlformats.org/package/2006/relationships";
  }
  std::set<std::string> ids;
  for (const pugi::xml_node rel : rels.document_element().children())
    ids.insert(rel.attribute("Id").value());
  int n = 1;
  while (ids.count("rId" + std::to_string(n)) > 0) ++n;
  pugi::xml_node rel = rels.document_element().append_child("Relationship");
  rel.append_attribute("Id") = ("rId" + std::to_string(n)).c_str();
  rel.append_attribute("Type") = docx::relationship_type::kComments;
  rel.append_attribute("Target") = target.c_str();
  return docx::SerialiseXml(rels);
}

std::string AddCommentsContentType(const std::string& path, const std::string& types_bytes,
                                   const std::string& part) {
  pugi::xml_document types = ParseOrThrow(path, "[Content_Types].xml", types_bytes);
  pugi::xml_node o = types.document_element().append_child("Override");
  o.append_attribute("PartName") = ("/" + part).c_str();
  o.append_attribute("ContentType") = docx::content_type::kComments;
  return docx::SerialiseXml(types);
}

AnnotatedCopy AnnotateDocx(const CheckedPlan& plan, const RenderOptions& options, bool rule_ids) {
  const std::string& path = plan.path();
  const std::string bytes = plan.input_bytes ? *plan.input_bytes : ReadInput(path);
  plancheck::docx::DocxSource source;
  const Document doc = plancheck::docx::ParseDocxWithSource(path, bytes, source);
  plancheck::docx::Package input(path, bytes, DocxLimits{});
  const std::map<std::string, std::string> related = input.Related(source.main_part);
  const auto existing = related.find("comments");
  const bool had_comments = existing != related.end() && input.Has(existing->second);
  std::string comments_name =
      had_comments ? existing->second : Folder(source.main_part) + "comments.xml";
  if (!had_comments && input.Has(comments_name))
    comments_name = Folder(source.main_part) + "comments-plancheck.xml";
  docx::CommentsPart comments(had_comments ? input.Read(comments_name) : std::nullopt);

  const plancheck::docx::WordNames& w = source.main.w;
  docx::IdSource ids(
      std::max(docx::MaxWordId(w, source.main.root()),
               docx::MaxWordId(plancheck::docx::WordNames(comments.xml().document_element()),
                               comments.xml().document_element())) +
      1);
  docx::Stamp stamp;
  stamp.date = docx::WordDate(ReviewDate(options));

  // By paragraph, in order: each paragraph's ranges are cut and marked together.
  std::map<int, std::vector<BlockAnnotation>> by_line;
  for (BlockAnnotation& a : docx::FindingAnnotations(plan, doc, options.lang, rule_ids))
    by_line[doc.blocks[a.block].line].push_back(std::move(a));
  AnnotatedCopy copy;
  for (auto& [line, list] : by_line) {
    const std::size_t index = static_cast<std::size_t>(line - 1);
    if (index >= source.paragraphs.size() || source.paragraphs[index].line != line) continue;
    std::vector<docx::Annotation> annotations;
    for (const BlockAnnotation& a : list) annotations.push_back(a.annotation);
    const std::vector<docx::Placed> placed =
        docx::AnnotateParagraph(w, source.paragraphs[index], annotations, stamp, ids);
    for (std::size_t i = 0; i < placed.size(); ++i) {
      comments.Add(placed[i].comment_id, annotations[i].comment, stamp);
      ++copy.comments;
      copy.changes += placed[i].revised;
    }
  }

  docx::Package out;
  const std::string rels_part = RelsPartOf(source.main_part);
  for (const std::string& name : input.Names()) {
    std::optional<std::string> part = input.Read(name);
    if (!part) continue;
    if (name == "[Content_Types].xml") {
      out.PutContentTypes(had_comments ? *part
                                       : AddCommentsContentType(path, *part, comments_name));
    } else if (name == source.main_part) {
      out.Put(name, "", source.main.doc);
    } else if (name == rels_part && !had_comments) {
      out.Put(name, "",
              AddCommentsRelationship(path, name, part,
                                      comments_name.substr(Folder(source.main_part).size())));
    } else if (name != comments_name) {
      out.Put(name, "", std::move(*part));
    }
  }
  if (!had_comments && !out.Has(rels_part)) {
    out.Put(rels_part, "",
            AddCommentsRelationship(path, rels_part, std::nullopt,
                                    comments_name.substr(Folder(source.main_part).size())));
  }
  out.Put(comments_name, "", comments.Bytes());
  copy.bytes = out.Zip();
  return copy;
}

}  // namespace

AnnotatedCopy RenderAnnotatedCopy(const CheckedPlan& plan, const RenderOptions& options,
                                  bool rule_ids) {
  if (plan.document->format == "docx") return AnnotateDocx(plan, options, rule_ids);
  return docx::PlanTextCopy(plan, options, rule_ids);
}

}  // namespace plancheck::report
