#pragma once
// plancheck rules coverage: which of the 31 provinces have packs of their own, with how many rules
// at which level, so a department sees what its province has beyond the national rules.
#include <ostream>
#include <string>
#include <vector>

#include "checker/cli/lang.h"
#include "checker/rulebook/rulebook_impl.h"

namespace plancheck::cli {

struct ProvinceCoverage {
  std::string province;            // 四川省
  std::string code;                // 510000
  std::vector<const Pack*> packs;  // packs whose applies_to names it, a city or a county in it
};

// Every province of the gazetteer (31), in code order, with its packs.
std::vector<ProvinceCoverage> Coverage(const Rulebook& book);

// The packs made for one province (given by name, 四川省 or 四川), for `rules list --for`.
std::vector<const Pack*> PacksForProvince(const Rulebook& book, const std::string& province);

// format: text, md or json.
void WriteCoverage(const Rulebook& book, const std::string& format, Lang lang, std::ostream& out);

}  // namespace plancheck::cli
