#pragma once
// What the format acceptance tests compare between a plan read from another format and the same
// plan's .docx: rule statuses, indicators and the outline.
#include <gtest/gtest.h>

#include <iostream>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "checker/engine/evaluate.h"
#include "checker/indicators/indicator.h"

namespace plancheck::testing {

// rule id -> its status on the plan: the worst of its results.
inline std::map<std::string, std::string> RuleStatuses(const Rulebook& book, const Document& doc) {
  const DocumentReport report = Evaluate(book, doc, ExtractIndicators(doc));
  std::map<std::string, std::pair<int, std::string>> worst;
  for (const Result& r : report.results) {
    const int rank = r.status == Status::kFail      ? 3
                     : r.status == Status::kPartial ? 2
                     : r.status == Status::kPass    ? 1
                                                    : 0;
    auto& [best, status] = worst[r.rule];
    if (status.empty() || rank > best) worst[r.rule] = {rank, ToString(r.status)};
  }
  std::map<std::string, std::string> out;
  for (const auto& [rule, ranked] : worst) out[rule] = ranked.second;
  return out;
}

// A status that differs from the .docx's, and why: named in the test.
struct NamedDifference {
  std::string stem;
  std::string rule;
  std::string docx;   // status on the .docx
  std::string other;  // status on the other format
  std::string why;
};

// Compares every rule's status; prints "<format> <stem>: N/M rule statuses as the .docx".
inline void ExpectSameStatuses(const Rulebook& book, const std::string& format,
                               const std::string& stem, const Document& docx, const Document& other,
                               const std::vector<NamedDifference>& differences) {
  const auto on_docx = RuleStatuses(book, docx);
  const auto on_other = RuleStatuses(book, other);
  std::set<std::string> rules;
  for (const auto& [rule, status] : on_docx) rules.insert(rule);
  for (const auto& [rule, status] : on_other) rules.insert(rule);
  int same = 0;
  for (const std::string& rule : rules) {
    const std::string d = on_docx.contains(rule) ? on_docx.at(rule) : "absent";
    const std::string o = on_other.contains(rule) ? on_other.at(rule) : "absent";
    same += d == o;
    const auto named = std::find_if(differences.begin(), differences.end(), [&](const auto& x) {
      return x.stem == stem && x.rule == rule;
    });
    if (named != differences.end()) {
      EXPECT_EQ(d, named->docx) << stem << " " << rule << " on the .docx (" << named->why << ")";
      EXPECT_EQ(o, named->other) << stem << " " << rule << " on the " << format << " ("
                                 << named->why << ")";
      continue;
    }
    EXPECT_EQ(o, d) << stem << " " << rule << ": .docx " << d << ", " << format << " " << o;
  }
  std::cout << format << " " << stem << ": " << same << "/" << rules.size()
            << " rule statuses as the .docx\n";
  EXPECT_GT(rules.size(), 20u);
}

inline void ExpectSameIndicators(const std::string& stem, const Document& docx,
                                 const Document& other) {
  using Row = std::tuple<std::string, std::string, double, std::string>;
  const auto rows = [](const Document& doc) {
    std::multiset<Row> out;
    for (const Indicator& i : ExtractIndicators(doc).items)
      out.insert({i.name, i.op, i.value, i.unit});
    return out;
  };
  const std::multiset<Row> want = rows(docx);
  const std::multiset<Row> got = rows(other);
  for (const Row& r : want) {
    EXPECT_TRUE(got.contains(r)) << stem << ": indicator lost: " << std::get<0>(r) << " "
                                 << std::get<1>(r) << " " << std::get<2>(r) << std::get<3>(r);
  }
  for (const Row& r : got) {
    EXPECT_TRUE(want.contains(r)) << stem << ": indicator not in the .docx: " << std::get<0>(r)
                                  << " " << std::get<1>(r) << " " << std::get<2>(r)
                                  << std::get<3>(r);
  }
  EXPECT_EQ(got.size(), want.size()) << stem;
}

inline void ExpectSameOutline(const std::string& stem, const Document& docx,
                              const Document& other) {
  const auto& want = docx.outline.headings;
  const auto& got = other.outline.headings;
  ASSERT_EQ(got.size(), want.size()) << stem;
  for (std::size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(got[i].number, want[i].number) << stem << " heading " << i << ": " << want[i].title;
    EXPECT_EQ(got[i].ordinal, want[i].ordinal) << stem << " " << want[i].title;
    EXPECT_EQ(got[i].level, want[i].level) << stem << " " << want[i].title;
    EXPECT_EQ(got[i].style, want[i].style) << stem << " " << want[i].title;
    EXPECT_EQ(got[i].title, want[i].title) << stem << " heading " << i;
  }
}

}  // namespace plancheck::testing
