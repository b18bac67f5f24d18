#include "checker/formats/docx/package.h"

#include <zip.h>

#include <algorithm>
#include <vector>

#include "checker/decode/input_error.h"
#include "checker/formats/docx/xml.h"

namespace plancheck::docx {
namespace {

constexpr std::string_view kWordMainTypes[] = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
};

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// "64 MiB" for whole mebibytes, else the exact bytes: a rounded limit would misquote it.
std::string Size(std::uint64_t bytes) {
  if (bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  return std::to_string(bytes) + " bytes";
}

// What a file that is not a zip archive most likely is, for the message.
std::string NotZipReason(std::string_view bytes) {
  if (bytes.empty()) return "the file is empty";
  if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    return "it is an OLE2 compound file — a Word 97-2003 .doc, or a password-protected .docx; "
           "save an unprotected copy as .docx";
  }
  if (bytes.starts_with("{\\rtf")) return "it is an RTF file; save it as .docx";
  if (bytes.starts_with("<?xml") || bytes.starts_with("\xEF\xBB\xBF<?xml")) {
    return "it is a bare XML file (Word 2003 XML or flat OPC?); save it as .docx";
  }
  return "it is not a zip archive, so not a .docx (renamed file?)";
}

// Directory part of a part name, with its trailing slash: "word/" for "word/document.xml".
std::string DirectoryOf(const std::string& part) {
  const std::size_t slash = part.rfind('/');
  return slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
}

// _rels/.rels for "", word/_rels/document.xml.rels for "word/document.xml".
std::string RelsPartOf(const std::string& part) {
  const std::size_t slash = part.rfind('/');
  const std::string dir = slash == std::string::npos ? "" : part.substr(0, slash + 1);
  const std::string file = slash == std::string::npos ? part : part.substr(slash + 1);
  return dir + "_rels/" + file + ".rels";
}

}  // namespace

std::string ResolvePartName(const std::string& source_part, std::string_view target) {
  std::string joined = target.starts_with('/') ? std::string(target.substr(1))
                                               : DirectoryOf(source_part) + std::string(target);
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= joined.size()) {
    std::size_t end = joined.find('/', start);
    if (end == std::string::npos) end = joined.size();
    const std::string segment = joined.substr(start, end - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string out;
  for (const std::string& segment : segments) out += (out.empty() ? "" : "/") + segment;
  return out;
}

Package::Package(const std::string& path, std::string_view bytes, const DocxLimits& limits)
    : path_(path), limits_(limits) {
  if (!bytes.starts_with("PK"))
    throw InputError(path, "not a readable .docx: " + NotZipReason(bytes));
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source != nullptr) archive_ = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (archive_ == nullptr) {
    const std::string reason = zip_error_strerror(&error);
    zip_error_fini(&error);
    if (source != nullptr) zip_source_free(source);
    throw InputError(path, "the .docx zip container is truncated or damaged (" + reason +
                               "); ask for the file again or re-save it in Word or WPS");
  }
  zip_error_fini(&error);
  const zip_int64_t entries = zip_get_num_entries(archive_, 0);
  if (entries > limits_.max_entries) {
    zip_discard(archive_);
    throw InputError(path, "the .docx zip holds " + std::to_string(entries) + " entries (limit " +
                               std::to_string(limits_.max_entries) +
                               "); refused as a zip bomb — a plan has a few dozen");
  }
}

Package::~Package() {
  if (archive_ != nullptr) zip_discard(archive_);
}

bool Package::Has(const std::string& part) const {
  return zip_name_locate(archive_, part.c_str(), ZIP_FL_NOCASE) >= 0;
}

std::optional<std::string> Package::Read(const std::string& part) {
  const zip_int64_t index = zip_name_locate(archive_, part.c_str(), ZIP_FL_NOCASE);
  if (index < 0) return std::nullopt;
  return ReadEntry(index, part);
}

