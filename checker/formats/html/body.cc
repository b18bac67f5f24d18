#include "checker/formats/html/body.h"

#include <re2/re2.h>

#include <map>
#include <set>
#include <vector>

#include "checker/decode/utf8.h"
#include "checker/document/builders.h"
#include "checker/document/normalise.h"
#include "checker/document/table_grid.h"
#include "checker/formats/html/dom.h"
#include "checker/formats/html/table.h"
#include "checker/formats/html/text_run.h"

namespace plancheck::html {
namespace {

// A short line of the site's furniture that sits inside the article on some sites.
bool IsFurnitureLine(std::string_view text) {
  constexpr std::size_t kMaxFurnitureCodePoints = 100;
  static const RE2 furniture(
      R"(^(当前位置|您当前的位置|您现在的位置|您的位置|分享到|上一篇|下一篇|扫一扫|浏览次数|)"
      R"(网站地图|联系我们|【字体|字号：)|打印本页|关闭窗口|【打印】|【关闭】|ICP备|公网安备|)"
      R"(网站标识码|版权所有|主办单位：)");
  return utf8::CodePoints(text) <= kMaxFurnitureCodePoints && RE2::PartialMatch(text, furniture);
}

// The number N of a Word-exported footnote link: href "#_ftnN" (a reference) or "#_ftnrefN"
// (the note's way back to it).
std::string FootnoteNumber(const xmlNode* a, std::string_view prefix) {
  const std::string href = Attr(a, "href");
  if (!href.starts_with(prefix)) return "";
  const std::string number = href.substr(prefix.size());
  return !number.empty() && number.find_first_not_of("0123456789") == std::string::npos ? number
                                                                                        : "";
}

class ArticleReader {
 public:
  ArticleReader(const Page& page, Document& doc) : page_(page), doc_(doc) {}
  int Read(xmlNode* article);

 private:
  struct OpenTable {
    const xmlNode* node;
    int index;
    std::vector<SourceRow> rows;
    int first_line;
  };
  struct OpenCell {
    SourceCell cell;
    int row = -1;
    int index = -1;
  };

  bool Enter(xmlNode* node);
  void Leave(xmlNode* node);
  void Flush();
  void Emit(const std::string& text);
  void ReadFootnotes(xmlNode* article);
  const xmlNode* TableOf(const xmlNode* node) const;
  void StartTable(xmlNode* table);
  void EndTable();

  const Page& page_;
  Document& doc_;
  TextRun run_;
  int line_ = 0;
  int heading_level_ = 0;
  std::vector<std::string> recent_;           // paragraphs since the last table, for its caption
  std::vector<OpenTable> tables_;             // data tables being read, innermost last
  std::vector<OpenCell> cells_;               // their open cells
  std::set<const xmlNode*> layout_;           // tables read as plain blocks
  std::map<std::string, std::string> notes_;  // footnote number -> text
  std::set<const xmlNode*> note_blocks_;
  std::vector<std::string> cited_;  // footnotes cited in the paragraph being read
};

int ArticleReader::Read(xmlNode* article) {
  ReadFootnotes(article);
  const std::string& headline = page_.Headline();
  if (!headline.empty()) {
    std::string opening = TextOf(article).substr(0, 4096);
    std::erase(opening, ' ');
    std::string wanted = headline;
    std::erase(wanted, ' ');
    if (opening.find(wanted) == std::string::npos) Emit(headline);
  }
  Walk(
      article, [&](xmlNode* node, int) { return Enter(node); },
      [&](xmlNode* node) { Leave(node); });
  Flush();
  return line_;
}

// Word's "save as web page" sets notes at the end: <p><a href="#_ftnref1">[1]</a> text</p>.
void ArticleReader::ReadFootnotes(xmlNode* article) {
  Walk(
      article,
      [&](xmlNode* node, int) {
        const std::string number = Name(node) == "a" ? FootnoteNumber(node, "#_ftnref") : "";
        if (number.empty()) return node->type == XML_ELEMENT_NODE;
        xmlNode* block = node->parent;
        while (block != nullptr && block != article && !IsBlockElement(Name(block)))
          block = block->parent;
        if (block == nullptr || block == article) return false;
        std::string text = TextOf(block);
        const std::string mark = TextOf(node);
        if (text.starts_with(mark)) text = std::string(utf8::Trim(text.substr(mark.size())));
        notes_[number] = text;
        note_blocks_.insert(block);
        return false;
      },
      [](xmlNode*) {});
}

const xmlNode* ArticleReader::TableOf(const xmlNode* node) const {
  for (const xmlNode* up = node->parent; up != nullptr; up = up->parent) {
    if (Name(up) == "table") return up;
  }
  return nullptr;
}

bool ArticleReader::Enter(xmlNode* node) {
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
    run_.Append(Content(node));
    return false;
  }
  if (node->type != XML_ELEMENT_NODE || page_.IsFurniture(node) || note_blocks_.contains(node))
    return false;
  const std::string_view name = Name(node);
  const bool data_row = !tables_.empty() && TableOf(node) == tables_.back().node;
  if (name == "a") {
    if (const std::string number = FootnoteNumber(node, "#_ftn"); !number.empty()) {
      cited_.push_back(number);
      return false;
    }
  } else if (name == "br") {
    if (heading_level_ > 0 || !cells_.empty()) {
      run_.SoftBreak();
    } else {
      Flush();
    }
  } else if (name == "img") {
    return false;
  } else if (name == "table") {
    Flush();
    if (page_.IsLayoutTable(node)) {
      layout_.insert(node);
    } else {
      StartTable(node);
    }
  } else if (name == "tr" && data_row) {
    Flush();
    SourceRow row;
    const bool leading = std::all_of(tables_.back().rows.begin(), tables_.back().rows.end(),
                                     [](const SourceRow& r) { return r.header; });
    row.header = Name(node->parent) == "thead";
    bool only_th = node->children != nullptr;
    for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
      if (Name(c) == "td") only_th = false;
    }
    row.header = row.header || (leading && only_th);
    tables_.back().rows.push_back(std::move(row));
  } else if ((name == "td" || name == "th") && data_row && !tables_.back().rows.empty()) {
    Flush();
    OpenCell open;
    open.cell.colspan = std::atoi(Attr(node, "colspan").c_str());
    open.cell.rowspan = std::atoi(Attr(node, "rowspan").c_str());
    open.cell.first_line = line_ + 1;
    open.row = static_cast<int>(tables_.back().rows.size()) - 1;
    open.index = static_cast<int>(tables_.back().rows.back().cells.size());
    cells_.push_back(std::move(open));
  } else if (IsBlockElement(name)) {
    Flush();
    if (IsHeading(name) && cells_.empty()) heading_level_ = HeadingLevel(name);
  }
  return true;
}

