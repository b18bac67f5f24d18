#pragma once
// The XML parts of an office package, parsed with the defences every package reader needs.
#include <pugixml.hpp>

#include <stdexcept>
#include <string>
#include <string_view>

#include "checker/formats/zip/archive.h"

namespace plancheck {

// Parses `bytes` as the part `name` of the package at `path` into `doc`; throws InputError naming
// both. DTDs are refused: a part with <!DOCTYPE> never reaches entity expansion (entity bombs,
// external entities), and pugixml expands only the five predefined entities anyway.
void ParseXml(const std::string& path, const PackageKind& kind, const std::string& name,
              std::string_view bytes, pugi::xml_document& doc);

// Elements nested deeper than any document needs (tables in tables, lists in lists, text
// boxes…): a stack-exhaustion attack. Loaders turn this into an InputError naming the part.
struct TooDeep : std::runtime_error {
  TooDeep() : std::runtime_error("elements nested too deep") {}
};

// Counts one level of nesting while in scope; throws TooDeep past kMaxNesting.
class Nesting {
 public:
  static constexpr int kMaxNesting = 100;
  explicit Nesting(int& depth) : depth_(depth) {
    if (++depth_ > kMaxNesting) {
      --depth_;
      throw TooDeep();
    }
  }
  ~Nesting() { --depth_; }
  Nesting(const Nesting&) = delete;
  Nesting& operator=(const Nesting&) = delete;

 private:
  int& depth_;
};

}  // namespace plancheck
