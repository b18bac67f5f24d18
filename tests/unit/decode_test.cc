#include <gtest/gtest.h>

#include "checker/decode/decoded_text.h"
#include "checker/decode/input_error.h"
#include "checker/decode/utf8.h"
#include "test_paths.h"

namespace plancheck {
namespace {

using testing::SourcePath;

std::string Fixture(const std::string& name) {
  return ReadFileBytes(SourcePath("tests/fixtures/decode/" + name));
}

// The error message for `bytes`, or "" when it decodes.
std::string DecodeError(std::string_view bytes) {
  try {
    Decode(bytes, "plan.txt");
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

TEST(Decode, Utf8WithAndWithoutBom) {
  EXPECT_EQ(Decode("一、总体要求\n", "a.txt").utf8, "一、总体要求\n");
  const DecodedText bom = Decode("\xEF\xBB\xBF一、总体要求\n", "a.txt");
  EXPECT_EQ(bom.utf8, "一、总体要求\n");
  EXPECT_EQ(bom.encoding, "UTF-8 with BOM");
}

TEST(Decode, CrlfAndLoneCrKeepLineNumbers) {
  EXPECT_EQ(Decode("甲\r\n乙\r丙\n", "a.txt").utf8, "甲\n乙\n丙\n");
  EXPECT_EQ(Decode("甲\r\n\r\n乙", "a.txt").utf8, "甲\n\n乙");
}

TEST(Decode, Gb18030Fixture) {
  const DecodedText text = Decode(Fixture("plan-gb18030.txt"), "plan-gb18030.txt");
  EXPECT_EQ(text.encoding, "GB18030");
  EXPECT_NE(text.utf8.find("一、总体要求"), std::string::npos);
}

TEST(Decode, Utf16Fixtures) {
  const DecodedText le = Decode(Fixture("plan-utf16le.txt"), "plan-utf16le.txt");
  EXPECT_EQ(le.encoding, "UTF-16LE");
  const DecodedText be = Decode(Fixture("plan-utf16be.txt"), "plan-utf16be.txt");
  EXPECT_EQ(be.encoding, "UTF-16BE");
  EXPECT_EQ(le.utf8, be.utf8);
  EXPECT_NE(le.utf8.find("一、总体要求"), std::string::npos);
}

TEST(Decode, SameTextFromEveryEncoding) {
  const std::string utf8 = Decode(Fixture("plan-utf8.txt"), "u").utf8;
  EXPECT_EQ(Decode(Fixture("plan-gb18030.txt"), "g").utf8, utf8);
  EXPECT_EQ(Decode(Fixture("plan-bom-crlf.txt"), "b").utf8, utf8);
  EXPECT_EQ(Decode(Fixture("plan-utf16le.txt"), "l").utf8, utf8);
}

TEST(Decode, NulBytesNameTheOffset) {
  const std::string message = DecodeError(std::string("abc\0def", 7));
  EXPECT_NE(message.find("plan.txt"), std::string::npos);
  EXPECT_NE(message.find("byte 3"), std::string::npos);
  EXPECT_NE(DecodeError(Fixture("binary.bin")).find("NUL"), std::string::npos);
}

TEST(Decode, InvalidUtf8InTheMiddleFallsBackThenFails) {
  // Bytes that are neither UTF-8 nor GB18030: 0xFF is never valid in either.
  const std::string message = DecodeError(Fixture("invalid-middle.txt"));
  EXPECT_NE(message.find("byte"), std::string::npos) << message;
  EXPECT_NE(message.find("UTF-8"), std::string::npos) << message;
}

TEST(Decode, InvalidAfterUtf8BomIsAnError) {
  EXPECT_NE(DecodeError("\xEF\xBB\xBF一\xFF二").find("byte 6"), std::string::npos);
}

TEST(Decode, EmptyAndBlankDocuments) {
  EXPECT_NE(DecodeError("").find("empty document"), std::string::npos);
  EXPECT_NE(DecodeError(" \n\t\r\n\xE3\x80\x80\n").find("empty document"), std::string::npos);
  EXPECT_NE(DecodeError("\xEF\xBB\xBF").find("empty document"), std::string::npos);
}

TEST(Decode, MissingFileIsAnInputError) {
  EXPECT_THROW(ReadFileBytes(SourcePath("tests/fixtures/no-such-file.txt")), InputError);
  EXPECT_THROW(ReadFileBytes(SourcePath("tests/fixtures")), InputError);
}

TEST(Utf8, CodePointsAndOffsets) {
  const std::string s = "（一）ab";
  EXPECT_EQ(utf8::CodePoints(s), 5u);
  EXPECT_EQ(utf8::CodePoints(s, 6), 2u);
  EXPECT_EQ(utf8::ByteOffset(s, 3), 9u);
  std::size_t pos = 0;
  EXPECT_EQ(utf8::Next(s, pos), U'（');
  EXPECT_EQ(pos, 3u);
  EXPECT_TRUE(utf8::IsHan(U'一'));
  EXPECT_FALSE(utf8::IsHan(U'（'));
  EXPECT_EQ(utf8::Trim("\xE3\x80\x80 甲 \t"), "甲");
}

}  // namespace
}  // namespace plancheck

namespace plancheck {
namespace {

// A file error reads in the user's language: the command line shows Message(zh) for --lang zh.
TEST(Decode, ErrorsSayWhatToDoInChineseAndEnglish) {
  try {
    Decode(std::string("\xEF\xBB\xBF abc \xFF", 9), "plan.txt");
    ADD_FAILURE();
  } catch (const InputError& e) {
    EXPECT_EQ(e.Message(true),
              "plan.txt：第 8 字节不是有效的 UTF-8（文件以 UTF-8 BOM 开头）；请另存为 UTF-8");
    EXPECT_EQ(e.Message(false), std::string(e.what()));
    EXPECT_EQ(std::string(e.what()).rfind("plan.txt: invalid UTF-8 at byte 8", 0), 0u) << e.what();
  }
  try {
    Decode("  \n\t", "blank.txt");
    ADD_FAILURE();
  } catch (const InputError& e) {
    EXPECT_EQ(e.Message(true), "blank.txt：空文档：没有可检查的文字");
  }
}

}  // namespace
}  // namespace plancheck
