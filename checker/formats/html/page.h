#pragma once
// The page around the plan: which elements are the site's furniture (navigation, breadcrumbs,
// 索引号 boxes, share bars, footers, hidden and script elements), and which element holds the
// article.
#include <libxml/tree.h>

#include <string>
#include <unordered_map>

#include "checker/formats/html/loader.h"

namespace plancheck::html {

// What an 索引号 / 发布机构 box said about the plan (empty when absent).
struct InfoBox {
  std::string doc_number;  // 文号 / 发文字号
  std::string date;        // 成文日期, YYYY-MM-DD
};

class Page {
 public:
  // Surveys the tree; throws InputError naming `path` when it nests deeper or has more nodes
  // than `limits` allow.
  Page(xmlDoc* doc, const std::string& path, const HtmlLimits& limits);

  // The element holding the article: the deepest one that holds nearly all of the page's prose
  // (text of sentences, outside links) with next to no other text beside it.
  xmlNode* Article() const { return article_; }
  // The page's headline (its first <h1> outside the article, else <title> up to the site name).
  const std::string& Headline() const { return headline_; }
  const InfoBox& Info() const { return info_box_; }

  bool IsFurniture(const xmlNode* node) const;
  // A table used to lay out the page (one column, or a cell of running text), not data.
  bool IsLayoutTable(const xmlNode* table) const;

 private:
  struct Counts {
    int han = 0;     // ideographs outside links
    int prose = 0;   // … in text nodes that read as sentences
    int labels = 0;  // 索引号, 发布机构 … labels
    bool furniture = false;
  };
  void Survey(xmlNode* root, const std::string& path, const HtmlLimits& limits);
  void Leave(xmlNode* node);
  void ReadInfoBox(xmlNode* box);
  xmlNode* FindArticle(xmlNode* body) const;
  std::string FindHeadline(xmlNode* root) const;
  const Counts& Of(const xmlNode* node) const;

  std::unordered_map<const xmlNode*, Counts> counts_;
  xmlNode* article_ = nullptr;
  std::string headline_;
  InfoBox info_box_;
};

// The text below `node` as a browser shows it, on one line.
std::string TextOf(xmlNode* node);

}  // namespace plancheck::html
