#pragma once
// Small .docx files with comments, for the annotated copy's and the ignore read-back's tests.
#include <zip.h>

#include <pugixml.hpp>
#include <string>
#include <utility>
#include <vector>

#include "docx_testing.h"

namespace plancheck::testing {

inline const std::string kXmlDecl =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

// A .docx of `body`, with word/comments.xml holding `comments` (inside <w:comments>) unless empty,
// and word/commentsExtended.xml holding `extended` (w15:commentEx elements) unless empty.
inline std::string CommentedDocx(const std::string& body, const std::string& comments = "",
                                 const std::string& extended = "") {
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  std::string types =
      kXmlDecl +
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
      "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd."
      "openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>";
  std::string rels = kXmlDecl +
                     "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                     "relationships\">";
  ZipEntries entries = {
      {"_rels/.rels", kXmlDecl +
                          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                          "relationships\"><Relationship Id=\"rId1\" Type=\"" +
                          rel + "officeDocument\" Target=\"word/document.xml\"/></Relationships>"},
      {"word/document.xml",
       kXmlDecl + "<w:document " + kWordNs + "><w:body>" + body + "</w:body></w:document>"},
      {"docProps/custom.bin", std::string("\x00\x01\x02 kept as is", 14)}};
  if (!comments.empty()) {
    types +=
        "<Override PartName=\"/word/comments.xml\" ContentType=\"application/vnd."
        "openxmlformats-officedocument.wordprocessingml.comments+xml\"/>";
    rels += "<Relationship Id=\"rId7\" Type=\"" + rel + "comments\" Target=\"comments.xml\"/>";
    entries.emplace_back("word/comments.xml",
                         kXmlDecl + "<w:comments " + kWordNs +
                             " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/"
                             "wordml\">" +
                             comments + "</w:comments>");
  }
  if (!extended.empty()) {
    types +=
        "<Override PartName=\"/word/commentsExtended.xml\" ContentType=\"application/vnd."
        "openxmlformats-officedocument.wordprocessingml.commentsExtended+xml\"/>";
    rels +=
        "<Relationship Id=\"rId8\" Type=\"http://schemas.microsoft.com/office/2011/"
        "relationships/commentsExtended\" Target=\"commentsExtended.xml\"/>";
    entries.emplace_back("word/commentsExtended.xml",
                         kXmlDecl +
                             "<w15:commentsEx xmlns:w15=\"http://schemas.microsoft.com/office/"
                             "word/2012/wordml\">" +
                             extended + "</w15:commentsEx>");
  }
  entries.insert(entries.begin(), {"[Content_Types].xml", types + "</Types>"});
  entries.emplace_back("word/_rels/document.xml.rels", rels + "</Relationships>");
  return ZipBytes(entries);
}

// Entry name -> bytes.
inline std::vector<std::pair<std::string, std::string>> UnzipAll(const std::string& bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  std::vector<std::pair<std::string, std::string>> entries;
  if (archive == nullptr) return entries;
  for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
    zip_stat_t stat;
    zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat);
    std::string content(stat.size, '\0');
    zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
    zip_fread(file, content.data(), content.size());
    zip_fclose(file);
    entries.emplace_back(stat.name, content);
  }
  zip_close(archive);
  return entries;
}

inline std::string PartOf(const std::string& docx, const std::string& name) {
  for (const auto& [entry, content] : UnzipAll(docx)) {
    if (entry == name) return content;
  }
  return "";
}

}  // namespace plancheck::testing
