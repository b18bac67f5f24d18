#include "checker/formats/html/page.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>

#include "checker/decode/input_error.h"
#include "checker/formats/html/dom.h"
#include "checker/formats/html/text_run.h"

namespace plancheck::html {
namespace {

// Elements that never hold the plan's text.
bool IsFurnitureTag(std::string_view name) {
  static constexpr std::array<std::string_view, 20> kTags = {
      "script", "style", "noscript", "template", "head",   "nav",      "header",
      "footer", "aside", "input",    "button",   "select", "textarea", "iframe",
      "object", "embed", "svg",      "canvas",   "map",    "option"};
  return std::find(kTags.begin(), kTags.end(), name) != kTags.end();
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool IsHidden(const xmlNode* node) {
  if (xmlHasProp(node, reinterpret_cast<const xmlChar*>("hidden")) != nullptr) return true;
  if (Attr(node, "aria-hidden") == "true") return true;
  std::string style = Lower(Attr(node, "style"));
  std::erase(style, ' ');
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

// class or id names sites give their furniture (navigation, 当前位置, 分享到, footers …).
bool HasFurnitureName(const xmlNode* node) {
  static const RE2 names(
      R"((?i)(^|[\s_\-])(nav|navbar|menu|breadcrumbs?|crumbs?|position|location|dqwz|share|)"
      R"(bdshare|fenxiang|footer|foot|bottom|copyright|sidebar|toolbar|tools|print|search|related|xgwz|)"
      R"(gotop|top-?bar|header|head|banner|login|qrcode|ewm)([\s_\-0-9]|$))");
  const std::string names_given = Attr(node, "class") + " " + Attr(node, "id");
  return RE2::PartialMatch(names_given, names);
}

// A sentence of the plan, not a caption, link or footer line.
bool IsProse(std::string_view text, int han) {
  static const RE2 footer(R"(ICP备|公网安备|网站标识码|版权所有|主办单位|分辨率|浏览器)");
  return han >= 20 && text.find("。") != std::string_view::npos && !RE2::PartialMatch(text, footer);
}

int InfoLabels(std::string_view text) {
  static constexpr std::array<std::string_view, 14> kLabels = {
      "索引号",   "发布机构", "发文机关", "主题分类", "成文日期", "发布日期", "文号",
      "公开方式", "有效性",   "信息来源", "生成日期", "主题词",   "所属机构", "公开时限"};
  int found = 0;
  for (const std::string_view label : kLabels) found += text.find(label) != std::string_view::npos;
  return found;
}

InputError TooLarge(const std::string& path, const std::string& zh, const std::string& en) {
  return InputError(path, "网页" + zh + "，已拒绝；请确认文件是否正确，或将规划另存为 .docx/.txt",
                    "the page " + en +
                        "; refused (is it the right file? save the plan as "
                        ".docx or .txt)");
}

}  // namespace

std::string TextOf(xmlNode* node) {
  TextRun run;
  Walk(
      node,
      [&](xmlNode* n, int) {
        run.Append(Content(n));
        return !IsFurnitureTag(Name(n));
      },
      [](xmlNode*) {});
  return run.Take();
}

Page::Page(xmlDoc* doc, const std::string& path, const HtmlLimits& limits) {
  xmlNode* root = xmlDocGetRootElement(doc);
  if (root == nullptr) return;
  Survey(root, path, limits);
  xmlNode* body = root;
  for (xmlNode* child = root->children; child != nullptr; child = child->next) {
    if (Name(child) == "body") body = child;
  }
  article_ = FindArticle(body);
  headline_ = FindHeadline(root);
}

const Page::Counts& Page::Of(const xmlNode* node) const {
  static const Counts kNone;
  const auto it = counts_.find(node);
  return it == counts_.end() ? kNone : it->second;
}

bool Page::IsFurniture(const xmlNode* node) const { return Of(node).furniture; }

void Page::Survey(xmlNode* root, const std::string& path, const HtmlLimits& limits) {
  std::size_t nodes = 0;
  int in_link = 0;
  Walk(
      root,
      [&](xmlNode* node, int depth) {
        if (++nodes > limits.max_nodes) {
          throw TooLarge(path, "的节点超过 " + std::to_string(limits.max_nodes) + " 个",
                         "has more than " + std::to_string(limits.max_nodes) + " nodes");
        }
        if (depth >= limits.max_nesting) {
          const std::string levels = std::to_string(limits.max_nesting);
          throw TooLarge(path, "的元素嵌套超过 " + levels + " 层",
                         "nests elements more than " + levels + " levels deep");
        }
        if (node->type == XML_TEXT_NODE && in_link == 0 && node->parent != nullptr) {
          const std::string_view text = Content(node);
          Counts& parent = counts_[node->parent];
          const int han = HanCount(text);
          parent.han += han;
          if (IsProse(text, han)) parent.prose += han;
          parent.labels += InfoLabels(text);
        }
        if (node->type != XML_ELEMENT_NODE) return false;
        Counts& counts = counts_[node];
        if (IsFurnitureTag(Name(node)) || IsHidden(node)) {
          counts.furniture = true;
          return false;
        }
        in_link += Name(node) == "a";
        return true;
      },
      [&](xmlNode* node) {
        if (node->type != XML_ELEMENT_NODE) return;
        in_link -= Name(node) == "a";
        Leave(node);
      });
}

// Decides, once the element's text is counted, whether it is furniture, and passes its counts up.
void Page::Leave(xmlNode* node) {
  constexpr int kMaxInfoBoxHan = 400;
  Counts& counts = counts_[node];
  if (counts.furniture) return;
  if (counts.prose == 0 && HasFurnitureName(node)) counts.furniture = true;
  if (counts.prose == 0 && counts.labels >= 2 && counts.han < kMaxInfoBoxHan) {
    counts.furniture = true;
    ReadInfoBox(node);
  }
  if (counts.furniture || node->parent == nullptr) return;
  Counts& parent = counts_[node->parent];
  parent.han += counts.han;
  parent.prose += counts.prose;
  parent.labels += counts.labels;
}

void Page::ReadInfoBox(xmlNode* box) {
  static const RE2 number(R"((?:文号|发文字号)[：:\s]*(\S+?〔\d{4}〕\d+号))");
  static const RE2 date(R"(成文日期[：:\s]*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2}))");
  const std::string text = TextOf(box);
  std::string found;
  if (info_box_.doc_number.empty() && RE2::PartialMatch(text, number, &found)) {
    info_box_.doc_number = found;
  }
  int year = 0, month = 0, day = 0;
  if (info_box_.date.empty() && RE2::PartialMatch(text, date, &year, &month, &day) && month >= 1 &&
      month <= 12 && day >= 1 && day <= 31) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    info_box_.date = buffer;
  }
}

// From the body down, into the child that holds nearly all the prose while what it leaves out
// beside it is next to nothing (a headline, a date line): so an annex table beside the text stays.
xmlNode* Page::FindArticle(xmlNode* body) const {
  constexpr double kMostProse = 0.9;
  constexpr double kLittleElse = 0.1;
  const bool any_prose = Of(body).prose > 0;
  const auto measure = [&](const xmlNode* n) { return any_prose ? Of(n).prose : Of(n).han; };
  xmlNode* current = body;
  while (true) {
    if (Name(current) == "table" && !IsLayoutTable(current)) return current;
    xmlNode* best = nullptr;
    for (xmlNode* child = current->children; child != nullptr; child = child->next) {
      if (child->type != XML_ELEMENT_NODE || IsFurniture(child)) continue;
      if (best == nullptr || measure(child) > measure(best)) best = child;
    }
    if (best == nullptr) return current;
    const bool most = measure(best) >= kMostProse * measure(current) && measure(best) > 0;
    const bool little_else = Of(current).han - Of(best).han <= kLittleElse * Of(current).han;
    if (!most || !little_else) return current;
    current = best;
  }
}

std::string Page::FindHeadline(xmlNode* root) const {
  constexpr int kMinHan = 6;
  std::string headline;
  std::string title;
  Walk(
      root,
      [&](xmlNode* node, int) {
        if (!headline.empty() || node == article_) return false;
        if (Name(node) == "h1") headline = TextOf(node);
        if (Name(node) == "title" && title.empty()) title = TextOf(node);
        return node->type == XML_ELEMENT_NODE && Name(node) != "h1";
      },
      [](xmlNode*) {});
  if (HanCount(headline) >= kMinHan) return headline;
  // "<plan title>_<site name>", "… - 上海市普陀区人民政府", "…|…"
  for (const std::string_view cut : {"_", " - ", "|", "－", " -- "}) {
    const std::size_t at = title.find(cut);
    if (at != std::string::npos) title.resize(at);
  }
  return HanCount(title) >= kMinHan ? title : "";
}

bool Page::IsLayoutTable(const xmlNode* table) const {
  constexpr int kRunningTextHan = 300;
  std::size_t widest = 0;
  bool running_text = false;
  const auto row = [&](const xmlNode* tr) {
    std::size_t cells = 0;
    for (const xmlNode* td = tr->children; td != nullptr; td = td->next) {
      if (Name(td) != "td" && Name(td) != "th") continue;
      ++cells;
      running_text = running_text || Of(td).han > kRunningTextHan;
    }
    widest = std::max(widest, cells);
  };
  for (const xmlNode* child = table->children; child != nullptr; child = child->next) {
    if (Name(child) == "tr") row(child);
    if (Name(child) != "tbody" && Name(child) != "thead" && Name(child) != "tfoot") continue;
    for (const xmlNode* tr = child->children; tr != nullptr; tr = tr->next) {
      if (Name(tr) == "tr") row(tr);
    }
  }
  return widest <= 1 || running_text;
}

}  // namespace plancheck::html
