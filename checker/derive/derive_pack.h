#pragma once
// A higher-level plan read as a rule pack (衔接审核, issue 13): its indicators, its task areas, its
// named brands and the structure the bundled packs do not already require, as an ordinary rule
// pack in YAML that `rules lint`, `rules test` and the loader accept, each rule citing the higher
// plan by title and place.
#include <map>
#include <string>
#include <vector>

#include "checker/document/document.h"
#include "checker/indicators/indicator.h"

namespace plancheck::derive {

struct DeriveOptions {
  // Section roles ("guidance", "goals", "tasks", "safeguards") a bundled pack already requires:
  // no derived section rule repeats them.
  std::vector<std::string> covered_roles;
  // Distinguishes the packs of several higher plans with the same region (0: none).
  int ordinal = 0;
};

struct DerivedPack {
  std::string name;   // against-连云港 is not [a-z0-9-]: "against-320700", from the region code
  std::string title;  // the higher plan's title (its file's name when the text gives none)
  std::string group;  // 与《…》衔接: the reports' group for its results
  std::string yaml;   // the pack
  std::map<std::string, int> counts;  // rules by kind ("counterpart", "topic", "section")
  int brands = 0;                     // of the topic rules, the info ones for named brands
  int institutions = 0;               // and those for named institutions and mechanisms
};

// Throws std::runtime_error when nothing in the plan gives a rule.
DerivedPack DerivePack(const Document& higher, const Indicators& indicators,
                       const DeriveOptions& options = {});

}  // namespace plancheck::derive
