#pragma once
#include <string>
#include <vector>

namespace plancheck::testing {

inline std::string SourcePath(const std::string& relative) {
  return std::string(PLANCHECK_SOURCE_DIR) + "/" + relative;
}

// The five corpus plans, by file stem (the gold file has the same stem).
inline const std::vector<std::string>& CorpusStems() {
  static const std::vector<std::string> stems = {
      "jiangsu-lianyungang-2023-2025", "jilin-changchun-lvyuan-2021-2025-draft",
      "shanghai-putuo-2020-2022", "shanghai-songjiang-2023-2025",
      "sichuan-leshan-wutongqiao-2021-2025"};
  return stems;
}

inline std::string CorpusPath(const std::string& stem) {
  return SourcePath("corpus/" + stem + ".txt");
}
inline std::string GoldPath(const std::string& stem) {
  return SourcePath("tests/gold/" + stem + ".json");
}

}  // namespace plancheck::testing
