// matrix.xlsx that cannot be written: plancheck says so once (the caller names the file); the
// library's own "[ERROR] …" lines do not reach the user's terminal.
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include <gtest/gtest.h>

#include "checker/report/report.h"
#include "report_test_support.h"

namespace plancheck::report {
namespace {

// What `f` writes to file descriptor 2.
std::string StderrOf(const std::function<void()>& f) {
  const std::string path = std::filesystem::temp_directory_path() / "plancheck-stderr.txt";
  const int file = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  const int saved = ::dup(STDERR_FILENO);
  ::dup2(file, STDERR_FILENO);
  f();
  ::dup2(saved, STDERR_FILENO);
  ::close(saved);
  ::close(file);
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  std::filesystem::remove(path);
  return s.str();
}

TEST(ReportXlsx, AnUnwritableWorkbookIsOneErrorAndNoLibraryNoise) {
  std::string what;
  const std::string noise = StderrOf([&] {
    try {
      WriteMatrixXlsx(testing::SampleRun(), RenderOptions{}, "/nonexistent/folder/matrix.xlsx");
    } catch (const std::runtime_error& e) {
      what = e.what();
    }
  });
  EXPECT_FALSE(what.empty());
  EXPECT_EQ(what.find("/nonexistent"), std::string::npos) << what;  // the caller names the file
  EXPECT_EQ(noise, "");
}

}  // namespace
}  // namespace plancheck::report
