#pragma once
// Hand-built runs for the renderer tests: the renderers are pure functions of a CheckRun, so each
// test states exactly what the engine "found" and checks what the format makes of it.
#include <memory>
#include <string>
#include <vector>

#include "checker/report/common.h"
#include "checker/report/report.h"

namespace plancheck::testing {

inline Result MakeResult(std::string rule, Status status, Severity level, int line, int column,
                         std::string section, std::string message, std::string evidence = "") {
  Result r;
  r.rule = std::move(rule);
  r.status = status;
  r.level = level;
  r.location = {line, column, std::move(section)};
  r.message = std::move(message);
  r.evidence = std::move(evidence);
  r.basis = "《全国公共法律服务体系建设规划（2021—2025年）》";
  r.suggestion = "补充相应内容。";
  return r;
}

inline RuleInfo MakeRule(std::string id, Severity level, std::string kind, std::string title) {
  RuleInfo info;
  info.id = std::move(id);
  info.pack = info.id.substr(0, info.id.find('.'));
  info.kind = std::move(kind);
  info.level = level;
  info.title = std::move(title);
  info.basis = "《全国公共法律服务体系建设规划（2021—2025年）》";
  return info;
}

inline report::CheckedPlan MakePlan(std::string path, std::string format,
                                    std::vector<Result> results) {
  auto doc = std::make_shared<Document>();
  doc->path = std::move(path);
  doc->format = std::move(format);
  doc->metadata.title = "松江区公共法律服务体系建设三年规划";
  doc->metadata.region = {"上海市", "", "松江区", "310117"};
  doc->metadata.level = "county";
  doc->metadata.period = Period{2023, 2025, "（2023-2025）"};
  doc->metadata.kind = "规划";
  report::CheckedPlan plan;
  plan.document = doc;
  plan.report.document = doc.get();
  plan.report.packs = {"national", "drafting"};
  plan.report.results = std::move(results);
  plan.report.summary = report::Summarise(plan.report.results);
  plan.accepted.assign(plan.report.results.size(), false);
  return plan;
}

// One .txt plan with a gap of every kind, a pass and an n/a, and a .docx plan with one gap.
inline report::CheckRun SampleRun() {
  report::CheckRun run;
  run.version = "9.9.9";
  run.rules = {
      MakeRule("drafting.punctuation.doubled", Severity::kWarning, "forbid", "标点符号重复"),
      MakeRule("national.indicator.duty-lawyer-coverage", Severity::kError, "indicator",
               "值班律师法律帮助覆盖率"),
      MakeRule("national.section.targets", Severity::kError, "section", "主要目标"),
      MakeRule("national.topic.hotline-12348", Severity::kInfo, "topic", "12348热线"),
      MakeRule("national.topic.pufa-8th", Severity::kInfo, "topic", "八五普法"),
  };
  run.plans.push_back(
      MakePlan("corpus/songjiang.txt", "txt",
               {MakeResult("drafting.punctuation.doubled", Status::kFail, Severity::kWarning, 79,
                           12, "七、保障措施", "标点符号重复：“。。”", "不断增强仲裁工作活力。。"),
                MakeResult("national.indicator.duty-lawyer-coverage", Status::kPartial,
                           Severity::kError, 57, 3, "五、主要任务",
                           "提及值班律师，但未设定覆盖率目标", "落实法律援助值班律师制度。"),
                MakeResult("national.section.targets", Status::kFail, Severity::kError, 0, 0, "",
                           "缺少“主要目标”章节"),
                MakeResult("national.topic.hotline-12348", Status::kPass, Severity::kInfo, 49, 1,
                           "五、主要任务", "提及 2 次", "推进12348热线建设。"),
                MakeResult("national.topic.pufa-8th", Status::kNa, Severity::kInfo, 0, 0, "",
                           "规划期不与2021—2025年重叠")}));
  Indicator per_capita;
  per_capita.name = "每十万人提供法律援助数量";
  per_capita.op = ">=";
  per_capita.value = 180;
  per_capita.unit = "件";
  per_capita.normalised = 18;
  per_capita.normalised_unit = "件/万人";
  per_capita.year = 2025;
  per_capita.source = "table";
  per_capita.line = 220;
  per_capita.column = 2;
  run.plans[0].report.indicators.items.push_back(per_capita);
  run.plans.push_back(
      MakePlan("drafts/b.docx", "docx",
               {MakeResult("drafting.punctuation.doubled", Status::kFail, Severity::kWarning, 12, 5,
                           "一、总体要求", "标点符号重复：“，，”", "坚持以人民为中心，，")}));
  return run;
}

}  // namespace plancheck::testing
