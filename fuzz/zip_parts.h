#pragma once
// The zip packages (.odt, .ofd) as their parts, for the targets' seeds and their mutator: a changed
// byte inside a part fails the part's CRC, so random bytes never reach the XML parsers. The
// mutator (MutateOnePart) mutates one part's bytes and writes the zip again with correct CRCs,
// stored, so the input stays a file of its format that `plancheck check` could be given.
#include <zip.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

namespace plancheck::fuzz {

using ZipParts = std::vector<std::pair<std::string, std::string>>;  // name, uncompressed bytes

// The parts of a zip, in its order; nullopt when the bytes are no zip libzip reads or a part
// declares more than `max_part` bytes (a bomb is the loader's to refuse, not the mutator's).
inline std::optional<ZipParts> ReadZipParts(std::string_view bytes,
                                            std::uint64_t max_part = 1 << 20) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  zip_error_fini(&error);
  if (archive == nullptr) {
    if (source != nullptr) zip_source_free(source);
    return std::nullopt;
  }
  ZipParts parts;
  bool ok = true;
  const zip_int64_t count = zip_get_num_entries(archive, 0);
  for (zip_int64_t i = 0; ok && i < count && i < 1000; ++i) {
    const auto index = static_cast<zip_uint64_t>(i);
    zip_stat_t stat;
    zip_stat_init(&stat);
    ok = zip_stat_index(archive, index, 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) &&
         (stat.valid & ZIP_STAT_NAME) && stat.size <= max_part;
    zip_file_t* file = ok ? zip_fopen_index(archive, index, 0) : nullptr;
    if (file == nullptr) break;
    std::string data(static_cast<std::size_t>(stat.size), '\0');
    ok = zip_fread(file, data.data(), data.size()) == static_cast<zip_int64_t>(data.size());
    zip_fclose(file);
    if (ok) parts.emplace_back(stat.name, std::move(data));
  }
  zip_discard(archive);
  if (!ok) return std::nullopt;
  return parts;
}

// A zip of `parts`, stored (no compression: inflating is not what these targets are for, and the
// mutator's next change lands in the XML itself).
inline std::string StoredZip(const ZipParts& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) {
    std::fprintf(stderr, "libzip cannot write to memory\n");
    std::abort();
  }
  for (const auto& [name, data] : parts) {
    zip_source_t* source = zip_source_buffer(archive, data.data(), data.size(), 0);
    const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index >= 0) {
      zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
    } else {
      zip_source_free(source);  // a duplicate name: libzip refuses it; the zip keeps the first
    }
  }
  if (zip_close(archive) != 0) {
    std::fprintf(stderr, "libzip cannot close the archive\n");
    std::abort();
  }
  std::string out;
  zip_source_open(buffer);
  zip_source_seek(buffer, 0, SEEK_END);
  out.resize(static_cast<std::size_t>(zip_source_tell(buffer)));
  zip_source_seek(buffer, 0, SEEK_SET);
  zip_source_read(buffer, out.data(), out.size());
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return out;
}

// LLVMFuzzerCustomMutator for a zip package: three times in four, one part's bytes mutated by
// libFuzzer and the zip written again; else (or when the input is no zip, or the new zip would
// not fit) the bytes themselves, so the container code is fuzzed too.
inline std::size_t MutateOnePart(std::uint8_t* data, std::size_t size, std::size_t max_size,
                                 unsigned seed) {
  std::minstd_rand random(seed);
  std::optional<ZipParts> parts;
  if (random() % 4 != 0) {
    parts = ReadZipParts(std::string_view(reinterpret_cast<const char*>(data), size));
  }
  if (!parts || parts->empty()) return LLVMFuzzerMutate(data, size, max_size);
  std::string& part = (*parts)[random() % parts->size()].second;
  const std::size_t room = max_size > size ? max_size - size : 0;
  const std::size_t used = part.size();
  part.resize(used + room + 1);  // +1: LLVMFuzzerMutate needs a buffer even for an empty part
  part.resize(LLVMFuzzerMutate(reinterpret_cast<std::uint8_t*>(part.data()), used,
                               std::max<std::size_t>(used + room, 1)));
  const std::string zip = StoredZip(*parts);
  if (zip.size() > max_size) return LLVMFuzzerMutate(data, size, max_size);
  std::memcpy(data, zip.data(), zip.size());
  return zip.size();
}

}  // namespace plancheck::fuzz
