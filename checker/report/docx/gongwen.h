#pragma once
// 公文 form (GB/T 9704-2012) for the .docx plancheck writes: the page, the fonts and sizes of
// the title, the headings and the body, and the heading numbers written as text (一、（一）1.
// （1）) so that Word, WPS and LibreOffice show the same numbers and copying keeps them.
#include <string>
#include <vector>

#include "checker/report/docx/package.h"
#include "checker/report/docx/parts.h"
#include "checker/report/docx/styles.h"
#include "checker/report/docx/wordml.h"

namespace plancheck::report::docx {

// Style ids of the 公文 style sheet.
namespace gongwen {
inline constexpr char kTitle[] = "GongwenTitle";        // 方正小标宋简体 二号, centred
inline constexpr char kHeading1[] = "GongwenHeading1";  // 黑体 三号
inline constexpr char kHeading2[] = "GongwenHeading2";  // 楷体_GB2312 三号
inline constexpr char kBody[] = "";                     // Normal: 仿宋_GB2312 三号, indented 2
inline constexpr char kPlain[] = "GongwenPlain";        // the body without the indent
inline constexpr char kFingerprint[] = "GongwenFingerprint";  // a checksum line, 五号, left
inline constexpr char kSigned[] = "GongwenDate";              // the date, right, 4 characters in
inline constexpr char kAnnex[] = "GongwenAnnex";              // 附表 label: 黑体, left
inline constexpr char kTableTitle[] = "GongwenTableTitle";
inline constexpr char kTableHead[] = "GongwenTableHead";
inline constexpr char kTableText[] = "GongwenTableText";
inline constexpr char kFooter[] = "GongwenFooter";
inline constexpr char kHeiti[] = "黑体";  // for a 黑体 lead-in inside a body paragraph
}  // namespace gongwen

// The page (A4; margins 37/35/28/26 mm; 22 lines of 28.95 pt).
PageSetup GongwenPage();
// The usable width of the page, in twips (the width of a full-width table).
int GongwenTextWidth();

// 一、二、… 九十九、 and on: the number in Chinese (1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五).
std::string ChineseNumber(int n);
// The heading number of level 1 to 4: 一、 （一） 1. （1）.
std::string HeadingNumber(int level, int n);

// Adds styles.xml, fontTable.xml, settings.xml and the page-number footer to `package`, and their
// relationships to `rels` (word/_rels/document.xml.rels). Returns the footer's r:id.
std::string AddGongwenParts(Package& package, Relationships& rels);

}  // namespace plancheck::report::docx
