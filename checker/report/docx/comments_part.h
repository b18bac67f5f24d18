#pragma once
// word/comments.xml of an annotated copy: the input's own comments kept as they are, ours after.
#include <pugixml.hpp>

#include <optional>
#include <string>

#include "checker/formats/docx/xml.h"
#include "checker/report/docx/annotation.h"

namespace plancheck::report::docx {

class CommentsPart {
 public:
  // `existing`: the input's comments part, or nullopt for a new one. Throws std::runtime_error
  // when it is not XML.
  explicit CommentsPart(const std::optional<std::string>& existing);

  // A comment `id` of `text` (one paragraph per line).
  void Add(long long id, const std::string& text, const Stamp& stamp);
  std::string Bytes() const;
  const pugi::xml_document& xml() const { return xml_; }

 private:
  pugi::xml_document xml_;
  plancheck::docx::WordNames w_;
};

// The largest w:id any element of `root` carries (comments, revisions, bookmarks), 0 for none.
long long MaxWordId(const plancheck::docx::WordNames& w, pugi::xml_node root);

// "2026-12-02" -> "2026-12-02T00:00:00Z": the w:date of a comment or a revision.
std::string WordDate(const std::string& day);

}  // namespace plancheck::report::docx
