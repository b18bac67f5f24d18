#pragma once
// Small .docx files made in memory for the loader's unit tests: a test states the WordprocessingML
// it feeds in, next to what it expects.
#include <zip.h>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "checker/decode/decoded_text.h"
#include "checker/formats/docx/loader.h"
#include "test_paths.h"

namespace plancheck::testing {

using ZipEntries = std::vector<std::pair<std::string, std::string>>;

// A zip archive of `entries`, deflated, in order.
inline std::string ZipBytes(const ZipEntries& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) throw std::runtime_error("libzip cannot write to memory");
  for (const auto& [name, data] : entries) {
    zip_source_t* source = zip_source_buffer(archive, data.data(), data.size(), 0);
    zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
  }
  zip_close(archive);
  std::string out;
  zip_source_open(buffer);
  zip_source_seek(buffer, 0, SEEK_END);
  out.resize(static_cast<std::size_t>(zip_source_tell(buffer)));
  zip_source_seek(buffer, 0, SEEK_SET);
  zip_source_read(buffer, out.data(), out.size());
  zip_source_close(buffer);
  zip_source_free(buffer);
  return out;
}

inline constexpr const char* kWordNs =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
    "xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\" "
    "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

// The other parts a test may add, as the XML inside their root element.
struct DocxParts {
  std::string body;       // inside <w:body>
  std::string styles;     // inside <w:styles>, or "" for no styles.xml
  std::string numbering;  // inside <w:numbering>, or ""
  std::string footnotes;  // inside <w:footnotes>, or ""
};

inline std::string DocxBytes(const DocxParts& parts) {
  const std::string decl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  std::string types =
      decl +
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
      "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd."
      "openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
  std::string rels = decl +
                     "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
                     "2006/relationships\">";
  ZipEntries entries = {{"[Content_Types].xml", types},
                        {"_rels/.rels", decl +
                                            "<Relationships xmlns=\"http://schemas.openxmlformats."
                                            "org/package/2006/relationships\"><Relationship "
                                            "Id=\"rId1\" Type=\"" +
                                            rel +
                                            "officeDocument\" Target=\"word/document.xml\"/>"
                                            "</Relationships>"},
                        {"word/document.xml", decl + "<w:document " + kWordNs + "><w:body>" +
                                                  parts.body + "</w:body></w:document>"}};
  const auto add = [&](const std::string& kind, const std::string& root, const std::string& xml) {
    if (xml.empty()) return;
    rels += "<Relationship Id=\"r" + kind + "\" Type=\"" + rel + kind + "\" Target=\"" + kind +
            ".xml\"/>";
    entries.emplace_back("word/" + kind + ".xml",
                         decl + "<w:" + root + " " + kWordNs + ">" + xml + "</w:" + root + ">");
  };
  add("styles", "styles", parts.styles);
  add("numbering", "numbering", parts.numbering);
  add("footnotes", "footnotes", parts.footnotes);
  entries.emplace_back("word/_rels/document.xml.rels", rels + "</Relationships>");
  return ZipBytes(entries);
}

inline Document LoadDocx(const DocxParts& parts) {
  return ParseDocx("test.docx", DocxBytes(parts));
}

// <w:p> with one run of `text` (and `ppr` inside <w:pPr> when given).
inline std::string P(const std::string& text, const std::string& ppr = "") {
  return "<w:p>" + (ppr.empty() ? "" : "<w:pPr>" + ppr + "</w:pPr>") + "<w:r><w:t>" + text +
         "</w:t></w:r></w:p>";
}

inline std::string DocxFixturePath(const std::string& name) {
  return SourcePath("tests/fixtures/docx/" + name);
}

inline Document LoadDocxFixture(const std::string& name) {
  return ParseDocx(name, ReadFileBytes(DocxFixturePath(name)));
}

}  // namespace plancheck::testing