void ArticleReader::Leave(xmlNode* node) {
  if (node->type != XML_ELEMENT_NODE) return;
  const std::string_view name = Name(node);
  if (!IsBlockElement(name)) return;
  Flush();
  if (IsHeading(name)) heading_level_ = 0;
  const bool data_cell = !tables_.empty() && (name == "td" || name == "th") && !cells_.empty() &&
                         TableOf(node) == tables_.back().node;
  if (data_cell) {
    OpenCell open = std::move(cells_.back());
    cells_.pop_back();
    open.cell.last_line = std::max(open.cell.first_line, line_);
    SourceRow& row = tables_.back().rows[static_cast<std::size_t>(open.row)];
    row.cells.push_back(std::move(open.cell));
  } else if (name == "table" && !tables_.empty() && tables_.back().node == node) {
    EndTable();
  }
}

void ArticleReader::StartTable(xmlNode* table) {
  const int index = static_cast<int>(doc_.tables.size());
  doc_.tables.emplace_back();
  const bool nested = !cells_.empty();
  doc_.tables.back().caption = nested ? "" : TableCaption(recent_);
  tables_.push_back({table, index, {}, line_ + 1});
}

void ArticleReader::EndTable() {
  OpenTable open = std::move(tables_.back());
  tables_.pop_back();
  Table& table = doc_.tables[static_cast<std::size_t>(open.index)];
  LayTable(open.rows, table);
  table.first_line = open.first_line;
  table.last_line = std::max(open.first_line, line_);
  if (cells_.empty()) recent_.clear();
}

void ArticleReader::Flush() {
  const std::string text = run_.Take();
  if (!text.empty()) Emit(text);
}

void ArticleReader::Emit(const std::string& text) {
  if (IsFurnitureLine(text)) return;
  ++line_;
  const bool in_cell = !cells_.empty();
  Block block =
      PlainBlock(in_cell ? Block::Kind::kTableCell : Block::Kind::kParagraph, line_, text);
  block.outline_level = in_cell ? 0 : heading_level_;
  if (in_cell) {
    OpenCell& open = cells_.back();
    block.table = tables_.back().index;
    block.docx_row = open.row;
    block.docx_cell = open.index;
    std::string& cell_text = open.cell.text;
    const auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    if (!cell_text.empty() && alnum(cell_text.back()) && alnum(text.front())) cell_text += ' ';
    cell_text += text;
  } else {
    recent_.push_back(text);
  }
  doc_.blocks.push_back(std::move(block));
  for (const std::string& number : cited_) {
    const auto note = notes_.find(number);
    if (note == notes_.end() || note->second.empty()) continue;
    doc_.footnotes.push_back({number, note->second, line_});
    doc_.blocks.push_back(PlainBlock(Block::Kind::kFootnote, line_, note->second));
  }
  cited_.clear();
}

}  // namespace

int ReadArticle(const Page& page, Document& doc) {
  if (page.Article() == nullptr) return 0;
  ArticleReader reader(page, doc);
  return reader.Read(page.Article());
}

}  // namespace plancheck::html
