#include "checker/report/docx/parts.h"

#include "checker/report/docx/wordml.h"
#include "checker/report/docx/xml_text.h"

namespace plancheck::report::docx {

std::string Relationships::Add(const std::string& type, const std::string& target) {
  const std::string id = "rId" + std::to_string(entries_.size() + 1);
  entries_.push_back({id, type, target});
  return id;
}

pugi::xml_document Relationships::Xml() const {
  pugi::xml_document xml;
  pugi::xml_node root = xml.append_child("Relationships");
  root.append_attribute("xmlns") = "http://schemas.openxmlformats.org/package/2006/relationships";
  for (const Entry& e : entries_) {
    pugi::xml_node r = root.append_child("Relationship");
    r.append_attribute("Id") = e.id.c_str();
    r.append_attribute("Type") = e.type.c_str();
    r.append_attribute("Target") = e.target.c_str();
  }
  return xml;
}

pugi::xml_document SettingsPart() {
  pugi::xml_document xml;
  pugi::xml_node root = xml.append_child("w:settings");
  root.append_attribute("xmlns:w") = kWordNamespace;
  SetW(root.append_child("w:zoom"), "percent", 100);
  root.append_child("w:hideSpellingErrors");
  root.append_child("w:hideGrammaticalErrors");
  SetW(root.append_child("w:defaultTabStop"), "val", 420);
  AppendVal(root, "w:characterSpacingControl", "compressPunctuation");
  pugi::xml_node compat = root.append_child("w:compat");
  pugi::xml_node mode = compat.append_child("w:compatSetting");
  SetW(mode, "name", "compatibilityMode");
  SetW(mode, "uri", "http://schemas.microsoft.com/office/word");
  SetW(mode, "val", "15");
  AppendVal(root, "w:themeFontLang", "en-US").append_attribute("w:eastAsia") = "zh-CN";
  return xml;
}

pugi::xml_document CorePart(const Properties& p) {
  pugi::xml_document xml;
  pugi::xml_node root = xml.append_child("cp:coreProperties");
  root.append_attribute("xmlns:cp") =
      "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
  root.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
  root.append_attribute("xmlns:dcterms") = "http://purl.org/dc/terms/";
  root.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
  root.append_child("dc:title").text().set(XmlSafeText(p.title).c_str());
  root.append_child("dc:creator").text().set(XmlSafeText(p.creator).c_str());
  const std::string when = p.date + "T00:00:00Z";
  for (const char* name : {"dcterms:created", "dcterms:modified"}) {
    pugi::xml_node d = root.append_child(name);
    d.append_attribute("xsi:type") = "dcterms:W3CDTF";
    d.text().set(when.c_str());
  }
  return xml;
}

pugi::xml_document AppPart(const Properties& p) {
  pugi::xml_document xml;
  pugi::xml_node root = xml.append_child("Properties");
  root.append_attribute("xmlns") =
      "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
  root.append_child("Application").text().set(XmlSafeText(p.application).c_str());
  root.append_child("DocSecurity").text().set("0");
  return xml;
}

pugi::xml_document PageNumberFooter(const std::string& style) {
  pugi::xml_document xml;
  pugi::xml_node root = xml.append_child("w:ftr");
  root.append_attribute("xmlns:w") = kWordNamespace;
  root.append_attribute("xmlns:r") = kRelationshipNamespace;
  pugi::xml_node p = AppendParagraph(root, style);
  AppendText(p, "— ");
  AppendField(p, "PAGE", "1");
  AppendText(p, " —");
  return xml;
}

}  // namespace plancheck::report::docx
