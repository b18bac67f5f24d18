#include "checker/report/docx/gongwen.h"

#include "checker/report/docx/parts.h"

namespace plancheck::report::docx {
namespace {

constexpr double kLine = 28.95;  // 22 lines in the 225 mm of an A4 公文 page
constexpr char kFangsong[] = "仿宋_GB2312";

ParagraphStyle Normal() {
  ParagraphStyle s;
  s.id = "Normal";
  s.name = "Normal";
  s.east_asia_font = kFangsong;
  s.points = 16;
  s.first_line_chars = 2;
  s.line_points = kLine;
  return s;
}

ParagraphStyle Derived(const char* id, const char* font, double points, const char* align) {
  ParagraphStyle s = Normal();
  s.id = id;
  s.name = id;
  s.east_asia_font = font;
  s.points = points;
  s.align = align;
  s.first_line_chars = 0;
  return s;
}

std::vector<ParagraphStyle> Styles() {
  ParagraphStyle title = Derived(gongwen::kTitle, "方正小标宋简体", 22, "center");
  title.line_points = 36;  // 二号 glyphs need more than the body's 28.95 pt
  title.snap_to_grid = false;
  title.before_points = 0;
  title.after_points = kLine;
  ParagraphStyle h1 = Derived(gongwen::kHeading1, "黑体", 16, "both");
  h1.first_line_chars = 2;
  h1.keep_next = true;
  h1.outline_level = 0;
  ParagraphStyle h2 = Derived(gongwen::kHeading2, "楷体_GB2312", 16, "both");
  h2.first_line_chars = 2;
  h2.keep_next = true;
  h2.outline_level = 1;
  ParagraphStyle plain = Derived(gongwen::kPlain, kFangsong, 16, "both");
  // 64 digits on one line: 10 pt, indented as far as the body's two characters.
  ParagraphStyle fingerprint = Derived(gongwen::kFingerprint, kFangsong, 10, "left");
  fingerprint.first_line_chars = 3;
  ParagraphStyle date = Derived(gongwen::kSigned, kFangsong, 16, "right");
  date.before_points = kLine;
  ParagraphStyle annex = Derived(gongwen::kAnnex, "黑体", 16, "left");
  ParagraphStyle table_title = Derived(gongwen::kTableTitle, "方正小标宋简体", 18, "center");
  table_title.line_points = 0;
  table_title.snap_to_grid = false;
  table_title.before_points = 12;
  table_title.after_points = 12;
  ParagraphStyle head = Derived(gongwen::kTableHead, "黑体", 12, "center");
  head.line_points = 0;
  head.snap_to_grid = false;
  ParagraphStyle cell = Derived(gongwen::kTableText, kFangsong, 12, "left");
  cell.line_points = 0;
  cell.snap_to_grid = false;
  ParagraphStyle footer = Derived(gongwen::kFooter, "宋体", 14, "center");
  footer.line_points = 0;
  footer.snap_to_grid = false;
  return {title, h1, h2, plain, fingerprint, date, annex, table_title, head, cell, footer};
}

// Where a 公文 font is missing: the font Windows and WPS ship under a plainer name.
std::vector<FontFace> Fonts() {
  return {{"仿宋_GB2312", "仿宋", "modern", "86"},   {"仿宋", "FangSong", "modern", "86"},
          {"方正小标宋简体", "宋体", "roman", "86"}, {"宋体", "SimSun", "roman", "86"},
          {"黑体", "SimHei", "modern", "86"},        {"楷体_GB2312", "楷体", "script", "86"},
          {"楷体", "KaiTi", "script", "86"}};
}

const char* const kDigits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

}  // namespace

PageSetup GongwenPage() {
  PageSetup page;
  page.line_pitch_twips = static_cast<int>(kLine * 20 + 0.5);
  return page;
}

int GongwenTextWidth() {
  const PageSetup page = GongwenPage();
  return Twips(page.width_mm - page.left_mm - page.right_mm);
}

std::string ChineseNumber(int n) {
  if (n <= 0) return std::to_string(n);
  if (n >= 10000) return std::to_string(n);  // no plan has ten thousand items of one kind
  static const char* const kUnits[] = {"千", "百", "十", ""};
  const int digits[] = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
  std::string out;
  bool zero_pending = false;
  for (int i = 0; i < 4; ++i) {
    if (digits[i] == 0) {
      zero_pending = !out.empty();
      continue;
    }
    if (zero_pending) out += kDigits[0];
    zero_pending = false;
    // 十 alone for 10–19 (十一), 一十 inside a larger number (一百一十).
    if (!(i == 2 && digits[i] == 1 && out.empty())) out += kDigits[digits[i]];
    out += kUnits[i];
  }
  return out;
}

std::string HeadingNumber(int level, int n) {
  switch (level) {
    case 1:
      return ChineseNumber(n) + "、";
    case 2:
      return "（" + ChineseNumber(n) + "）";
    case 3:
      return std::to_string(n) + ".";
    default:
      return "（" + std::to_string(n) + "）";
  }
}

std::string AddGongwenParts(Package& package, Relationships& rels) {
  package.Put("word/styles.xml", content_type::kStyles, StylesPart(Normal(), Styles()));
  package.Put("word/settings.xml", content_type::kSettings, SettingsPart());
  package.Put("word/fontTable.xml", content_type::kFontTable, FontTablePart(Fonts()));
  package.Put("word/footer1.xml", content_type::kFooter, PageNumberFooter(gongwen::kFooter));
  rels.Add(relationship_type::kStyles, "styles.xml");
  rels.Add(relationship_type::kSettings, "settings.xml");
  rels.Add(relationship_type::kFontTable, "fontTable.xml");
  return rels.Add(relationship_type::kFooter, "footer1.xml");
}

}  // namespace plancheck::report::docx
