#pragma once
#include <optional>
#include <string>

namespace plancheck {

struct Region {
  std::string province;  // "上海市", "四川省"
  std::string city;      // "乐山市"; empty for a municipality's district or a province
  std::string county;    // "五通桥区"
  std::string code;      // GB/T 2260 code of the most specific unit, e.g. "511112"
};

struct Period {
  int from = 0;
  int to = 0;
  std::string as_written;  // "（2021—2025年）", "十四五", "到2022年"
};

struct Metadata {
  std::string title;
  Region region;
  std::string level;  // "province", "city", "county", or "" when unknown
  std::optional<Period> period;
  std::string kind;        // "规划", "实施方案", …
  bool draft = false;      // 征求意见稿
  std::string doc_number;  // 发文字号, e.g. "五府办发〔2022〕13号"
  std::string date;        // YYYY-MM-DD
};

}  // namespace plancheck
