// Arbitrary bytes as an OpenDocument text (.odt): LoadDocument -> LoadOdt (the zip with its
// limits, mimetype, content.xml and styles.xml, outline levels, list numbering, tables, notes).
// The custom mutator (zip_parts.h) changes the bytes of one part and writes the zip again, so
// mutations reach the XML past the parts' CRCs.
//
// `fuzz_odt_bytes --write-seeds=DIR --from=A.odt …` writes each fixture as a small stored .odt:
// mimetype and content.xml, the body cut after its first paragraphs with the first table and the
// first list kept (LibreOffice's fixtures are 40-50 kB deflated; these a few kB).
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "fuzz/fuzz_support.h"
#include "fuzz/loaded_file.h"
#include "fuzz/zip_parts.h"

namespace {

std::size_t Count(const std::string& xml, const std::string& what, std::size_t end) {
  std::size_t n = 0;
  for (std::size_t at = xml.find(what); at < end; at = xml.find(what, at + 1)) ++n;
  return n;
}

// Whether `at` in content.xml is outside every table and list (a place the body can be cut).
bool AtTopLevel(const std::string& xml, std::size_t at) {
  return Count(xml, "<table:table ", at) == Count(xml, "</table:table>", at) &&
         Count(xml, "<text:list ", at) + Count(xml, "<text:list>", at) ==
             Count(xml, "</text:list>", at);
}

// The element `open`…`close` that starts first in `xml`, or "".
std::string First(const std::string& xml, const std::string& open, const std::string& close) {
  const std::size_t from = xml.find(open);
  const std::size_t to = from == std::string::npos ? from : xml.find(close, from);
  return to == std::string::npos ? "" : xml.substr(from, to + close.size() - from);
}

// content.xml cut after the first top-level paragraph or heading that ends past `keep` bytes of
// the body, the first table and list appended, the document closed again.
std::string CutContent(const std::string& xml, std::size_t keep) {
  const std::size_t body = xml.find("<office:text");
  if (body == std::string::npos) return xml;
  for (std::size_t at = xml.find("</text:", body + keep); at != std::string::npos;
       at = xml.find("</text:", at + 1)) {
    const bool ends_block =
        xml.compare(at, 9, "</text:p>") == 0 || xml.compare(at, 9, "</text:h>") == 0;
    if (!ends_block || !AtTopLevel(xml, at)) continue;
    const std::size_t end = xml.find('>', at) + 1;
    return xml.substr(0, end) + First(xml, "<table:table ", "</table:table>") +
           First(xml, "<text:list ", "</text:list>") +
           "</office:text></office:body></office:document-content>";
  }
  return xml;
}

void WriteSeeds(const std::string& dir, const std::vector<std::string>& fixtures) {
  for (const std::string& fixture : fixtures) {
    const std::optional<plancheck::fuzz::ZipParts> parts =
        plancheck::fuzz::ReadZipParts(plancheck::fuzz::ReadBytes(fixture));
    if (!parts) continue;
    plancheck::fuzz::ZipParts small;
    for (const auto& [name, data] : *parts) {
      if (name == "mimetype") small.emplace_back(name, data);
      if (name == "content.xml") small.emplace_back(name, CutContent(data, 3000));
    }
    const std::string stem = std::filesystem::path(fixture).stem().string();
    plancheck::fuzz::WriteSeed(dir, stem + ".odt", plancheck::fuzz::StoredZip(small));
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  const std::vector<std::string> dirs = plancheck::fuzz::FlagValues(*argc, *argv, "write-seeds");
  if (dirs.empty()) return 0;
  WriteSeeds(dirs.front(), plancheck::fuzz::FlagValues(*argc, *argv, "from"));
  std::exit(0);
}

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size,
                                               std::size_t max_size, unsigned seed) {
  return plancheck::fuzz::MutateOnePart(data, size, max_size, seed);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return plancheck::fuzz::LoadAsFile(".odt", data, size);
}
