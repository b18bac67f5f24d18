#include "checker/cli/inputs.h"

#include <fmt/format.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <map>
#include <set>

#include "checker/cli/usage_error.h"
#include "checker/decode/replace_invalid.h"
#include "checker/formats/format.h"
#include "checker/report/common.h"
#include "checker/report/skipped.h"

namespace plancheck::cli {
namespace fs = std::filesystem;
using report::Lang;
using report::Tr;

namespace {

std::string Display(const fs::path& path) {
  std::string s = path.lexically_normal().generic_string();
  return s.empty() ? "." : s;
}

bool Hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

std::string WhyUnreadable(const std::error_code& ec, Lang lang) {
  if (ec.value() == ELOOP) {
    return Tr(lang, "符号链接循环（链接最终指回自己）：请改正或删除这个链接",
              "the symbolic links loop back on themselves: fix or remove the link");
  }
  if (ec.value() == ENOENT) {
    return Tr(lang, "没有这个文件或文件夹（或链接指向的文件不存在）",
              "no such file or folder (or the link points at nothing)");
  }
  return ec.message();
}

std::string LowerExtension(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

// Why a file found in a folder is not checked, by what its name says it is.
std::string WhyNotAPlan(const std::string& ext, Lang lang) {
  static const std::set<std::string> sheets = {".xls", ".xlsx", ".et", ".ods", ".csv"};
  static const std::set<std::string> images = {".jpg",  ".jpeg", ".png", ".tif",
                                               ".tiff", ".bmp",  ".gif", ".webp"};
  static const std::set<std::string> archives = {".zip", ".rar", ".7z", ".gz", ".tar"};
  static const std::set<std::string> slides = {".ppt", ".pptx", ".dps", ".odp"};
  if (sheets.count(ext)) return Tr(lang, "表格文件，不是规划文件格式", "a spreadsheet, not a plan");
  if (images.count(ext)) {
    return Tr(lang, "图片：扫描件请先做文字识别（OCR）或要来原文档",
              "an image: OCR a scan first, or ask for the original document");
  }
  if (archives.count(ext)) {
    return Tr(lang, "压缩包：请先解压", "an archive: unpack it first");
  }
  if (slides.count(ext)) return Tr(lang, "演示文稿，不是规划文件格式", "slides, not a plan");
  return Tr(lang, "不是 plancheck 能读的文件格式", "not a format plancheck reads");
}

bool Skipped(const fs::path& path, const std::vector<fs::path>& skip) {
  std::error_code ec;
  return std::any_of(skip.begin(), skip.end(),
                     [&](const fs::path& s) { return fs::equivalent(path, s, ec); });
}

void Walk(const fs::path& dir, const std::vector<fs::path>& skip, Lang lang, PlanInputs& found) {
  std::vector<std::string> files;
  const std::size_t first_unreadable = found.unreadable.size();
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec);
  if (ec) {
    found.unreadable.push_back({Display(dir), Display(dir) + ": " + WhyUnreadable(ec, lang)});
    return;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      found.unreadable.push_back({Display(it->path()), Display(it->path()) + ": " + ec.message()});
      break;
    }
    const fs::path& path = it->path();
    std::error_code entry_ec;
    const bool folder = it->is_directory(entry_ec);
    if (Hidden(path) || (folder && Skipped(path, skip))) {
      if (folder) it.disable_recursion_pending();
      continue;
    }
    // Word's lock files (~$plan.docx) are not plans, nor anyone's document.
    if (path.filename().string().rfind("~$", 0) == 0) continue;
    const bool file = it->is_regular_file(entry_ec);
    if (!IsPlanFile(path.string())) {
      if (file) {
        const std::string ext = LowerExtension(path);
        found.skipped.push_back({Display(path),
                                 ext.empty() ? Tr(lang, "无扩展名", "no extension") : ext,
                                 WhyNotAPlan(ext, lang)});
      }
      continue;
    }
    if (entry_ec) {
      found.unreadable.push_back(
          {Display(path), Display(path) + ": " + WhyUnreadable(entry_ec, lang)});
    } else if (file) {
      files.push_back(Display(path));
    }
  }
  std::sort(files.begin(), files.end());
  std::sort(
      found.unreadable.begin() + static_cast<std::ptrdiff_t>(first_unreadable),
      found.unreadable.end(),
      [](const report::InputFailure& a, const report::InputFailure& b) { return a.path < b.path; });
  found.files.insert(found.files.end(), files.begin(), files.end());
}

}  // namespace

bool IsPlanFile(const std::string& path) { return FormatByExtension(path) != nullptr; }

std::string DisplayPath(const std::string& path) {
  const std::string checked = utf8::ReplaceInvalid(path);
  if (checked == path) return path;
  const icu::UnicodeString gb(path.data(), static_cast<int32_t>(path.size()), "GB18030");
  std::string utf8;
  gb.toUTF8String(utf8);
  const bool clean = utf8.find("\xEF\xBF\xBD") == std::string::npos &&
                     utf8.find('\x1A') == std::string::npos && !gb.isBogus();
  return clean ? utf8 : checked;
}

void RequireOneFile(const std::string& path, const std::string& command, Lang lang) {
  std::error_code ec;
  if (!fs::is_directory(path, ec)) return;
  throw UsageError(fmt::format(
      fmt::runtime(
          Tr(lang,
             "{}：是文件夹；{} 一次读一份规划，请给出文件（检查整个文件夹用 plancheck check {}）",
             "{}: is a folder; {} reads one plan, give a file (to check a folder: "
             "plancheck check {})")),
      path, command, path));
}

PlanInputs ExpandInputs(const std::vector<std::string>& arguments, Lang lang,
                        const std::vector<std::string>& skip) {
  PlanInputs found;
  const std::vector<fs::path> skipped(skip.begin(), skip.end());
  for (const std::string& argument : arguments) {
    if (argument == "-") {  // standard input: read when checked
      found.files.push_back(argument);
      continue;
    }
    const fs::path path(argument);
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      if (!ec) ec = std::make_error_code(std::errc::no_such_file_or_directory);
      found.unreadable.push_back({argument, argument + ": " + WhyUnreadable(ec, lang)});
    } else if (fs::is_directory(status)) {
      Walk(path, skipped, lang, found);
    } else {
      found.files.push_back(Display(path));
    }
  }
  // A duplicate (a file named and also found in a folder) is checked once, where it came first.
  std::set<std::string> seen;
  found.files.erase(std::remove_if(found.files.begin(), found.files.end(),
                                   [&](const std::string& f) { return !seen.insert(f).second; }),
                    found.files.end());
  std::sort(
      found.skipped.begin(), found.skipped.end(),
      [](const report::SkippedFile& a, const report::SkippedFile& b) { return a.path < b.path; });
  if (found.files.empty() && found.unreadable.empty()) {
    std::string readable;
    for (const Format& format : Formats()) {
      for (const std::string_view ext : format.extensions) {
        if (!readable.empty()) readable += ' ';
        readable += ext;
      }
    }
    const std::string what = found.skipped.empty() ? Tr(lang, "给出的文件夹里没有文件",
                                                        "the folders given hold no files")
                                                   : report::SkippedSummary(found.skipped, lang);
    throw UsageError(fmt::format(fmt::runtime(Tr(lang, "没有可检查的规划：{}。plancheck 读 {}",
                                                 "nothing to check: {}. plancheck reads {}")),
                                 what, readable));
  }
  return found;
}

}  // namespace plancheck::cli
