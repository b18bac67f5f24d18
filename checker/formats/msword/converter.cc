#include "checker/formats/msword/converter.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <vector>

#include "checker/decode/decoded_text.h"
#include "checker/decode/input_error.h"

extern char** environ;

namespace plancheck::msword {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kInstallHint =
    "用 Word/WPS 另存为 .docx，或安装 LibreOffice（apt-get install libreoffice-writer-nogui）";

std::optional<std::string> FindOnPath(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::string_view dirs = path != nullptr ? path : "/usr/local/bin:/usr/bin:/bin";
  while (!dirs.empty()) {
    const std::size_t colon = dirs.find(':');
    const std::string_view dir = dirs.substr(0, colon);
    const std::string candidate = std::string(dir.empty() ? "." : dir) + "/" + program;
    if (access(candidate.c_str(), X_OK) == 0) return candidate;
    dirs = colon == std::string_view::npos ? "" : dirs.substr(colon + 1);
  }
  return std::nullopt;
}

// A folder of our own (mkdtemp: mode 0700, a fresh name), removed with everything in it however
// the conversion ends.
class TempFolder {
 public:
  explicit TempFolder(const std::string& path) {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern =
        std::string(tmp != nullptr && *tmp ? tmp : "/tmp") + "/plancheck-soffice-XXXXXX";
    if (mkdtemp(pattern.data()) == nullptr) {
      const std::string reason = std::strerror(errno);
      throw InputError(
          path, "无法为 LibreOffice 转换建立临时文件夹（" + reason + "）",
          "cannot make a temporary folder for the LibreOffice conversion (" + reason + ")");
    }
    path_ = pattern;
  }
  ~TempFolder() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

void WriteCopy(const std::string& path, const fs::path& copy, std::string_view bytes) {
  std::ofstream out(copy, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) {
    throw InputError(path, "无法把副本写入临时文件夹 " + copy.parent_path().string(),
                     "cannot write a copy for LibreOffice into " + copy.parent_path().string());
  }
}

// The environment of soffice: ours, with HOME in the temporary folder, so that LibreOffice
// writes nothing into the user's home.
std::vector<std::string> ChildEnvironment(const fs::path& home) {
  std::vector<std::string> env;
  for (char** e = environ; *e != nullptr; ++e) {
    if (!std::string_view(*e).starts_with("HOME=")) env.emplace_back(*e);
  }
  env.push_back("HOME=" + home.string());
  return env;
}

std::vector<char*> Pointers(std::vector<std::string>& strings) {
  std::vector<char*> out;
  for (std::string& s : strings) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

// Starts soffice in a process group of its own (so that a timeout ends it and its children),
// its standard streams on /dev/null. Returns the pid.
pid_t Spawn(const std::string& path, std::vector<std::string> args, const fs::path& home) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attributes, 0);
  std::vector<std::string> env = ChildEnvironment(home);
  const std::vector<char*> argv = Pointers(args);
  const std::vector<char*> envp = Pointers(env);
  pid_t pid = 0;
  const int error =
      posix_spawn(&pid, args[0].c_str(), &actions, &attributes, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  if (error != 0) {
    const std::string reason = std::strerror(error);
    throw InputError(
        path,
        "无法启动 LibreOffice（" + args[0] + "：" + reason + "）；" + std::string(kInstallHint),
        "cannot start LibreOffice (" + args[0] + ": " + reason +
            "); save the file as .docx in Word/WPS, or install LibreOffice "
            "(apt-get install libreoffice-writer-nogui)");
  }
  return pid;
}

enum class Outcome { kExited, kTimedOut, kInterrupted };

// Waits for `pid` up to `timeout`; a signal to plancheck (Ctrl-C: soffice, in its own group, did
// not get it) ends the wait too. On timeout or interruption the whole group is killed. Either
// way the group is reaped before returning, so nothing writes into the folder afterwards.
Outcome Wait(pid_t pid, std::chrono::seconds timeout, int& status) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  Outcome outcome = Outcome::kExited;
  for (;;) {
    const pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid || (done < 0 && errno != EINTR)) break;
    if (std::chrono::steady_clock::now() >= deadline) {
      outcome = Outcome::kTimedOut;
      break;
    }
    const timespec pause{0, 50'000'000};
    if (nanosleep(&pause, nullptr) != 0 && errno == EINTR) {
      outcome = Outcome::kInterrupted;
      break;
    }
  }
  kill(-pid, SIGKILL);  // the group: soffice's own children (soffice.bin) too
  if (outcome != Outcome::kExited) {
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
  }
  return outcome;
}

