#include <gtest/gtest.h>
#include <cstdlib>
#include <iostream>
#include <map>
#include "checker/engine/evaluate.h"
#include "docx_testing.h"
namespace plancheck {
TEST(DocxDump, Print) {
  const char* name = std::getenv("DOCX");
  if (!name) GTEST_SKIP();
  const Document doc = testing::LoadDocxFixture(name);
  for (const Block& b : doc.blocks) {
    std::cout << b.line << " k" << static_cast<int>(b.kind) << " L" << b.outline_level << " [" << b.style << "] t" << b.table << " r" << b.docx_row << " c" << b.docx_cell << " | " << b.text.substr(0, 120) << "\n";
  }
}
TEST(DocxDump, CheckDiff) {
  if (!std::getenv("CHECKDIFF")) GTEST_SKIP();
  const auto book = LoadRulebook({});
  for (const std::string& stem : testing::CorpusStems()) {
    const Document txt = LoadDocument(testing::CorpusPath(stem));
    const Document docx = testing::LoadDocxFixture(stem + ".docx");
    std::map<std::string, std::vector<std::string>> a, b;
    for (const Result& r : Evaluate(*book, txt, ExtractIndicators(txt)).results) if (r.status != Status::kPass) a[r.rule].push_back(std::string(ToString(r.status)) + " " + r.evidence.substr(0, 90));
    for (const Result& r : Evaluate(*book, docx, ExtractIndicators(docx)).results) if (r.status != Status::kPass) b[r.rule].push_back(std::string(ToString(r.status)) + " " + r.evidence.substr(0, 90));
    std::set<std::string> rules; for (auto& [k, v] : a) rules.insert(k); for (auto& [k, v] : b) rules.insert(k);
    for (const auto& rule : rules) {
      if (a[rule].size() == b[rule].size()) continue;
      std::cout << stem << " " << rule << " txt " << a[rule].size() << " docx " << b[rule].size() << "\n";
      for (auto& e : a[rule]) std::cout << "   T " << e << "\n";
      for (auto& e : b[rule]) std::cout << "   D " << e << "\n";
    }
    const Indicators ti = ExtractIndicators(txt), di = ExtractIndicators(docx);
    std::cout << stem << " indicators txt " << ti.items.size() << " docx " << di.items.size() << "\n";
    std::multiset<std::string> ts, ds;
    for (auto& i : ti.items) ts.insert(i.source + " " + i.name + " " + i.op + " " + std::to_string(i.value) + " " + i.unit + (i.unit_inferred ? " INFERRED" : ""));
    for (auto& i : di.items) ds.insert(i.source + " " + i.name + " " + i.op + " " + std::to_string(i.value) + " " + i.unit + (i.unit_inferred ? " INFERRED" : ""));
    for (auto& s : ts) if (!ds.count(s)) std::cout << "   only txt: " << s << "\n";
    for (auto& s : ds) if (!ts.count(s)) std::cout << "   only docx: " << s << "\n";
  }
}
}