std::string Package::ReadEntry(std::int64_t index, const std::string& part) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
    throw InputError(path_, "part " + part + " cannot be read (" + zip_strerror(archive_) + ")");
  }
  const std::uint64_t declared = (stat.valid & ZIP_STAT_SIZE) ? stat.size : limits_.max_part_bytes;
  if (declared > limits_.max_part_bytes) {
    throw InputError(path_, "part " + part + " declares " + std::to_string(declared) +
                                " bytes uncompressed (limit " + Size(limits_.max_part_bytes) +
                                " a part); refused as a zip bomb");
  }
  if (total_read_ + declared > limits_.max_total_bytes) {
    throw InputError(path_, "part " + part + " declares " + std::to_string(declared) +
                                " bytes uncompressed, which would bring the parts read to " +
                                std::to_string(total_read_ + declared) + " bytes (limit " +
                                Size(limits_.max_total_bytes) + " in all); refused as a zip bomb");
  }
  zip_file_t* file = zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0);
  if (file == nullptr) {
    throw InputError(path_, "part " + part + " cannot be opened (" + zip_strerror(archive_) +
                                "); the .docx is damaged or encrypted");
  }
  std::string out;
  out.reserve(static_cast<std::size_t>(declared));
  std::vector<char> buffer(1 << 16);
  for (;;) {
    const zip_int64_t n = zip_fread(file, buffer.data(), buffer.size());
    if (n < 0) {
      const std::string reason = zip_file_strerror(file);
      zip_fclose(file);
      throw InputError(path_, "part " + part + " is damaged (" + reason + ")");
    }
    if (n == 0) break;
    out.append(buffer.data(), static_cast<std::size_t>(n));
    // The declared size may lie: never inflate more than it promised.
    if (out.size() > declared) {
      zip_fclose(file);
      throw InputError(path_, "part " + part + " inflates past its declared " +
                                  std::to_string(declared) + " bytes; refused as a zip bomb");
    }
  }
  zip_fclose(file);
  total_read_ += out.size();
  return out;
}

std::map<std::string, std::string> Package::Related(const std::string& part) {
  std::map<std::string, std::string> related;
  const std::string rels_part = RelsPartOf(part);
  const std::optional<std::string> bytes = Read(rels_part);
  if (!bytes) return related;
  XmlPart rels;
  ParseXmlPart(path_, rels_part, *bytes, rels);
  for (const pugi::xml_node rel : rels.root().children()) {
    if (LocalName(rel) != "Relationship") continue;
    if (std::string_view(rel.attribute("TargetMode").value()) == "External") continue;
    const std::string_view type = rel.attribute("Type").value();
    const std::string kind(type.substr(type.rfind('/') + 1));
    related.emplace(kind, ResolvePartName(part, rel.attribute("Target").value()));
  }
  return related;
}

std::string Package::ContentType(const std::string& part) {
  const std::optional<std::string> bytes = Read("[Content_Types].xml");
  if (!bytes) {
    throw InputError(path_, Has("mimetype")
                                ? "is an OpenDocument file (.odt) renamed .docx; save it as .docx"
                                : "missing part [Content_Types].xml: not an Office Open XML "
                                  "package; re-save it as .docx");
  }
  XmlPart types;
  ParseXmlPart(path_, "[Content_Types].xml", *bytes, types);
  const std::string want = "/" + Lower(part);
  const std::size_t dot = part.rfind('.');
  const std::string extension = dot == std::string::npos ? "" : Lower(part.substr(dot + 1));
  std::string by_extension;
  for (const pugi::xml_node node : types.root().children()) {
    if (LocalName(node) == "Override" && Lower(node.attribute("PartName").value()) == want) {
      return node.attribute("ContentType").value();
    }
    if (LocalName(node) == "Default" && Lower(node.attribute("Extension").value()) == extension) {
      by_extension = node.attribute("ContentType").value();
    }
  }
  return by_extension;
}

std::string Package::MainPart() {
  std::string main = "word/document.xml";
  const auto related = Related("");
  if (const auto it = related.find("officeDocument"); it != related.end()) main = it->second;
  const std::string type = ContentType(main);
  if (!Has(main)) {
    throw InputError(
        path_, "missing part " + main + " (the main document): the .docx is incomplete or damaged");
  }
  if (std::find(std::begin(kWordMainTypes), std::end(kWordMainTypes), type) !=
      std::end(kWordMainTypes)) {
    return main;
  }
  std::string what = "wrong content type '" + type + "' for part " + main;
  if (type.find("spreadsheetml") != std::string::npos) what += " (an Excel workbook?)";
  if (type.find("presentationml") != std::string::npos) what += " (a PowerPoint file?)";
  throw InputError(path_, what + "; a .docx main part is a WordprocessingML document");
}

}  // namespace plancheck::docx
