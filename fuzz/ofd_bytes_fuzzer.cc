// Arbitrary bytes as an OFD (GB/T 33190-2016): LoadDocument -> LoadOfd (the zip with its limits,
// OFD.xml, Document.xml, the pages' TextObjects, TextCodes with X/Y/DeltaX, PathObjects, then the
// fixed-layout builder PDF shares). The custom mutator (zip_parts.h) changes the bytes of one part
// and writes the zip again, so mutations reach the XML past the parts' CRCs.
//
// `fuzz_ofd_bytes --write-seeds=DIR --from=A.ofd …` writes each fixture as a small stored .ofd:
// every part but the pages, and two pages — the first, and the first one with a table (a
// PathObject) — listed in Document.xml (the fixtures are 17-60 kB deflated; these ~15 kB).
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "fuzz/fuzz_support.h"
#include "fuzz/loaded_file.h"
#include "fuzz/zip_parts.h"

namespace {

bool IsPage(const std::string& name) { return name.find("/Pages/") != std::string::npos; }

// Document.xml listing only the pages whose BaseLoc ends one of `kept` (part names).
std::string KeepPages(const std::string& xml, const std::vector<std::string>& kept) {
  const std::size_t open = xml.find("<ofd:Pages>");
  const std::size_t close = xml.find("</ofd:Pages>");
  if (open == std::string::npos || close == std::string::npos) return xml;
  std::string pages;
  for (std::size_t at = xml.find("<ofd:Page ", open); at < close;
       at = xml.find("<ofd:Page ", at + 1)) {
    const std::string page = xml.substr(at, xml.find("/>", at) + 2 - at);
    const std::size_t loc = page.find("BaseLoc=\"");
    if (loc == std::string::npos) continue;
    const std::string base = page.substr(loc + 9, page.find('"', loc + 9) - loc - 9);
    if (std::any_of(kept.begin(), kept.end(),
                    [&](const std::string& name) { return name.ends_with(base); })) {
      pages += page;
    }
  }
  return xml.substr(0, open + 11) + pages + xml.substr(close);
}

void WriteSeeds(const std::string& dir, const std::vector<std::string>& fixtures) {
  for (const std::string& fixture : fixtures) {
    const std::optional<plancheck::fuzz::ZipParts> parts =
        plancheck::fuzz::ReadZipParts(plancheck::fuzz::ReadBytes(fixture));
    if (!parts) continue;
    std::vector<std::string> kept;
    for (const auto& [name, data] : *parts) {
      const bool table = data.find("PathObject") != std::string::npos;
      if (IsPage(name) && (kept.empty() || (kept.size() == 1 && table))) kept.push_back(name);
    }
    plancheck::fuzz::ZipParts small;
    for (const auto& [name, data] : *parts) {
      if (name.ends_with("Document.xml")) {
        small.emplace_back(name, KeepPages(data, kept));
      } else if (!IsPage(name) || std::find(kept.begin(), kept.end(), name) != kept.end()) {
        small.emplace_back(name, data);
      }
    }
    const std::string stem = std::filesystem::path(fixture).stem().string();
    plancheck::fuzz::WriteSeed(dir, stem + ".ofd", plancheck::fuzz::StoredZip(small));
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
  return plancheck::fuzz::LoadAsFile(".ofd", data, size);
}
