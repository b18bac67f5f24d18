// The whole check of one plan, as `plancheck check` and `audit` run it: the plan's text through
// Decode and ParseText (or, for input that starts like a zip, the .docx loader), ExtractIndicators,
// Evaluate with the bundled rules, then every renderer (text, json, md, html, sarif, junit,
// github, csv; the audit's index.html, matrix.csv, summary.json and matrix.xlsx, written to a
// temporary file) and the baseline writer. The options (language, --fail-on, --show-passed,
// colour) come from the input's last byte.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "checker/cli/baseline.h"
#include "checker/decode/decoded_text.h"
#include "checker/decode/input_error.h"
#include "checker/formats/docx/loader.h"
#include "checker/report/report.h"
#include "fuzz/fuzz_support.h"
#include "fuzz/mutators.h"

namespace {

// A folder of this process's own for the .xlsx, removed at exit.
const std::string& XlsxPath() {
  static const std::string path = [] {
    std::string dir = (std::filesystem::temp_directory_path() / "plancheck-fuzz-XXXXXX").string();
    if (mkdtemp(dir.data()) == nullptr) {
      std::perror("mkdtemp");
      std::abort();
    }
    static std::string remove_at_exit = dir;
    std::atexit([] {
      std::error_code ec;
      std::filesystem::remove_all(remove_at_exit, ec);
    });
    return dir + "/matrix.xlsx";
  }();
  return path;
}

}  // namespace

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size,
                                               std::size_t max_size, unsigned seed) {
  return plancheck::fuzz::MutatePlanText(data, size, max_size, seed);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace report = plancheck::report;
  std::shared_ptr<plancheck::Document> doc;
  try {
    const std::string bytes = plancheck::fuzz::AsString(data, size);
    if (bytes.starts_with("PK\x03\x04")) {
      doc = std::make_shared<plancheck::Document>(plancheck::ParseDocx("plans/fuzz.docx", bytes));
    } else {
      const plancheck::DecodedText decoded = plancheck::Decode(bytes, "plans/fuzz.txt");
      doc = std::make_shared<plancheck::Document>(
          plancheck::ParseText("plans/fuzz.txt", decoded.utf8, decoded.encoding));
    }
  } catch (const plancheck::InputError& e) {
    plancheck::fuzz::Refused(e);
    return 0;
  }
  report::CheckRun run = plancheck::fuzz::RunOf({plancheck::fuzz::CheckPlan(doc)});
  run.failures.push_back({"plans/broken.docx", "plans/broken.docx: not a zip archive"});

  const std::uint8_t bits = data[size - 1];  // both loaders refuse an empty input
  report::RenderOptions options;
  options.lang = bits & 1 ? report::Lang::kEn : report::Lang::kZh;
  options.fail_on = static_cast<report::FailOn>((bits >> 1) & 3);
  options.show_passed = bits & 8;
  options.colour = bits & 16;
  if (bits & 32) options.index_link = "../index.html";

  (void)report::RenderText(run, options);
  (void)report::RenderJson(run, options);
  (void)report::RenderMarkdown(run, options);
  (void)report::RenderHtml(run, options);
  (void)report::RenderSarif(run, options);
  (void)report::RenderJunit(run, options);
  (void)report::RenderGithub(run, options);
  (void)report::RenderCsv(run, options);
  const report::AuditLayout layout{{"fuzz"}};
  (void)report::RenderIndexHtml(run, layout, options);
  (void)report::RenderMatrixCsv(run, options);
  (void)report::RenderSummaryJson(run, layout, options);
  report::WriteMatrixXlsx(run, options, XlsxPath());
  (void)plancheck::cli::Baseline::Render(run);
  return 0;
}
