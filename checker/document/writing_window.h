#pragma once
// The plan's writing window (metadata `written`): most plans print no 成文日期, but what they cite
// dates them. The latest dated thing the text cites or refers to — an event or document of the
// table rules/events/dated-events.tsv (党的二十大 2022-10, 《法律援助法》 2021-08-20 …), a cited
// 文号's year (长府办发〔2022〕10号: 2022), a date written in running text — is the earliest the
// plan can have been written (`after`).
//
// The latest (`before`), in this order of authority:
//   1. the 成文日期 (printed, or given with --date or the config's `date:`): certain; a citation
//      dated later than it is dropped (it can only be a mention of the future the text does not
//      mark as one);
//   2. otherwise the tightest of these that does not contradict `after`:
//      - an event the text still looks forward to (迎接党的二十大, 即将召开, 推动《…》出台): the
//        plan predates it;
//      - the guidance formula's list of plenums
//      (全面贯彻党的十九大和十九届二中、三中、四中全会精神):
//        such a formula names every plenum held so far, so the plan predates the next one in the
//        table (十九届五中全会, 2020-10); 历次全会 bounds it by the next congress;
//      - the plan's own 发文字号's year (it was issued that year);
//      - the year its period starts (a plan is written by the end of the year its period begins:
//        plausible, not certain, so it gives way to any citation that is later).
// A mention of the future is never evidence of `after`: 迎接/喜迎/即将/将于/筹备/编制/谋划 before
// it, or 召开前/前夕 or an 出台/立法 still to come after it, in the same clause.
#include <string>
#include <string_view>

#include "checker/document/document.h"

namespace plancheck {

// The window of `doc` given the rest of its metadata (date, period, 发文字号). ReadMetadata sets
// metadata.written with it; call it again after overriding the date or the period.
Written ReadWrittenWindow(const Document& doc, const Metadata& metadata);

// A date of YYYY, YYYY-MM or YYYY-MM-DD, widened to the first (`end`=false) or the last day of
// the period it names: "2022-10" -> "2022-10-01" / "2022-10-31". "" when malformed.
std::string WidenDate(std::string_view date, bool end);

// For people: 2022年10月16日, 2022年10月, 2022年 (zh); the date as given (en).
std::string DateWords(std::string_view date, bool zh);

// How reports say a window:
// "不早于2022年10月（第14行引用党的二十大）；不晚于2023年（规划期始于2023年）", "not before 2022-10
// (line 14 cites the 20th CPC National Congress); not after 2023 (the period starts in 2023)"; ""
// when nothing is known. `paragraphs`: places are paragraphs (段, a .docx), not lines.
std::string WrittenWords(const Written& written, bool zh, bool paragraphs = false);

}  // namespace plancheck
