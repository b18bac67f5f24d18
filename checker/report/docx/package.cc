#include "checker/report/docx/package.h"

#include <memory>
#include <stdexcept>

#include <zip.h>

namespace plancheck::report::docx {
namespace {

// DOS date and time of every entry: 1980-01-01 00:00, the earliest a zip can say.
constexpr zip_uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;
constexpr zip_uint16_t kDosTime = 0;

struct StringWriter final : pugi::xml_writer {
  std::string out;
  void write(const void* data, std::size_t size) override {
    out.append(static_cast<const char*>(data), size);
  }
};

std::runtime_error ZipError(zip_error_t* error, const char* what) {
  return std::runtime_error(std::string(what) + ": " + zip_error_strerror(error));
}

// Adds one entry, its bytes copied by libzip's buffer source only when the archive closes, so
// `bytes` must outlive zip_close.
void AddEntry(zip_t* archive, const std::string& name, const std::string& bytes) {
  zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
  if (source == nullptr) throw ZipError(zip_get_error(archive), "zip entry");
  const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
  if (index < 0) {
    zip_source_free(source);
    throw ZipError(zip_get_error(archive), "zip entry");
  }
  const auto i = static_cast<zip_uint64_t>(index);
  if (zip_file_set_dostime(archive, i, kDosTime, kDosDate, 0) != 0 ||
      zip_set_file_compression(archive, i, ZIP_CM_DEFLATE, 9) != 0) {
    throw ZipError(zip_get_error(archive), "zip entry");
  }
}

// The bytes an in-memory zip source holds after its archive was closed.
std::string ReadSource(zip_source_t* source) {
  zip_stat_t stat;
  if (zip_source_stat(source, &stat) != 0 || zip_source_open(source) != 0) {
    throw ZipError(zip_source_error(source), "zip");
  }
  std::string bytes(static_cast<std::size_t>(stat.size), '\0');
  const zip_int64_t read = zip_source_read(source, bytes.data(), bytes.size());
  zip_source_close(source);
  if (read < 0 || static_cast<std::size_t>(read) != bytes.size()) {
    throw ZipError(zip_source_error(source), "zip");
  }
  return bytes;
}

}  // namespace

std::string SerialiseXml(const pugi::xml_document& xml) {
  StringWriter writer;
  xml.save(writer, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" + writer.out;
}

void Package::Put(const std::string& name, const std::string& type, std::string bytes) {
  parts_[name] = Part{type, std::move(bytes)};
}

void Package::Put(const std::string& name, const std::string& type, const pugi::xml_document& xml) {
  Put(name, type, SerialiseXml(xml));
}

std::string Package::ContentTypes() const {
  pugi::xml_document xml;
  pugi::xml_node types = xml.append_child("Types");
  types.append_attribute("xmlns") = "http://schemas.openxmlformats.org/package/2006/content-types";
  const auto add_default = [&](const char* extension, const char* type) {
    pugi::xml_node d = types.append_child("Default");
    d.append_attribute("Extension") = extension;
    d.append_attribute("ContentType") = type;
  };
  add_default("rels", content_type::kRelationships);
  add_default("xml", "application/xml");
  for (const auto& [name, part] : parts_) {
    if (part.type.empty()) continue;
    pugi::xml_node o = types.append_child("Override");
    o.append_attribute("PartName") = ("/" + name).c_str();
    o.append_attribute("ContentType") = part.type.c_str();
  }
  return SerialiseXml(xml);
}

std::string Package::Zip() const {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* memory = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (memory == nullptr) throw ZipError(&error, "zip");
  zip_t* archive = zip_open_from_source(memory, ZIP_TRUNCATE, &error);
  if (archive == nullptr) {
    zip_source_free(memory);
    throw ZipError(&error, "zip");
  }
  zip_source_keep(memory);  // read back after zip_close
  const std::unique_ptr<zip_source_t, decltype(&zip_source_free)> keep(memory, zip_source_free);
  const std::string types = content_types_.empty() ? ContentTypes() : content_types_;
  try {
    AddEntry(archive, "[Content_Types].xml", types);
    for (const auto& [name, part] : parts_) AddEntry(archive, name, part.bytes);
  } catch (...) {
    zip_discard(archive);
    throw;
  }
  if (zip_close(archive) != 0) {
    std::runtime_error e = ZipError(zip_get_error(archive), "zip");
    zip_discard(archive);
    throw e;
  }
  return ReadSource(memory);
}

}  // namespace plancheck::report::docx
