#pragma once
// One finding as the annotated copy shows it: a Word comment on exactly the text it concerns, and,
// when it has a fix, a tracked change (w:del + w:ins) the drafter accepts or rejects.
#include <cstddef>
#include <string>
#include <vector>

#include "checker/formats/docx/source_map.h"
#include "checker/formats/docx/xml.h"

namespace plancheck::report::docx {

struct Annotation {
  std::size_t begin = 0;  // bytes of the block's text the comment covers
  std::size_t end = 0;
  std::string comment;  // lines, each a paragraph of the comment
  std::string fix;      // replaces [begin, end) as a tracked change; "" for none
  // Bytes at the ends of [begin, end) the fix leaves as they are: 公正处 → 公证处 strikes only 正,
  // as a colleague would, and the comment still covers the whole hit.
  std::size_t keep_before = 0, keep_after = 0;
};

// Who and when, for every comment and revision: author plancheck, the review date.
struct Stamp {
  std::string author = "plancheck";
  std::string initials = "PC";
  std::string date;  // ISO 8601, "2026-12-02T00:00:00Z"
};

// Fresh w:id values, above every id the input already uses.
class IdSource {
 public:
  explicit IdSource(long long next) : next_(next) {}
  long long Next() { return next_++; }

 private:
  long long next_;
};

// What became of one annotation in the XML.
struct Placed {
  long long comment_id = -1;
  bool revised = false;  // its fix is a tracked change
};

// Puts `annotations` (all on the paragraph of `source`) into word/document.xml: runs split where
// a range starts or ends inside one (each half keeps the run's w:rPr), commentRangeStart/End and
// a commentReference run around each range, then the fixes as w:del/w:ins. `source` is kept up
// to date with the split runs.
std::vector<Placed> AnnotateParagraph(const plancheck::docx::WordNames& w,
                                      plancheck::docx::ParagraphSource& source,
                                      const std::vector<Annotation>& annotations,
                                      const Stamp& stamp, IdSource& ids);

}  // namespace plancheck::report::docx