std::chrono::seconds TimeoutFromEnvironment() {
  const char* text = std::getenv("PLANCHECK_SOFFICE_TIMEOUT");
  int seconds = 0;
  if (text != nullptr) {
    const std::string_view value(text);
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
    if (ec == std::errc() && end == value.data() + value.size() && seconds > 0) {
      return std::chrono::seconds(seconds);
    }
  }
  return std::chrono::seconds(120);
}

void ThrowFailure(const std::string& path, Outcome outcome, int status,
                  std::chrono::seconds timeout) {
  if (outcome == Outcome::kTimedOut) {
    const std::string s = std::to_string(timeout.count());
    throw InputError(
        path,
        "LibreOffice 在 " + s + " 秒内未能把它转换为 .docx，已终止；请用 Word/WPS 另存为 .docx",
        "LibreOffice did not convert it to .docx within " + s +
            " s and was stopped; save it as .docx in Word/WPS");
  }
  if (outcome == Outcome::kInterrupted) {
    throw InputError(path, "LibreOffice 转换被中断", "the LibreOffice conversion was interrupted");
  }
  const std::string how = WIFEXITED(status) ? "exit status " + std::to_string(WEXITSTATUS(status))
                          : WIFSIGNALED(status) ? "signal " + std::to_string(WTERMSIG(status))
                                                : "no output";
  throw InputError(
      path,
      "LibreOffice 无法把它转换为 .docx（" + how +
          "）：这个 Word 97-2003/WPS 文件（OLE2 复合文件）已损坏、加了密码或并非 Word/WPS "
          "文档；请用 Word/WPS 另存为 .docx",
      "LibreOffice could not convert it to .docx (" + how +
          "): this Word 97-2003/WPS file (an OLE2 compound file) is damaged, "
          "password-protected or not a Word/WPS document; save it as .docx in Word/WPS");
}

}  // namespace

Converter Converter::FromEnvironment() {
  Converter converter;
  converter.timeout = TimeoutFromEnvironment();
  const char* program = std::getenv("PLANCHECK_SOFFICE");
  if (program != nullptr && *program) {
    if (access(program, X_OK) == 0) converter.soffice = program;
  } else {
    converter.soffice = FindOnPath("soffice");
  }
  return converter;
}

std::string ConvertToDocx(const Converter& converter, const std::string& path,
                          std::string_view bytes, std::string_view extension) {
  if (!converter.soffice) {
    throw InputError(path,
                     "读取 " + std::string(extension) + " 需要 LibreOffice，但未找到 soffice：" +
                         std::string(kInstallHint),
                     "reading a " + std::string(extension) +
                         " needs LibreOffice, and soffice was not found: save it as .docx in "
                         "Word/WPS, or install LibreOffice (apt-get install "
                         "libreoffice-writer-nogui)");
  }
  const TempFolder folder(path);
  // A copy under a plain name: the original is never opened by LibreOffice (no lock files beside
  // it), and a name with spaces or Chinese needs no quoting anywhere.
  const fs::path copy = folder.path() / ("plan" + std::string(extension));
  WriteCopy(path, copy, bytes);
  const fs::path out = folder.path() / "out";
  const pid_t pid = Spawn(
      path,
      {*converter.soffice, "-env:UserInstallation=file://" + (folder.path() / "profile").string(),
       "--headless", "--norestore", "--nologo", "--nodefault",
       // A WPS Writer .wps is a Word 97 file too. Without the filter named,
       // LibreOffice imports a damaged file as plain text instead of failing.
       "--infilter=MS Word 97", "--convert-to", "docx", "--outdir", out.string(), copy.string()},
      folder.path());
  int status = 0;
  const Outcome outcome = Wait(pid, converter.timeout, status);
  const fs::path docx = out / "plan.docx";
  std::error_code error;
  const bool made = outcome == Outcome::kExited && WIFEXITED(status) && WEXITSTATUS(status) == 0 &&
                    fs::file_size(docx, error) > 0 && !error;
  if (!made) ThrowFailure(path, outcome, status, converter.timeout);
  try {
    return ReadFileBytes(docx, kMaxPackageBytes);
  } catch (const InputError&) {  // the message would name the temporary file, not the plan
    throw InputError(path, "LibreOffice 转换出的 .docx 无法读取（超过 256 MiB？）",
                     "the .docx LibreOffice made of it cannot be read (larger than 256 MiB?)");
  }
}

}  // namespace plancheck::msword
