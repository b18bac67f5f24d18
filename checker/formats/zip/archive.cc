#include "checker/formats/zip/archive.h"

#include <zip.h>

#include <vector>

#include "checker/decode/input_error.h"

namespace plancheck {
namespace {

// "64 MiB" for whole mebibytes, else the exact bytes: a rounded limit would misquote it.
std::string Size(std::uint64_t bytes) {
  if (bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  return std::to_string(bytes) + " bytes";
}

std::string Str(std::string_view s) { return std::string(s); }

// Closes a zip_file_t on every path out of ReadEntry.
struct OpenEntry {
  zip_file_t* file;
  ~OpenEntry() {
    if (file != nullptr) zip_fclose(file);
  }
};

}  // namespace

ZipArchive::ZipArchive(const std::string& path, std::string_view bytes, const ZipLimits& limits,
                       const PackageKind& kind)
    : path_(path), limits_(limits), kind_(kind) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source != nullptr) archive_ = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (archive_ == nullptr) {
    const std::string reason = zip_error_strerror(&error);
    zip_error_fini(&error);
    if (source != nullptr) zip_source_free(source);
    throw InputError(path,
                     Str(kind.extension) + " 的 zip 容器被截断或已损坏（" + reason +
                         "）；请重新索取文件，或在 " + Str(kind.resaver) + " 中重新保存",
                     "the " + Str(kind.extension) + " zip container is truncated or damaged (" +
                         reason + "); ask for the file again or re-save it in " +
                         Str(kind.resaver));
  }
  zip_error_fini(&error);
  const zip_int64_t entries = zip_get_num_entries(archive_, 0);
  if (entries > limits_.max_entries) {
    zip_discard(archive_);
    const std::string n = std::to_string(entries);
    const std::string limit = std::to_string(limits_.max_entries);
    throw InputError(path,
                     Str(kind.extension) + " 的 zip 有 " + n + " 个条目（上限 " + limit +
                         "），按 zip 炸弹拒绝读取；一份规划只有几十个",
                     "the " + Str(kind.extension) + " zip holds " + n + " entries (limit " + limit +
                         "); refused as a zip bomb — a plan has a few dozen");
  }
}

ZipArchive::~ZipArchive() {
  if (archive_ != nullptr) zip_discard(archive_);
}

std::vector<std::string> ZipArchive::Names() const {
  std::vector<std::string> names;
  const zip_int64_t entries = zip_get_num_entries(archive_, 0);
  for (zip_int64_t i = 0; i < entries; ++i) {
    const char* name = zip_get_name(archive_, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS);
    if (name != nullptr && *name != '\0' && !std::string_view(name).ends_with('/'))
      names.emplace_back(name);
  }
  return names;
}

bool ZipArchive::Has(const std::string& part) const {
  return zip_name_locate(archive_, part.c_str(), ZIP_FL_NOCASE) >= 0;
}

std::optional<std::string> ZipArchive::Read(const std::string& part) {
  const zip_int64_t index = zip_name_locate(archive_, part.c_str(), ZIP_FL_NOCASE);
  if (index < 0) return std::nullopt;
  return ReadEntry(index, part);
}

std::uint64_t ZipArchive::DeclaredSize(std::int64_t index, const std::string& part) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
    const std::string reason = zip_strerror(archive_);
    throw InputError(path_, "部件 " + part + " 无法读取（" + reason + "）",
                     "part " + part + " cannot be read (" + reason + ")");
  }
  const std::uint64_t declared = (stat.valid & ZIP_STAT_SIZE) ? stat.size : limits_.max_part_bytes;
  const std::string bytes = std::to_string(declared);
  if (declared > limits_.max_part_bytes) {
    const std::string limit = Size(limits_.max_part_bytes);
    throw InputError(path_,
                     "部件 " + part + " 声明解压后 " + bytes + " 字节（每个部件上限 " + limit +
                         "），按 zip 炸弹拒绝读取",
                     "part " + part + " declares " + bytes + " bytes uncompressed (limit " + limit +
                         " a part); refused as a zip bomb");
  }
  if (total_read_ + declared > limits_.max_total_bytes) {
    const std::string sum = std::to_string(total_read_ + declared);
    const std::string limit = Size(limits_.max_total_bytes);
    throw InputError(path_,
                     "部件 " + part + " 声明解压后 " + bytes + " 字节，读入的部件将达 " + sum +
                         " 字节（合计上限 " + limit + "），按 zip 炸弹拒绝读取",
                     "part " + part + " declares " + bytes +
                         " bytes uncompressed, which would bring the parts read to " + sum +
                         " bytes (limit " + limit + " in all); refused as a zip bomb");
  }
  return declared;
}

std::string ZipArchive::ReadEntry(std::int64_t index, const std::string& part) {
  const std::uint64_t declared = DeclaredSize(index, part);
  const OpenEntry entry{zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0)};
  if (entry.file == nullptr) {
    const std::string reason = zip_strerror(archive_);
    throw InputError(
        path_,
        "部件 " + part + " 无法打开（" + reason + "）；" + Str(kind_.extension) + " 已损坏或已加密",
        "part " + part + " cannot be opened (" + reason + "); the " + Str(kind_.extension) +
            " is damaged or encrypted");
  }
  std::string out;
  out.reserve(static_cast<std::size_t>(declared));
  std::vector<char> buffer(1 << 16);
  for (;;) {
    const zip_int64_t n = zip_fread(entry.file, buffer.data(), buffer.size());
    if (n < 0) {
      const std::string reason = zip_file_strerror(entry.file);
      throw InputError(path_, "部件 " + part + " 已损坏（" + reason + "）",
                       "part " + part + " is damaged (" + reason + ")");
    }
    if (n == 0) break;
    out.append(buffer.data(), static_cast<std::size_t>(n));
    // The declared size may lie: never inflate more than it promised.
    if (out.size() > declared) {
      const std::string bytes = std::to_string(declared);
      throw InputError(
          path_, "部件 " + part + " 解压后超过其声明的 " + bytes + " 字节，按 zip 炸弹拒绝读取",
          "part " + part + " inflates past its declared " + bytes +
              " bytes; refused as a zip bomb");
    }
  }
  total_read_ += out.size();
  return out;
}

}  // namespace plancheck
