#include "checker/formats/zip/xml.h"

#include "checker/decode/input_error.h"

namespace plancheck {

void ParseXml(const std::string& path, const PackageKind& kind, const std::string& name,
              std::string_view bytes, pugi::xml_document& doc) {
  const std::string extension(kind.extension);
  const std::string resaver(kind.resaver);
  // parse_doctype keeps a <!DOCTYPE> as a node so it can be refused.
  const unsigned flags = pugi::parse_default | pugi::parse_doctype | pugi::parse_ws_pcdata_single;
  const pugi::xml_parse_result result =
      doc.load_buffer(bytes.data(), bytes.size(), flags, pugi::encoding_auto);
  if (!result) {
    const std::string where =
        std::string(result.description()) + " at byte " + std::to_string(result.offset);
    throw InputError(path,
                     "部件 " + name + " 不是格式正确的 XML（" + where + "）；" + extension +
                         " 已损坏，请在 " + resaver + " 中打开并重新保存",
                     "part " + name + " is not well-formed XML (" + where + "); the " + extension +
                         " is damaged — open and re-save it in " + resaver);
  }
  for (const pugi::xml_node node : doc.children()) {
    if (node.type() == pugi::node_doctype) {
      const std::string producer(kind.producer);
      throw InputError(path,
                       "部件 " + name + " 声明了 DTD（<!DOCTYPE …>），" + producer +
                           " 从不这样写；拒绝读取（疑为实体膨胀攻击）",
                       "part " + name + " declares a DTD (<!DOCTYPE …>), which " + producer +
                           " never writes; refused (entity expansion attack?)");
    }
  }
  if (!doc.document_element()) {
    throw InputError(path, "部件 " + name + " 没有根元素", "part " + name + " has no root element");
  }
}

}  // namespace plancheck
