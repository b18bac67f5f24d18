#include "checker/report/docx/comments_part.h"

#include <charconv>
#include <stdexcept>

#include "checker/report/docx/package.h"
#include "checker/report/docx/wordml.h"
#include "checker/report/docx/xml_text.h"

namespace plancheck::report::docx {

CommentsPart::CommentsPart(const std::optional<std::string>& existing) {
  if (existing) {
    const unsigned flags = pugi::parse_default | pugi::parse_ws_pcdata_single;
    if (!xml_.load_buffer(existing->data(), existing->size(), flags, pugi::encoding_utf8) ||
        !xml_.document_element()) {
      throw std::runtime_error("word/comments.xml of the input is not XML");
    }
  } else {
    pugi::xml_node root = xml_.append_child("w:comments");
    root.append_attribute("xmlns:w") = kWordNamespace;
  }
  w_ = plancheck::docx::WordNames(xml_.document_element());
}

void CommentsPart::Add(long long id, const std::string& text, const Stamp& stamp) {
  const auto name = [this](std::string_view local) { return w_.Name(local); };
  pugi::xml_node comment = xml_.document_element().append_child(name("comment").c_str());
  comment.append_attribute(name("id").c_str()) = id;
  comment.append_attribute(name("author").c_str()) = stamp.author.c_str();
  comment.append_attribute(name("date").c_str()) = stamp.date.c_str();
  comment.append_attribute(name("initials").c_str()) = stamp.initials.c_str();
  std::size_t from = 0;
  bool first = true;
  while (from <= text.size()) {
    std::size_t to = text.find('\n', from);
    if (to == std::string::npos) to = text.size();
    pugi::xml_node p = comment.append_child(name("p").c_str());
    if (first) {  // Word puts the comment's mark in its first paragraph
      p.append_child(name("r").c_str()).append_child(name("annotationRef").c_str());
      first = false;
    }
    pugi::xml_node t = p.append_child(name("r").c_str()).append_child(name("t").c_str());
    t.append_attribute("xml:space") = "preserve";
    t.text().set(XmlSafeText(std::string_view(text).substr(from, to - from)).c_str());
    from = to + 1;
  }
}

std::string CommentsPart::Bytes() const { return SerialiseXml(xml_); }

long long MaxWordId(const plancheck::docx::WordNames& w, pugi::xml_node root) {
  struct Walker final : pugi::xml_tree_walker {
    std::string id_name;
    long long most = 0;
    bool for_each(pugi::xml_node& node) override {
      const std::string_view value = node.attribute(id_name.c_str()).value();
      long long n = 0;
      const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
      if (!value.empty() && ec == std::errc() && end == value.data() + value.size() && n > most)
        most = n;
      return true;
    }
  } walker;
  walker.id_name = w.Name("id");
  root.traverse(walker);
  pugi::xml_node self = root;
  walker.for_each(self);
  return walker.most;
}

std::string WordDate(const std::string& day) { return day + "T00:00:00Z"; }

}  // namespace plancheck::report::docx
