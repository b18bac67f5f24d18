// The limits a plan file meets before it is parsed: its type is checked before it is read, and it
// is read only up to the largest size a plan may have (README: Limits).
#include <cstdio>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "checker/decode/decoded_text.h"
#include "checker/decode/input_error.h"
#include "checker/document/document.h"
#include "checker/formats/format.h"

namespace plancheck {
namespace {

namespace fs = std::filesystem;

std::string ErrorOf(const std::string& path) {
  try {
    LoadDocument(path);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

TEST(RobustLimits, AnEndlessFileNamedAsAPlanIsRefusedAtTheSizeLimit) {
  const fs::path link = fs::temp_directory_path() / "plancheck-endless.txt";
  fs::remove(link);
  fs::create_symlink("/dev/zero", link);
  const std::string message = ErrorOf(link.string());
  fs::remove(link);
  EXPECT_NE(message.find("larger than the 64 MiB a plan may be"), std::string::npos) << message;
}

TEST(RobustLimits, AFileOfAnotherTypeIsNotReadAtAll) {
  // /dev/zero never ends: refusing it by name proves nothing was read.
  EXPECT_NE(ErrorOf("/dev/zero").find("unknown file type"), std::string::npos);
}

TEST(RobustLimits, TheLimitIsExactToTheByte) {
  const fs::path file = fs::temp_directory_path() / "plancheck-limit.bin";
  {
    std::FILE* f = std::fopen(file.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    const std::string kb(1024, 'a');
    for (int i = 0; i < 2; ++i) std::fwrite(kb.data(), 1, kb.size(), f);
    std::fclose(f);
  }
  EXPECT_EQ(ReadFileBytes(file, 2048).size(), 2048u);
  EXPECT_THROW(ReadFileBytes(file, 2047), InputError);
  fs::remove(file);
}

}  // namespace
}  // namespace plancheck
