#pragma once
#include <map>
#include <string>
#include <vector>

#include "checker/document/block.h"
#include "checker/document/ignore_directive.h"
#include "checker/document/metadata.h"
#include "checker/document/outline.h"
#include "checker/document/table.h"

namespace plancheck {

struct Footnote {
  std::string id;  // "1" for [footnoteRef:1]
  std::string text;
  int line = 0;
};

// The parsed plan: immutable once a loader has built it.
struct Document {
  std::string path;           // as given on the command line
  std::string format;         // "txt", "md", "docx" … (checker/formats/format.h)
  std::string encoding;       // from decode
  std::vector<Block> blocks;  // non-blank paragraphs and table cells, in document order
  std::vector<Artefact> artefacts;
  std::vector<Footnote> footnotes;
  Outline outline;
  std::vector<Table> tables;
  Metadata metadata;
  std::vector<IgnoreDirective> ignores;  // in-plan ignores (txt/md comments, Word comments)
  int line_count = 0;

  // "¶12" for a .docx, "第12行"/"line 12" is the renderer's business; this gives the block at a
  // line.
  const Block* BlockAtLine(int line) const;
};

// Builds a Document from decoded text (txt or md): artefacts, blocks, outline, tables, metadata.
Document ParseText(const std::string& path, const std::string& utf8, const std::string& encoding);

}  // namespace plancheck
