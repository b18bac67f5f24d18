#include "checker/document/chinese_numeral.h"

#include <string>

#include <gtest/gtest.h>

namespace plancheck {
namespace {

const char* const kDigits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

// How a plan writes 1…99: 七, 十, 十二, 二十, 三十五.
std::string Written(int n) {
  const int tens = n / 10;
  const int units = n % 10;
  if (tens == 0) return kDigits[units];
  return std::string(tens == 1 ? "" : kDigits[tens]) + "十" + kDigits[units];
}

TEST(ChineseNumeral, OneToNinetyNine) {
  for (int n = 1; n <= 99; ++n) {
    EXPECT_EQ(ParseChineseNumber(Written(n)), n) << Written(n);
  }
}

TEST(ChineseNumeral, ZeroTwoAndHundreds) {
  EXPECT_EQ(ParseChineseNumber("〇"), 0);
  EXPECT_EQ(ParseChineseNumber("零"), 0);
  EXPECT_EQ(ParseChineseNumber("两"), 2);
  EXPECT_EQ(ParseChineseNumber("一十二"), 12);
  EXPECT_EQ(ParseChineseNumber("一百"), 100);
  EXPECT_EQ(ParseChineseNumber("一百零五"), 105);
  EXPECT_EQ(ParseChineseNumber("一百一十"), 110);
  EXPECT_EQ(ParseChineseNumber("一百五"), 150);
  EXPECT_EQ(ParseChineseNumber("两百"), 200);
  EXPECT_EQ(ParseChineseNumber("三千二"), 3200);
  EXPECT_EQ(ParseChineseNumber("一千零一"), 1001);
}

TEST(ChineseNumeral, PositionalYearsWanAndFinancialForms) {
  EXPECT_EQ(ParseChineseNumber("二〇二五"), 2025);
  EXPECT_EQ(ParseChineseNumber("二零二一"), 2021);
  EXPECT_EQ(ParseChineseNumber("十万"), 100000);
  EXPECT_EQ(ParseChineseNumber("一万五"), 15000);
  EXPECT_EQ(ParseChineseNumber("三万零五百"), 30500);
  EXPECT_EQ(ParseChineseNumber("壹拾贰"), 12);
  EXPECT_EQ(ParseChineseNumber("叁佰"), 300);
}

TEST(ChineseNumeral, RejectsWhatIsNotANumeral) {
  EXPECT_EQ(ParseChineseNumber(""), std::nullopt);
  EXPECT_EQ(ParseChineseNumber("十十"), std::nullopt);
  EXPECT_EQ(ParseChineseNumber("一一十"), std::nullopt);
  EXPECT_EQ(ParseChineseNumber("百"), std::nullopt);
  EXPECT_EQ(ParseChineseNumber("十百"), std::nullopt);
  EXPECT_EQ(ParseChineseNumber("一是"), std::nullopt);
  EXPECT_EQ(ParseChineseNumber("12"), std::nullopt);
  EXPECT_EQ(ParseChineseNumber("万"), std::nullopt);
  EXPECT_EQ(ParseChineseNumber("一万万"), std::nullopt);
}

TEST(ChineseNumeral, CircledNumbers) {
  EXPECT_EQ(ParseCircledNumber("①"), 1);
  EXPECT_EQ(ParseCircledNumber("⑨"), 9);
  EXPECT_EQ(ParseCircledNumber("⑳"), 20);
  EXPECT_EQ(ParseCircledNumber("㉑"), 21);
  EXPECT_EQ(ParseCircledNumber("㊿"), 50);
  EXPECT_EQ(ParseCircledNumber("❸"), 3);
  EXPECT_EQ(ParseCircledNumber("①②"), std::nullopt);
  EXPECT_EQ(ParseCircledNumber("1"), std::nullopt);
  EXPECT_EQ(ParseCircledNumber(""), std::nullopt);
}

TEST(ChineseNumeral, ParseNumberTakesEveryHeadingForm) {
  EXPECT_EQ(ParseNumber("12"), 12);
  EXPECT_EQ(ParseNumber("１２"), 12);
  EXPECT_EQ(ParseNumber("十二"), 12);
  EXPECT_EQ(ParseNumber("②"), 2);
  EXPECT_EQ(ParseNumber("1二"), std::nullopt);
  EXPECT_EQ(ParseNumber(""), std::nullopt);
  EXPECT_EQ(ParseNumber("12345678901"), std::nullopt);
}

}  // namespace
}  // namespace plancheck
