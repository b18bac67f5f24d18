#pragma once
#include <map>
#include <string>
#include <vector>

#include "checker/document/ignore_directive.h"
#include "checker/formats/docx/source_map.h"
#include "checker/formats/docx/xml.h"

namespace plancheck::docx {

// The ignores the comments of word/comments.xml ask for: a comment (or a reply to one) whose text
// is `plancheck: 忽略 RULE [理由]` (or `ignore`, a full-width colon) covers the text it, or the
// comment it answers, is anchored on. `extended` is word/commentsExtended.xml (replies), or null.
std::vector<IgnoreDirective> ReadIgnores(const XmlPart& comments, const XmlPart* extended,
                                         const std::map<std::string, CommentAnchor>& anchors);

// The directive in one comment's text: {rule, reason}; rule "" when the text is none.
struct IgnoreRequest {
  std::string rule;
  std::string reason;
};
IgnoreRequest ParseIgnoreRequest(const std::string& text);

}  // namespace plancheck::docx
