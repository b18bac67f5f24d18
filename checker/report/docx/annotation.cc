#include "checker/report/docx/annotation.h"

#include <algorithm>

namespace plancheck::report::docx {
namespace {

using plancheck::docx::ParagraphSource;
using plancheck::docx::TextPiece;
using plancheck::docx::WordNames;

void Preserve(pugi::xml_node t) {
  if (!t.attribute("xml:space")) t.append_attribute("xml:space") = "preserve";
}

// Cuts the w:t holding byte `at` in two, so that a piece begins there.
void CutText(ParagraphSource& source, std::size_t at) {
  for (std::size_t i = 0; i < source.pieces.size(); ++i) {
    const TextPiece piece = source.pieces[i];
    if (at <= piece.begin || at >= piece.end) continue;
    if (!piece.text) return;  // inside the one character an element stands for: no cut
    const std::string value = piece.node.text().get();
    const std::size_t keep = at - piece.begin;
    if (value.size() != piece.end - piece.begin) return;  // not byte for byte: leave it whole
    pugi::xml_node tail = piece.node.parent().insert_child_after(piece.node.name(), piece.node);
    piece.node.text().set(value.substr(0, keep).c_str());
    tail.text().set(value.substr(keep).c_str());
    Preserve(piece.node);
    Preserve(tail);
    source.pieces[i].end = at;
    source.pieces.insert(source.pieces.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                         TextPiece{at, piece.end, tail, true});
    return;
  }
}

// Makes `child` the first content of a run of its own: a new w:r after its run, with a copy of
// the run's w:rPr, takes it and what follows it.
void StartRunAt(const WordNames& w, pugi::xml_node child) {
  pugi::xml_node run = child.parent();
  if (!w.Is(run, "r")) return;
  pugi::xml_node first = run.first_child();
  while (first && w.Is(first, "rPr")) first = first.next_sibling();
  if (first == child) return;
  pugi::xml_node fresh = run.parent().insert_child_after(run.name(), run);
  if (const pugi::xml_node rpr = w.Child(run, "rPr")) fresh.append_copy(rpr);
  for (pugi::xml_node n = child; n;) {
    const pugi::xml_node next = n.next_sibling();
    fresh.append_move(n);
    n = next;
  }
}

// The node a marker goes beside for a piece: its w:r, or (Office Math) its element in the
// paragraph.
pugi::xml_node RunLevel(const WordNames& w, const ParagraphSource& source, pugi::xml_node node) {
  if (w.Is(node.parent(), "r")) return node.parent();
  while (node.parent() && node.parent() != source.paragraph) node = node.parent();
  return node;
}

struct Range {
  pugi::xml_node first, last;  // run-level nodes, first..last siblings (or not)
  bool exact = false;          // the pieces cover [begin, end) with nothing else
};

Range Find(const WordNames& w, const ParagraphSource& source, std::size_t begin, std::size_t end) {
  Range range;
  std::size_t covered = begin;
  for (const TextPiece& piece : source.pieces) {
    if (piece.end <= begin || piece.begin >= end) continue;
    if (!range.first) range.first = RunLevel(w, source, piece.node);
    range.last = RunLevel(w, source, piece.node);
    covered = piece.begin == covered ? piece.end : std::string::npos;
  }
  range.exact = range.first && covered == end;
  return range;
}

pugi::xml_node AfterProperties(const WordNames& w, pugi::xml_node paragraph) {
  pugi::xml_node first = paragraph.first_child();
  while (first && w.Is(first, "pPr")) first = first.next_sibling();
  return first;
}

long long Mark(const WordNames& w, const ParagraphSource& source, const Range& range,
               IdSource& ids) {
  const long long id = ids.Next();
  const std::string start_name = w.Name("commentRangeStart");
  const std::string end_name = w.Name("commentRangeEnd");
  pugi::xml_node start, end;
  if (range.first) {
    start = range.first.parent().insert_child_before(start_name.c_str(), range.first);
    end = range.last.parent().insert_child_after(end_name.c_str(), range.last);
  } else {  // no text of its own (the whole paragraph is a label): the paragraph's start
    pugi::xml_node paragraph = source.paragraph;
    const pugi::xml_node at = AfterProperties(w, paragraph);
    start = at ? paragraph.insert_child_before(start_name.c_str(), at)
               : paragraph.append_child(start_name.c_str());
    end = paragraph.insert_child_after(end_name.c_str(), start);
  }
  start.append_attribute(w.Name("id").c_str()) = id;
  end.append_attribute(w.Name("id").c_str()) = id;
  pugi::xml_node reference = end.parent().insert_child_after(w.Name("r").c_str(), end);
  reference.append_child(w.Name("commentReference").c_str())
      .append_attribute(w.Name("id").c_str()) = id;
  return id;
}

void Sign(const WordNames& w, pugi::xml_node change, const Stamp& stamp, IdSource& ids) {
  change.append_attribute(w.Name("id").c_str()) = ids.Next();
  change.append_attribute(w.Name("author").c_str()) = stamp.author.c_str();
  change.append_attribute(w.Name("date").c_str()) = stamp.date.c_str();
}

bool HasChild(const WordNames& w, pugi::xml_node node, std::string_view local) {
  return static_cast<bool>(w.Child(node, local));
}

// A run of plain text (only w:rPr and w:t): what a w:del can hold as w:delText.
bool PlainTextRun(const WordNames& w, pugi::xml_node run) {
  if (!w.Is(run, "r")) return false;
  return std::all_of(run.children().begin(), run.children().end(),
                     [&](pugi::xml_node c) { return w.Is(c, "rPr") || w.Is(c, "t"); });
}

// The runs of `range` as a deletion and `fix` as an insertion after them; false (and nothing
// changed) when the range holds more than plain text runs of one parent.
bool Revise(const WordNames& w, const Range& range, const std::string& fix, const Stamp& stamp,
            IdSource& ids) {
  if (!range.exact || range.first.parent() != range.last.parent()) return false;
  pugi::xml_node parent = range.first.parent();
  const std::string_view container = w.Local(parent);
  if (container != "p" && container != "hyperlink" && container != "sdtContent" &&
      container != "smartTag") {
    return false;  // inside an insertion, a deletion or a field of someone else's
  }
  std::vector<pugi::xml_node> runs;
  for (pugi::xml_node n = range.first;; n = n.next_sibling()) {
    if (!n) return false;
    if (w.Is(n, "r") && !HasChild(w, n, "commentReference")) {
      if (!PlainTextRun(w, n)) return false;
      runs.push_back(n);
    } else if (w.Is(n, "r") || w.Is(n, "commentRangeStart") || w.Is(n, "commentRangeEnd") ||
               w.Is(n, "bookmarkStart") || w.Is(n, "bookmarkEnd") || w.Is(n, "proofErr")) {
      // markers stay where they are
    } else {
      return false;
    }
    if (n == range.last) break;
  }
  if (runs.empty()) return false;
  pugi::xml_node last_del;
  for (const pugi::xml_node run : runs) {
    pugi::xml_node del = parent.insert_child_before(w.Name("del").c_str(), run);
    Sign(w, del, stamp, ids);
    del.append_move(run);
    for (pugi::xml_node t : run.children()) {
      if (w.Is(t, "t")) t.set_name(w.Name("delText").c_str());
    }
    last_del = del;
  }
  pugi::xml_node ins = parent.insert_child_after(w.Name("ins").c_str(), last_del);
  Sign(w, ins, stamp, ids);
  pugi::xml_node run = ins.append_child(w.Name("r").c_str());
  if (const pugi::xml_node rpr = w.Child(runs.front(), "rPr")) run.append_copy(rpr);
  pugi::xml_node t = run.append_child(w.Name("t").c_str());
  t.text().set(fix.c_str());
  Preserve(t);
  return true;
}

// Where the tracked change of `a` starts and ends: its range less what the fix keeps.
std::size_t FixBegin(const Annotation& a) { return std::min(a.begin + a.keep_before, a.end); }
std::size_t FixEnd(const Annotation& a) {
  return std::max(FixBegin(a), a.end - std::min(a.keep_after, a.end - a.begin));
}

}  // namespace

std::vector<Placed> AnnotateParagraph(const WordNames& w, ParagraphSource& source,
                                      const std::vector<Annotation>& annotations,
                                      const Stamp& stamp, IdSource& ids) {
  // Cut first at every boundary, so that no later cut moves a marker already placed.
  for (const Annotation& a : annotations) {
    for (const std::size_t at : {a.begin, a.end, FixBegin(a), FixEnd(a)}) CutText(source, at);
  }
  for (const Annotation& a : annotations) {
    for (const TextPiece& piece : source.pieces) {
      const std::size_t at = piece.begin;
      if (at == a.begin || at == a.end || at == FixBegin(a) || at == FixEnd(a))
        StartRunAt(w, piece.node);
    }
  }
  std::vector<Range> ranges;
  std::vector<Placed> placed;
  for (const Annotation& a : annotations) {
    ranges.push_back(Find(w, source, a.begin, a.end));
    placed.push_back({Mark(w, source, ranges.back(), ids), false});
  }
  for (std::size_t i = 0; i < annotations.size(); ++i) {
    const Annotation& a = annotations[i];
    if (a.fix.empty()) continue;
    const Range changed = Find(w, source, FixBegin(a), FixEnd(a));
    placed[i].revised = Revise(w, changed, a.fix, stamp, ids);
  }
  return placed;
}

}  // namespace plancheck::report::docx
