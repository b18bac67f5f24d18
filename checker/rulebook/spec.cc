#include "checker/rulebook/spec.h"

namespace plancheck {

void ApplyOverrides(const TestCase& test, Metadata& metadata) {
  if (test.period) {
    metadata.period =
        Period{test.period->first, test.period->second,
               std::to_string(test.period->first) + "—" + std::to_string(test.period->second)};
  }
  if (test.date) metadata.date = *test.date;
  if (test.level) metadata.level = *test.level;
  if (test.kind) metadata.kind = *test.kind;
  if (test.province) metadata.region.province = *test.province;
  if (test.city) metadata.region.city = *test.city;
  if (test.county) metadata.region.county = *test.county;
  if (test.doc_number) metadata.doc_number = *test.doc_number;
  if (test.title) metadata.title = *test.title;
  if (test.draft) metadata.draft = *test.draft;
}

}  // namespace plancheck
